import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberList } from '../api/types';
import { useApi } from '../api/useApi';
import { AsyncSection } from '../components/AsyncSection';
import { formatNumber } from '../format/locale';
import { inLanguage } from '../format/names';
import { filterMembers } from '../format/search';
import { currentLanguage } from '../i18n/setup';
import { Link } from '../router/router';
import { paths } from '../router/routes';

export function MembersPage() {
  const { t } = useTranslation();
  const members = useApi<MemberList>('/api/members');
  return (
    <div className="page">
      <h1>{t('members.title')}</h1>
      <AsyncSection data={members} onRetry={members.reload} className="card">
        {(list) => <FilteredMembers list={list} />}
      </AsyncSection>
    </div>
  );
}

function FilteredMembers({ list }: { list: MemberList }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [query, setQuery] = useState('');
  const inputId = useId();
  const shown = useMemo(() => filterMembers(list.items, query, language), [list.items, query, language]);
  const number = (n: number) => formatNumber(n, language);

  return (
    <>
      <div className="filter-row">
        <label htmlFor={inputId}>{t('members.filter')}</label>
        <input id={inputId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
        <p className="muted" aria-live="polite">
          {t('members.shown', { shown: number(shown.length), total: number(list.total) })}
        </p>
      </div>
      {shown.length === 0 ? (
        <p>{t('members.none')}</p>
      ) : (
        <ul className="member-list">
          {shown.map((member) => (
            <li key={member.code} data-code={member.code}>
              <Link href={paths.member(member.code)}>
                <span className="member-name">{inLanguage(member.name, language)}</span>
                <span className="member-meta">
                  <bdi className="code">{member.code}</bdi>
                  <span>{t('members.delegates', { count: number(member.delegateCount) })}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
