import type { Queryable } from '../../platform/db/database.js';
import type { SqlFragment } from '../../platform/access/condition.js';

export interface AlertRow {
  id: string;
  subject_id: string;
  owner_state: string;
  source: string;
  designation_id: string;
  list_version_id: number;
  designation_fingerprint: string;
  score: number;
  matched_name: string;
  explanation: unknown;
  status: 'open' | 'match-proposed' | 'confirmed-match' | 'not-a-match';
  proposed_by: string | null;
  created_at: Date;
  updated_at: Date;
  subject_name?: string;
  subject_reference?: string | null;
  subject_dob?: string | null;
  subject_nationality?: string | null;
}

const SELECT = `SELECT a.*, s.name AS subject_name, s.reference AS subject_reference, s.dob AS subject_dob,
                       s.nationality AS subject_nationality
                FROM screening_alerts a JOIN screening_subjects s ON s.id = a.subject_id`;

export async function findAlert(db: Queryable, id: string): Promise<AlertRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await db.query<AlertRow>(`${SELECT} WHERE a.id = $1`, [id]);
  return row;
}

/** A page of alerts, newest first; `visibleFrom(n)` gives the policy filter on alias `a` numbered after $n. */
export async function listAlerts(
  db: Queryable,
  visibleFrom: (offset: number) => SqlFragment,
  options: { status: string | null; limit: number; offset: number },
): Promise<{ rows: AlertRow[]; total: number }> {
  let visible = visibleFrom(3);
  const rows = await db.query<AlertRow>(
    `${SELECT} WHERE ($1::text IS NULL OR a.status = $1) AND ${visible.sql}
     ORDER BY a.created_at DESC, a.score DESC, a.id LIMIT $2 OFFSET $3`,
    [options.status, options.limit, options.offset, ...visible.params],
  );
  visible = visibleFrom(1);
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM screening_alerts a WHERE ($1::text IS NULL OR a.status = $1) AND ${visible.sql}`,
    [options.status, ...visible.params],
  );
  return { rows, total: count.n };
}

export async function listReviews(db: Queryable, alertId: string) {
  return db.query<{ id: string; reviewer_email: string; decision: string; note: string; created_at: Date }>(
    'SELECT id, reviewer_email, decision, note, created_at FROM alert_reviews WHERE alert_id = $1 ORDER BY created_at',
    [alertId],
  );
}
