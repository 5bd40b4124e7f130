import type { Database, Queryable } from '../../platform/db/database.js';
import type { Caller, Principal } from '../../platform/access/principal.js';
import { authorize, requireSignedIn } from '../../platform/access/guard.js';
import { appendAudit } from '../../platform/audit/audit-log.js';
import { actorOf } from '../../platform/http/route-deps.js';
import { DEFAULT_THRESHOLD, type Candidate } from './matching/index.js';
import { subjectFingerprint } from './fingerprint.js';
import { designationKey, type LoadedIndex, type ScreeningIndex } from './screening-index.js';

export interface SubjectInput {
  name: string;
  dob?: string;
  nationality?: string;
  kind?: 'person' | 'entity';
  reference?: string;
}

export interface ScreenOptions {
  threshold?: number;
  limit?: number;
}

export interface SubjectResult {
  subject: SubjectInput;
  candidates: Candidate[];
}

/** Scores each subject against the newest lists; pure with respect to the database once the index is loaded. */
export function screenSubjects(loaded: LoadedIndex, subjects: SubjectInput[], options: ScreenOptions = {}): SubjectResult[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const queries = subjects.map((s) => ({ name: s.name, dob: s.dob, nationality: s.nationality, kind: s.kind }));
  const candidates = loaded.index.screenBatch(queries, { threshold, limit: options.limit ?? 10 });
  return subjects.map((subject, i) => ({ subject, candidates: candidates[i]! }));
}

interface AlertRow {
  subjectId: string;
  ownerState: string;
  subjectFingerprint: string;
  candidate: Candidate;
}

/**
 * Inserts alerts in one statement, skipping pairs already alerted at the same designation content and
 * pairs a reviewer declared "not a match" while neither side has changed since.
 */
async function insertAlerts(tx: Queryable, loaded: LoadedIndex, alerts: AlertRow[]): Promise<number> {
  if (alerts.length === 0) return 0;
  const meta = alerts.map((a) => loaded.meta.get(designationKey(a.candidate.designation))!);
  const rows = await tx.query(
    `INSERT INTO screening_alerts (subject_id, owner_state, source, designation_id, list_version_id, designation_fingerprint,
                                   score, matched_name, explanation)
     SELECT x.subject_id, x.owner_state, x.source, x.designation_id, x.version_id, x.fingerprint, x.score, x.matched_name, x.explanation
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::text[], $7::float8[], $8::text[], $9::jsonb[], $10::text[])
          AS x(subject_id, owner_state, source, designation_id, version_id, fingerprint, score, matched_name, explanation, subject_fingerprint)
     WHERE NOT EXISTS (
       SELECT 1 FROM false_positive_memory f
       WHERE f.owner_state = x.owner_state AND f.subject_fingerprint = x.subject_fingerprint
         AND f.source = x.source AND f.designation_id = x.designation_id AND f.designation_fingerprint = x.fingerprint)
     ON CONFLICT (subject_id, source, designation_id, designation_fingerprint) DO NOTHING
     RETURNING id`,
    [
      alerts.map((a) => a.subjectId),
      alerts.map((a) => a.ownerState),
      alerts.map((a) => a.candidate.designation.source),
      alerts.map((a) => a.candidate.designation.id),
      meta.map((m) => m.versionId),
      meta.map((m) => m.fingerprint),
      alerts.map((a) => a.candidate.score),
      alerts.map((a) => a.candidate.matchedName),
      alerts.map((a) => JSON.stringify(a.candidate.explanation)),
      alerts.map((a) => a.subjectFingerprint),
    ],
  );
  return rows.length;
}

/** Keeps the subjects under watch for the caller's state and raises alerts for review. */
export async function recordScreening(
  db: Database,
  caller: Principal,
  loaded: LoadedIndex,
  results: SubjectResult[],
  requestId?: string,
): Promise<{ subjectIds: string[]; alertsRaised: number }> {
  authorize(caller, 'screeningSubject', 'create', { owner_state: caller.state }, { hideIfUnreadable: false });
  return db.transaction(async (tx) => {
    const subjects = results.map((r) => r.subject);
    const fingerprints = subjects.map(subjectFingerprint);
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO screening_subjects (owner_state, reference, name, dob, nationality, kind, fingerprint, created_by)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::uuid[])
       RETURNING id`,
      [
        caller.state,
        subjects.map((s) => s.reference ?? null),
        subjects.map((s) => s.name),
        subjects.map((s) => s.dob ?? null),
        subjects.map((s) => s.nationality ?? null),
        subjects.map((s) => s.kind ?? null),
        fingerprints,
        subjects.map(() => caller.userId),
      ],
    );
    const subjectIds = inserted.map((r) => r.id);
    const alerts = results.flatMap((result, i) =>
      result.candidates.map((candidate) => ({ subjectId: subjectIds[i], ownerState: caller.state, subjectFingerprint: fingerprints[i], candidate })),
    );
    const alertsRaised = await insertAlerts(tx, loaded, alerts);
    await appendAudit(tx, {
      actor: actorOf(caller), action: 'screening.recorded', targetType: 'screeningSubject', requestId,
      details: { subjects: subjectIds.length, alertsRaised },
    });
    return { subjectIds, alertsRaised };
  });
}

/** After a list changes, every stored subject is screened again; new or changed designations raise alerts. */
export async function rescreenStoredSubjects(
  db: Database,
  screeningIndex: ScreeningIndex,
  onProgress?: (done: number, total: number) => void,
): Promise<{ subjects: number; alertsRaised: number }> {
  const subjects = await db.query<{ id: string; owner_state: string; name: string; dob: string | null; nationality: string | null; kind: 'person' | 'entity' | null; fingerprint: string }>(
    'SELECT id, owner_state, name, dob, nationality, kind, fingerprint FROM screening_subjects ORDER BY created_at',
  );
  let alertsRaised = 0;
  const BATCH = 500;
  // Building the index takes seconds: only when there is something to screen.
  const loaded = subjects.length > 0 ? await screeningIndex.current(db) : null;
  for (let start = 0; start < subjects.length; start += BATCH) {
    const batch = subjects.slice(start, start + BATCH);
    const results = screenSubjects(loaded!, batch.map((s) => ({ name: s.name, dob: s.dob ?? undefined, nationality: s.nationality ?? undefined, kind: s.kind ?? undefined })));
    const alerts = results.flatMap((result, i) =>
      result.candidates.map((candidate) => ({ subjectId: batch[i].id, ownerState: batch[i].owner_state, subjectFingerprint: batch[i].fingerprint, candidate })),
    );
    alertsRaised += await db.transaction((tx) => insertAlerts(tx, loaded!, alerts));
    onProgress?.(Math.min(start + BATCH, subjects.length), subjects.length);
  }
  await db.transaction((tx) =>
    appendAudit(tx, { actor: { email: 'system' }, action: 'screening.rescreened', targetType: 'screeningSubject', details: { subjects: subjects.length, alertsRaised } }),
  );
  return { subjects: subjects.length, alertsRaised };
}

export function requireScreener(caller: Caller): Principal {
  const principal = requireSignedIn(caller);
  authorize(principal, 'screening', 'screen', {}, { hideIfUnreadable: false });
  return principal;
}
