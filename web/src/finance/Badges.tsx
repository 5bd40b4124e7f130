import { useTranslation } from 'react-i18next';
import { intlLocale } from '../format/locale';
import { currentLanguage } from '../i18n/setup';
import { classificationLabel, sourceLabel, statusLabel } from './labels';
import type { AlertStatus, ListSource } from './types';

export function SourceBadge({ source, id }: { source: ListSource | string; id?: string }) {
  const { t: tf } = useTranslation('finance');
  return (
    <span className="badge source-badge" data-source={source} title={sourceLabel(source, tf)}>
      <span className="source-code">{source.toUpperCase()}</span>
      {id && <bdi dir="ltr" className="code">{id}</bdi>}
    </span>
  );
}

export function StatusBadge({ status }: { status: AlertStatus | string }) {
  const { t: tf } = useTranslation('finance');
  return <span className="badge status-badge" data-status={status}>{statusLabel(status, tf)}</span>;
}

export function ClassificationBadge({ classification }: { classification: string }) {
  const { t: tf } = useTranslation('finance');
  return (
    <span className="badge classification-badge" data-classification={classification}>
      {classificationLabel(classification, tf)}
    </span>
  );
}

/** Traffic Light Protocol labels are written the same in every language, as FIRST defines them. */
export function TlpBadge({ tlp }: { tlp: string }) {
  return <span className="badge tlp-badge" data-tlp={tlp} dir="ltr" lang="en">TLP:{tlp}</span>;
}

export function RelToBadge({ relTo, names }: { relTo: string[]; names?: (code: string) => string }) {
  const { t: tf } = useTranslation('finance');
  const text = relTo.includes('ALL')
    ? tf('library.wholeCoalition')
    : new Intl.ListFormat(intlLocale(currentLanguage()), { type: 'conjunction' }).format(relTo.map((code) => (names ? names(code) : code)));
  return (
    <span className="badge relto-badge" data-relto={relTo.join(' ')}>
      {tf('library.relToShort')} {text}
    </span>
  );
}
