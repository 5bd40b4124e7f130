import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { Loading } from '../components/Loading';
import { Link } from '../router/router';
import { paths } from '../router/routes';
import { canScreen } from './access';
import { AlertPage } from './AlertPage';
import { AlertsPage } from './AlertsPage';
import { BatchPage } from './BatchPage';
import { DocumentPage } from './DocumentPage';
import { FinanceNav } from './FinanceNav';
import { LibraryPage } from './LibraryPage';
import { ListsPage } from './ListsPage';
import { ListVersionPage } from './ListVersionPage';
import { NewDocumentPage } from './NewDocumentPage';
import { financePaths, type FinanceRoute } from './routes';
import { ScreenPage } from './ScreenPage';
import type { User } from '../api/types';

function Page({ route, user }: { route: FinanceRoute; user: User }) {
  switch (route.name) {
    case 'screen': return <ScreenPage />;
    case 'batch': return <BatchPage />;
    case 'alerts': return <AlertsPage status={route.status} page={route.page} />;
    case 'alert': return <AlertPage id={route.id} />;
    case 'lists': return <ListsPage user={user} />;
    case 'listVersion': return <ListVersionPage id={route.id} />;
    case 'library': return <LibraryPage />;
    case 'newDocument': return <NewDocumentPage user={user} />;
    case 'document': return <DocumentPage id={route.id} user={user} />;
  }
}

/** Every counter-terrorist-financing page: for signed-in users whose role lets them screen. */
export function FinancePage({ route }: { route: FinanceRoute }) {
  const { t: tf } = useTranslation('finance');
  const { session } = useSession();

  if (session.status === 'loading') return <Loading />;
  if (session.status === 'signed-out') {
    const here = window.location.pathname + window.location.search;
    return (
      <div className="page finance">
        <h1>{tf('section')}</h1>
        <p className="notice">{tf('access.signIn')}</p>
        <Link className="button" href={paths.signIn(here || financePaths.screen())}>{tf('access.signInButton')}</Link>
      </div>
    );
  }
  if (!canScreen(session.user)) {
    return (
      <div className="page finance">
        <h1>{tf('section')}</h1>
        <p className="notice">{tf('access.forbidden')}</p>
      </div>
    );
  }
  return (
    <div className="page finance">
      <FinanceNav route={route} />
      <Page route={route} user={session.user} />
    </div>
  );
}
