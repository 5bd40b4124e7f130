import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegate } from '../api/types';

type Field = 'fullName' | 'position' | 'email' | 'phone';

/** A withheld field says so in the reader's language; it is never left blank. */
function Cell({ delegate, field }: { delegate: Delegate; field: Field }) {
  const { t } = useTranslation();
  if (delegate.withheld.includes(field)) return <span className="withheld">{t('common.withheld')}</span>;
  const value = delegate[field];
  if (!value) return <span className="muted">—</span>;
  if (field === 'email') return <a href={`mailto:${value}`} dir="ltr">{value}</a>;
  if (field === 'phone') return <bdi dir="ltr">{value}</bdi>;
  return <>{value}</>;
}

/** `actions`, when given, fills a last column with what the reader may do to each delegate. */
export function DelegatesTable({ delegates, actions }: { delegates: Delegate[]; actions?: (delegate: Delegate) => ReactNode }) {
  const { t } = useTranslation();
  if (delegates.length === 0) return <p>{t('member.noDelegates')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('member.fullName')}</th>
            <th scope="col">{t('member.position')}</th>
            <th scope="col">{t('member.email')}</th>
            <th scope="col">{t('member.phone')}</th>
            {actions && <th scope="col">{t('common.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {delegates.map((delegate) => (
            <tr key={delegate.id}>
              <td><Cell delegate={delegate} field="fullName" /></td>
              <td><Cell delegate={delegate} field="position" /></td>
              <td><Cell delegate={delegate} field="email" /></td>
              <td><Cell delegate={delegate} field="phone" /></td>
              {actions && <td className="row-actions">{actions(delegate)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
