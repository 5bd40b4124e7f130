import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { Link } from '../router/router';
import { canScreen } from './access';
import { financeNav, navLabel } from './nav';
import { financePaths, type FinanceRoute } from './routes';

/** The tabs across the top of every finance page. */
export function FinanceNav({ route }: { route: FinanceRoute }) {
  const { t: tf } = useTranslation('finance');
  return (
    <nav className="finance-nav" aria-label={tf('nav.section')}>
      <ul>
        {financeNav.map((entry) => (
          <li key={entry.id}>
            <Link href={entry.href} aria-current={entry.routes.includes(route.name) ? 'page' : undefined} data-nav={entry.id}>
              {navLabel(entry.id, tf)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The entry for the site's main navigation: shown to signed-in users with a screening role.
 * `active` when a finance page is showing, for aria-current.
 */
export function FinanceNavItem({ active }: { active: boolean }) {
  const { t: tf } = useTranslation('finance');
  const { session } = useSession();
  if (session.status !== 'signed-in' || !canScreen(session.user)) return null;
  return (
    <li>
      <Link href={financePaths.screen()} aria-current={active ? 'page' : undefined} data-nav="ctf">
        {tf('nav.ctf')}
      </Link>
    </li>
  );
}
