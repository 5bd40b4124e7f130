import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { Link, navigate, useLocationKey } from '../router/router';
import { paths } from '../router/routes';

export function UserBox() {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const here = useLocationKey();

  if (session.status === 'loading') return null;
  if (session.status === 'signed-out') {
    const next = here.startsWith('/sign-in') ? undefined : here;
    return (
      <Link className="button light" href={paths.signIn(next === '/' ? undefined : next)}>
        {t('nav.signIn')}
      </Link>
    );
  }
  return (
    <div className="user-box">
      <Link className="user-email" href={paths.account()} title={`${t('nav.account')} — ${t('auth.signedInAs')} ${session.user.email}`}>
        <bdi dir="ltr">{session.user.email}</bdi>
      </Link>
      <button
        type="button"
        className="button light"
        onClick={() => void signOut().then(() => navigate(paths.home()))}
      >
        {t('nav.signOut')}
      </button>
    </div>
  );
}
