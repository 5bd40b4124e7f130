import type { MemberList } from '../api/types';
import { useApi } from '../api/useApi';
import { inLanguage } from '../format/names';
import type { Language } from '../i18n/languages';

/** Member-state names by code in the given language; codes stand for themselves until loaded. */
export function useMemberNames(language: Language): { list: MemberList | null; name: (code: string) => string } {
  const members = useApi<MemberList>('/api/members');
  const list = members.status === 'ready' ? members.data : null;
  const name = (code: string) => {
    const member = list?.items.find((item) => item.code === code);
    return member ? inLanguage(member.name, language) : code;
  };
  return { list, name };
}
