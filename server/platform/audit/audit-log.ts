import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditActor {
  userId?: string | null;
  email?: string | null;
  state?: string | null;
}

export interface AuditEvent {
  actor: AuditActor;
  action: string;
  targetType: string;
  targetId?: string | null;
  requestId?: string | null;
  details?: Record<string, unknown>;
}

export interface AuditRow {
  id: number;
  at: string;
  actor_id: string | null;
  actor_email: string | null;
  actor_state: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  request_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

/** The hash covers every stored field but the hash itself, chained to the previous entry. */
export function hashEntry(row: Omit<AuditRow, 'hash'>): string {
  const body = JSON.stringify([
    row.id,
    row.at,
    row.actor_id,
    row.actor_email,
    row.actor_state,
    row.action,
    row.target_type,
    row.target_id,
    row.request_id,
    row.details,
  ]);
  return createHash('sha256').update(row.prev_hash).update('\n').update(body).digest('hex');
}

/**
 * Appends one entry. Call it inside the transaction that makes the change, so the change
 * and its audit entry commit together; the advisory lock keeps the chain linear across servers.
 */
export async function appendAudit(tx: Queryable, event: AuditEvent): Promise<AuditRow> {
  await tx.query('SELECT pg_advisory_xact_lock(7461111)');
  const [last] = await tx.query<{ id: number; hash: string }>(
    'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1',
  );
  const partial: Omit<AuditRow, 'hash'> = {
    id: last ? Number(last.id) + 1 : 1,
    at: new Date().toISOString(),
    actor_id: event.actor.userId ?? null,
    actor_email: event.actor.email ?? null,
    actor_state: event.actor.state ?? null,
    action: event.action,
    target_type: event.targetType,
    target_id: event.targetId ?? null,
    request_id: event.requestId ?? null,
    details: JSON.stringify(event.details ?? {}),
    prev_hash: last ? last.hash : GENESIS_HASH,
  };
  const row: AuditRow = { ...partial, hash: hashEntry(partial) };
  await tx.query(
    `INSERT INTO audit_log (id, at, actor_id, actor_email, actor_state, action, target_type, target_id,
       request_id, details, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      row.id, row.at, row.actor_id, row.actor_email, row.actor_state, row.action, row.target_type,
      row.target_id, row.request_id, row.details, row.prev_hash, row.hash,
    ],
  );
  return row;
}
