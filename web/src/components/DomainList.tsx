import { useTranslation } from 'react-i18next';
import type { Domain } from '../api/types';
import { inLanguage } from '../format/names';
import { currentLanguage } from '../i18n/setup';

export function DomainList({ domains }: { domains: Domain[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <>
      <h2>{t('home.domains')}</h2>
      <ul className="domain-list">
        {domains.map((domain) => (
          <li key={domain.code} data-domain={domain.code}>
            <h3>{inLanguage(domain.name, language)}</h3>
            <p>{inLanguage(domain.description, language)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
