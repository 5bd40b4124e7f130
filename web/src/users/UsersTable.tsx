import { useTranslation } from 'react-i18next';
import type { User } from '../api/types';
import { formatList } from '../format/locale';
import { currentLanguage } from '../i18n/setup';
import { clearanceLabel, roleLabel } from './labels';
import { stateLabel, type StateOption } from './stateOptions';

export function UsersTable({ users, states, onEdit }: {
  users: User[];
  states: readonly StateOption[];
  onEdit: (user: User) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (users.length === 0) return <p>{t('users.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('users.displayName')}</th>
            <th scope="col">{t('auth.email')}</th>
            <th scope="col">{t('users.state')}</th>
            <th scope="col">{t('users.roles')}</th>
            <th scope="col">{t('users.clearance')}</th>
            <th scope="col">{t('users.status')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-email={user.email}>
              <td>{user.displayName}</td>
              <td><bdi dir="ltr">{user.email}</bdi></td>
              <td>{stateLabel(states, user.state)}</td>
              <td>{formatList(user.roles.map((role) => roleLabel(role, t)), language)}</td>
              <td>{clearanceLabel(user.clearance, t)}</td>
              <td>
                <span className="tags">
                  {user.disabled && <span className="tag warn">{t('users.disabled')}</span>}
                  {user.locked && <span className="tag warn">{t('users.locked')}</span>}
                  {!user.disabled && !user.locked && <span className="tag">{t('users.active')}</span>}
                  {user.totpEnabled && <span className="tag">{t('users.totpOn')}</span>}
                </span>
              </td>
              <td className="row-actions">
                <button type="button" className="button secondary small" aria-label={t('users.editTitle', { email: user.email })} onClick={() => onEdit(user)}>
                  {t('common.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
