import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { testDatabases } from '../../testing/databases.js';
import { appendAudit, GENESIS_HASH, hashEntry, type AuditRow } from './audit-log.js';
import { verifyAuditChain } from './verify.js';

for (const engine of testDatabases()) {
  describe(`audit log (${engine.name})`, () => {
    let db: Database;
    beforeEach(async () => {
      db = await engine.open();
      for (let i = 0; i < 5; i++) {
        await db.transaction((tx) =>
          appendAudit(tx, { actor: { userId: null, email: `u${i}@t`, state: 'SA' }, action: 'test.event', targetType: 'thing', targetId: String(i), requestId: `r${i}` }),
        );
      }
    });
    afterEach(async () => db.close());

    it('chains each entry to the one before', async () => {
      const rows = await db.query<{ id: number; prev_hash: string; hash: string }>('SELECT id, prev_hash, hash FROM audit_log ORDER BY id');
      expect(rows.map((r) => Number(r.id))).toEqual([1, 2, 3, 4, 5]);
      expect(rows[0].prev_hash).toBe(GENESIS_HASH);
      for (let i = 1; i < rows.length; i++) expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
      expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 5 });
    });

    it('names the first entry whose content was altered', async () => {
      await db.query(`UPDATE audit_log SET actor_email = 'someone-else@t' WHERE id = 3`);
      expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenId: 3, entries: 2 });
    });

    it('catches a rewritten entry whose hash was recomputed, at the next link', async () => {
      const [row] = await db.query<AuditRow>('SELECT * FROM audit_log WHERE id = 2');
      const forged = { ...row, id: Number(row.id), action: 'forged' };
      const { hash: _old, ...rest } = forged;
      await db.query('UPDATE audit_log SET action = $1, hash = $2 WHERE id = 2', ['forged', hashEntry(rest)]);
      expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenId: 3, reason: 'previous-hash link does not match' });
    });

    it('catches a deleted entry', async () => {
      await db.query('DELETE FROM audit_log WHERE id = 4');
      expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenId: 4 });
    });

    it('keeps the chain linear when entries are appended concurrently', async () => {
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          db.transaction((tx) => appendAudit(tx, { actor: {}, action: 'parallel', targetType: 'thing', targetId: String(i) })),
        ),
      );
      expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 15 });
    });

    it('rolls the entry back with the change when the transaction fails', async () => {
      await expect(
        db.transaction(async (tx) => {
          await appendAudit(tx, { actor: {}, action: 'doomed', targetType: 'thing' });
          throw new Error('change failed');
        }),
      ).rejects.toThrow('change failed');
      const rows = await db.query(`SELECT 1 FROM audit_log WHERE action = 'doomed'`);
      expect(rows).toHaveLength(0);
    });
  });
}
