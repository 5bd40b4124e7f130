import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A destructive action in two steps: the first click asks, the second does it. */
export function ConfirmButton({ label, question, confirmLabel, busy, onConfirm }: {
  label: string;
  question: string;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button secondary small" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm-question">{question}</span>
      <button type="button" className="button destroy small" disabled={busy} onClick={onConfirm} autoFocus>
        {confirmLabel}
      </button>
      <button type="button" className="button secondary small" disabled={busy} onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
