import { useTranslation } from 'react-i18next';
import { isAdmin, useSession } from '../auth/session';
import { FinanceNavItem } from '../finance';
import { Link, useRoute } from '../router/router';
import { paths } from '../router/routes';
import { canAdministerUsers } from '../users/grants';

export function MainNav() {
  const { t } = useTranslation();
  const { session } = useSession();
  const route = useRoute();
  const showAudit = session.status === 'signed-in' && isAdmin(session.user);
  const showUsers = session.status === 'signed-in' && canAdministerUsers(session.user);
  const current = (active: boolean) => (active ? ('page' as const) : undefined);

  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        <li>
          <Link href={paths.home()} aria-current={current(route.name === 'home')}>{t('nav.home')}</Link>
        </li>
        <li>
          <Link href={paths.members()} aria-current={current(route.name === 'members' || route.name === 'member')}>
            {t('nav.members')}
          </Link>
        </li>
        <FinanceNavItem active={route.name === 'finance'} />
        {showUsers && (
          <li>
            <Link href={paths.users()} aria-current={current(route.name === 'users')}>{t('nav.users')}</Link>
          </li>
        )}
        {showAudit && (
          <li>
            <Link href={paths.audit()} aria-current={current(route.name === 'audit')}>{t('nav.audit')}</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
