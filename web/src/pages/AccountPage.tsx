import { useTranslation } from 'react-i18next';
import { ProfileForm } from '../account/ProfileForm';
import { TokensSection } from '../account/TokensSection';
import { PageGuard } from '../components/PageGuard';
import { paths } from '../router/routes';

export function AccountPage() {
  const { t } = useTranslation();
  return (
    <PageGuard title={t('account.title')} here={paths.account()}>
      {(user) => (
        <div className="page">
          <h1>{t('account.title')}</h1>
          <section className="card">
            <ProfileForm key={user.id} user={user} />
          </section>
          <TokensSection />
        </div>
      )}
    </PageGuard>
  );
}
