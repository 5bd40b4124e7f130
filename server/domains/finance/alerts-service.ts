import type { Database } from '../../platform/db/database.js';
import type { Caller } from '../../platform/access/principal.js';
import { authorize, requireSignedIn } from '../../platform/access/guard.js';
import { appendAudit } from '../../platform/audit/audit-log.js';
import { AppError } from '../../platform/http/errors.js';
import { actorOf } from '../../platform/http/route-deps.js';
import { findAlert, type AlertRow } from './alerts-store.js';

export type ReviewDecision = 'propose-match' | 'confirm-match' | 'reject-proposal' | 'not-a-match';

/**
 * Four-eyes review. One reviewer may clear an alert as "not a match" or propose that it is a true
 * match; a proposal stands only when a second, different reviewer confirms it (or sends it back).
 */
const transitions: Record<string, Partial<Record<ReviewDecision, AlertRow['status']>>> = {
  open: { 'not-a-match': 'not-a-match', 'propose-match': 'match-proposed' },
  'match-proposed': { 'confirm-match': 'confirmed-match', 'reject-proposal': 'open' },
  'confirmed-match': {},
  'not-a-match': {},
};

export async function reviewAlert(
  db: Database,
  caller: Caller,
  alertId: string,
  decision: ReviewDecision,
  note: string,
  requestId: string,
): Promise<AlertRow> {
  const reviewer = requireSignedIn(caller);
  const alert = await findAlert(db, alertId);
  if (!alert) throw new AppError(404, 'notFound');
  authorize(reviewer, 'screeningAlert', 'review', alert);
  const next = transitions[alert.status][decision];
  if (!next) throw new AppError(409, 'alertDecisionNotAllowed');
  if ((decision === 'confirm-match' || decision === 'reject-proposal') && alert.proposed_by === reviewer.userId) {
    throw new AppError(409, 'fourEyes');
  }
  return db.transaction(async (tx) => {
    const [updated] = await tx.query<AlertRow>(
      `UPDATE screening_alerts SET status = $2, updated_at = now(),
         proposed_by = CASE WHEN $3::text = 'propose-match' THEN $4::uuid WHEN $3::text = 'reject-proposal' THEN NULL ELSE proposed_by END
       WHERE id = $1 AND status = $5 RETURNING *`,
      [alertId, next, decision, reviewer.userId, alert.status],
    );
    // Someone else decided first: refuse rather than overwrite their decision.
    if (!updated) throw new AppError(409, 'alertDecisionNotAllowed');
    await tx.query(
      'INSERT INTO alert_reviews (alert_id, reviewer_id, reviewer_email, decision, note) VALUES ($1, $2, $3, $4, $5)',
      [alertId, reviewer.userId, reviewer.email, decision, note],
    );
    if (decision === 'not-a-match') {
      await tx.query(
        `INSERT INTO false_positive_memory (owner_state, subject_fingerprint, source, designation_id, designation_fingerprint, decided_by)
         SELECT a.owner_state, s.fingerprint, a.source, a.designation_id, a.designation_fingerprint, $2
         FROM screening_alerts a JOIN screening_subjects s ON s.id = a.subject_id WHERE a.id = $1
         ON CONFLICT DO NOTHING`,
        [alertId, reviewer.userId],
      );
    }
    await appendAudit(tx, {
      actor: actorOf(reviewer), action: `alert.${decision}`, targetType: 'screeningAlert', targetId: alertId, requestId,
      details: { from: alert.status, to: next },
    });
    return updated;
  });
}
