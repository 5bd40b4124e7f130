import type { MemberSummary } from '../api/types';
import { compareNames } from '../format/locale';
import { inLanguage } from '../format/names';
import type { Language } from '../i18n/languages';
import { SECRETARIAT } from './grants';

export interface StateOption {
  code: string;
  label: string;
}

/** The secretariat first, then the member states by name in the reader's language. */
export function stateOptions(members: readonly MemberSummary[], language: Language, secretariatLabel: string): StateOption[] {
  const compare = compareNames(language);
  const states = members
    .map((member) => ({ code: member.code, label: inLanguage(member.name, language) }))
    .sort((a, b) => compare(a.label, b.label));
  return [{ code: SECRETARIAT, label: secretariatLabel }, ...states];
}

/** A state's name for display; the secretariat and unknown codes get a readable label. */
export function stateLabel(options: readonly StateOption[], code: string): string {
  return options.find((option) => option.code === code)?.label ?? code;
}
