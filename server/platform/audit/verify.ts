import type { Queryable } from '../db/database.js';
import { GENESIS_HASH, hashEntry, type AuditRow } from './audit-log.js';

export type VerifyResult =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenId: number; reason: string };

/** Walks the whole chain in id order, in pages, and names the first entry that does not hold. */
export async function verifyAuditChain(db: Queryable, pageSize = 5000): Promise<VerifyResult> {
  let previousHash = GENESIS_HASH;
  let expectedId = 1;
  let count = 0;
  for (;;) {
    const rows = await db.query<AuditRow>(
      'SELECT * FROM audit_log WHERE id >= $1 ORDER BY id LIMIT $2',
      [expectedId, pageSize],
    );
    for (const raw of rows) {
      const row = { ...raw, id: Number(raw.id) };
      if (row.id !== expectedId) {
        return { ok: false, entries: count, brokenId: expectedId, reason: `entry ${expectedId} is missing` };
      }
      if (row.prev_hash !== previousHash) {
        return { ok: false, entries: count, brokenId: row.id, reason: 'previous-hash link does not match' };
      }
      const { hash, ...rest } = row;
      if (hashEntry(rest) !== hash) {
        return { ok: false, entries: count, brokenId: row.id, reason: 'content does not match its hash' };
      }
      previousHash = hash;
      expectedId += 1;
      count += 1;
    }
    if (rows.length < pageSize) return { ok: true, entries: count };
  }
}
