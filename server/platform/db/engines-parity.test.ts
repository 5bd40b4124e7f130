import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../testing/databases.js';
import { seedCoalition } from '../../domains/members/seed.js';
import type { Database } from './database.js';

// One migration history on both engines: the same operations must give the same answers.
async function scenario(db: Database) {
  const out: Record<string, unknown> = {};
  out.firstSeed = (await seedCoalition(db)).inserted;
  out.secondSeed = (await seedCoalition(db)).inserted;
  out.states = await db.query(`SELECT code, iso_numeric, name_ar FROM states ORDER BY code`);
  out.columns = await db.query(
    `SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
     WHERE table_schema = current_schema() ORDER BY table_name, column_name`,
  );
  await db.query(`INSERT INTO delegates (state_code, full_name, position) VALUES ('SA', 'أحمد', 'مندوب'), ('EG', 'Mona', 'Liaison')`);
  out.arabicSort = await db.query(`SELECT full_name FROM delegates ORDER BY full_name COLLATE "C"`);
  out.counted = await db.query(`SELECT state_code, count(*)::int AS n FROM delegates GROUP BY state_code ORDER BY state_code`);
  out.arrays = await db.query(`SELECT ARRAY['a','b'] && ARRAY['b']::text[] AS overlap, ARRAY['a'] <@ ARRAY['a','b']::text[] AS subset`);
  out.dates = await db.query(`SELECT to_char(event_on, 'YYYY-MM-DD') AS day FROM bodies ORDER BY event_on`);
  await expect(db.query(`INSERT INTO states (code, iso_numeric, name_ar, name_en, name_fr) VALUES ('sa', '999', 'x', 'x', 'x')`)).rejects.toThrow();
  return out;
}

const engines = testDatabases();

describe('PGlite and PostgreSQL give the same results', () => {
  it(`runs the scenario on ${engines.map((e) => e.name).join(' and ')}`, async () => {
    const results = [];
    for (const engine of engines) {
      const db = await engine.open();
      try {
        results.push(await scenario(db));
      } finally {
        await db.close();
      }
    }
    expect(results[0].firstSeed).toBe(41 + 4 + 3 + 4 + 8);
    expect(results[0].secondSeed).toBe(0);
    for (const other of results.slice(1)) expect(other).toEqual(results[0]);
  });
});
