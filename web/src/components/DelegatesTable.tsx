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

export function DelegatesTable({ delegates }: { delegates: Delegate[] }) {
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
          </tr>
        </thead>
        <tbody>
          {delegates.map((delegate) => (
            <tr key={delegate.id}>
              <td><Cell delegate={delegate} field="fullName" /></td>
              <td><Cell delegate={delegate} field="position" /></td>
              <td><Cell delegate={delegate} field="email" /></td>
              <td><Cell delegate={delegate} field="phone" /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
