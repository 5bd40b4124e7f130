import { useTranslation } from 'react-i18next';
import { Link } from '../router/router';
import { paths } from '../router/routes';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('common.notFoundTitle')}</h1>
      <p>{t('common.notFoundText')}</p>
      <Link href={paths.home()}>{t('common.backHome')}</Link>
    </div>
  );
}
