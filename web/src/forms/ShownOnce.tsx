import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A secret the server gives only once (an API token, a one-time password), with a copy button. */
export function ShownOnce({ title, value, warning, onDone }: {
  title: string;
  value: string;
  warning: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      setCopied('failed'); // no clipboard access (insecure page, policy): select and copy by hand
    }
  };
  return (
    <div className="shown-once" role="region" aria-label={title}>
      <h3>{title}</h3>
      <p className="notice" role="alert">{warning}</p>
      <p className="secret-row">
        <code dir="ltr" className="secret-value" data-testid="shown-once">{value}</code>
        <button type="button" className="button secondary small" onClick={() => void copy()}>{t('common.copy')}</button>
      </p>
      <p className="muted" aria-live="polite">
        {copied === 'yes' && t('common.copied')}
        {copied === 'failed' && t('common.copyFailed')}
      </p>
      <button type="button" className="button" onClick={onDone}>{t('common.secretNoted')}</button>
    </div>
  );
}
