import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/types';
import { useSession } from '../auth/session';
import { Link } from '../router/router';
import { paths } from '../router/routes';
import { Loading } from './Loading';

/** A page for signed-in users only (and, with `allow`, only some of them). */
export function PageGuard({ title, here, allow, forbidden, children }: {
  title: string;
  /** This page's path, to come back to after signing in. */
  here: string;
  allow?: (user: User) => boolean;
  forbidden?: string;
  children: (user: User) => ReactNode;
}) {
  const { t } = useTranslation();
  const { session } = useSession();
  if (session.status === 'loading') return <Loading />;
  if (session.status === 'signed-out') {
    return (
      <div className="page">
        <h1>{title}</h1>
        <p className="notice">{t('auth.requiredForPage')}</p>
        <Link className="button" href={paths.signIn(here)}>{t('nav.signIn')}</Link>
      </div>
    );
  }
  if (allow && !allow(session.user)) {
    return (
      <div className="page">
        <h1>{title}</h1>
        <p className="notice">{forbidden}</p>
      </div>
    );
  }
  return <>{children(session.user)}</>;
}
