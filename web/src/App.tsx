import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Footer } from './components/Footer';
import { Header } from './components/Header';
import { FinancePage } from './finance';
import { AccountPage } from './pages/AccountPage';
import { AuditPage } from './pages/AuditPage';
import { HomePage } from './pages/HomePage';
import { MemberPage } from './pages/MemberPage';
import { MembersPage } from './pages/MembersPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SignInPage } from './pages/SignInPage';
import { UsersPage } from './pages/UsersPage';
import { useRoute } from './router/router';
import type { Route } from './router/routes';

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'home': return <HomePage />;
    case 'members': return <MembersPage />;
    case 'member': return <MemberPage code={route.code} />;
    case 'audit': return <AuditPage />;
    case 'account': return <AccountPage />;
    case 'users': return <UsersPage />;
    case 'signIn': return <SignInPage next={route.next} />;
    case 'finance': return <FinancePage route={route.route} />;
    case 'notFound': return <NotFoundPage />;
  }
}

export function App() {
  const { t, i18n } = useTranslation();
  const route = useRoute();

  useEffect(() => {
    document.title = `${t('app.name')} — ${t('app.slogan')}`;
  }, [t, i18n.language]);

  return (
    <>
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <Header />
      <main id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
      <Footer />
    </>
  );
}
