import { useTranslation } from 'react-i18next';
import type { Body } from '../api/types';
import { formatDay } from '../format/locale';
import { inLanguage } from '../format/names';
import { currentLanguage } from '../i18n/setup';

export function BodyList({ bodies }: { bodies: Body[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <>
      <h2>{t('home.bodies')}</h2>
      <ul className="body-list">
        {bodies.map((body) => (
          <li key={body.code}>
            <h3>{inLanguage(body.name, language)}</h3>
            <p className="muted">
              {t('home.eventOn', { event: inLanguage(body.event, language), date: formatDay(body.eventOn, language) })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
