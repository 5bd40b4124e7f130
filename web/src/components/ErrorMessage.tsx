import { useTranslation } from 'react-i18next';
import { ApiError, NETWORK_ERROR } from '../api/errors';

/** The server's own message when it gave one (it is already translated), else ours. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof ApiError) {
      if (error.status === NETWORK_ERROR) return t('common.networkError');
      const details = error.fields.map((field) => field.message).filter(Boolean);
      const main = error.message || t('common.unexpectedError', { status: error.status });
      return details.length ? `${main} ${details.join(' ')}` : main;
    }
    return t('common.unexpectedError', { status: '—' });
  };
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = useErrorText();
  return (
    <div className="error" role="alert">
      <p>{text(error)}</p>
      {onRetry && (
        <button type="button" className="button secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
