import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { FormError } from '../signin/FormError';
import { decisionLabel } from './labels';
import type { AlertStatus, ReviewDecision } from './types';

/** The decisions the four-eyes rule allows in each state; the server checks the same. */
export function allowedDecisions(status: AlertStatus): ReviewDecision[] {
  switch (status) {
    case 'open': return ['not-a-match', 'propose-match'];
    case 'match-proposed': return ['confirm-match', 'reject-proposal'];
    default: return [];
  }
}

export function ReviewForm({ alertId, status, onReviewed }: { alertId: string; status: AlertStatus; onReviewed: () => void }) {
  const { t: tf } = useTranslation('finance');
  const id = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const decisions = allowedDecisions(status);

  const decide = async (decision: ReviewDecision) => {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/screening/alerts/${encodeURIComponent(alertId)}/reviews`, { decision, note: note.trim() });
      setNote('');
      onReviewed();
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card review-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{tf('review.title')}</h2>
      {decisions.length === 0 ? <p className="notice">{tf('review.closed')}</p> : (
        <form className="form" onSubmit={(event) => event.preventDefault()} aria-busy={busy}>
          <p className="hint">{status === 'open' ? tf('review.openHint') : tf('review.proposedHint')}</p>
          <label htmlFor={`${id}-note`}>{tf('review.note')}</label>
          <textarea id={`${id}-note`} dir="auto" rows={3} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
          <FormError error={error} />
          <div className="button-row">
            {decisions.map((decision) => (
              <button key={decision} type="button" className={decision === 'not-a-match' || decision === 'reject-proposal' ? 'button secondary' : 'button'}
                disabled={busy} data-decision={decision} onClick={() => void decide(decision)}>
                {decisionLabel(decision, tf)}
              </button>
            ))}
          </div>
        </form>
      )}
    </section>
  );
}
