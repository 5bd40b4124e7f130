import { useTranslation } from 'react-i18next';
import type { Partner } from '../api/types';
import { inLanguage } from '../format/names';
import { currentLanguage } from '../i18n/setup';

export function PartnerList({ partners }: { partners: Partner[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const groups = [
    { kind: 'organisation', title: t('home.organisations') },
    { kind: 'state', title: t('home.partnerStates') },
  ] as const;
  return (
    <>
      <h2>{t('home.partners')}</h2>
      <div className="grid-2">
        {groups.map((group) => {
          const items = partners.filter((partner) => partner.kind === group.kind);
          if (items.length === 0) return null;
          return (
            <div key={group.kind}>
              <h3>{group.title}</h3>
              <ul className="partner-list">
                {items.map((partner) => (
                  <li key={partner.code}>
                    <strong>{inLanguage(partner.name, language)}</strong>
                    <span className="muted"> — {inLanguage(partner.relation, language)}</span>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </>
  );
}
