import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../api/types';
import { formatDateTime } from '../format/locale';
import { currentLanguage } from '../i18n/setup';
import { auditActionLabel } from './auditActions';

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <div className="table-scroll">
      <table className="data-table audit-table">
        <thead>
          <tr>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.state')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.target')}</th>
            <th scope="col">{t('audit.requestId')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const label = auditActionLabel(entry.action, t);
            return (
              <tr key={entry.id} data-action={entry.action}>
                <td><time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time></td>
                <td><bdi dir="ltr">{entry.actorEmail ?? '—'}</bdi></td>
                <td><bdi className="code">{entry.actorState ?? '—'}</bdi></td>
                <td>
                  {label && <span className="action-label">{label}</span>}
                  <code dir="ltr">{entry.action}</code>
                </td>
                <td>
                  <code dir="ltr">{entry.targetType}{entry.targetId ? `:${entry.targetId.slice(0, 8)}` : ''}</code>
                </td>
                <td><code dir="ltr" title={entry.requestId ?? undefined}>{entry.requestId?.slice(0, 8) ?? '—'}</code></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
