import { useTranslation } from 'react-i18next';

/** A progress bar for a region that is loading; the region itself carries aria-busy. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="loading-bar" aria-hidden="true" />
      <span className="loading-text">{t('common.loading')}</span>
    </div>
  );
}
