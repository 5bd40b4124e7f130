import type { Database } from '../../platform/db/database.js';
import { appendAudit } from '../../platform/audit/audit-log.js';
import { coalitionDomains, coalitionFacts, governanceBodies, memberStates, partners } from './seed-data.js';

export interface SeedResult {
  inserted: number;
}

/**
 * Inserts the reference data that is missing; existing rows (and edits made to them since)
 * are left as they are, so seeding twice changes nothing. Set-based: one statement per table.
 */
export async function seedCoalition(db: Database): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    const count = async (sql: string, params: unknown[]) => (await tx.query(sql, params)).length;
    let inserted = 0;
    inserted += await count(
      `INSERT INTO states (code, iso_numeric, name_ar, name_en, name_fr)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
       ON CONFLICT (code) DO NOTHING RETURNING code`,
      [memberStates.map((s) => s.code), memberStates.map((s) => s.isoNumeric), memberStates.map((s) => s.ar),
        memberStates.map((s) => s.en), memberStates.map((s) => s.fr)],
    );
    inserted += await count(
      `INSERT INTO domains (code, position, name_ar, name_en, name_fr, description_ar, description_en, description_fr)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
       ON CONFLICT (code) DO NOTHING RETURNING code`,
      [coalitionDomains.map((d) => d.code), coalitionDomains.map((_, i) => i + 1),
        ...(['ar', 'en', 'fr'] as const).map((l) => coalitionDomains.map((d) => d.name[l])),
        ...(['ar', 'en', 'fr'] as const).map((l) => coalitionDomains.map((d) => d.description[l]))],
    );
    inserted += await count(
      `INSERT INTO bodies (code, position, name_ar, name_en, name_fr, event_ar, event_en, event_fr, event_on, place)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::date[], $10::text[])
       ON CONFLICT (code) DO NOTHING RETURNING code`,
      [governanceBodies.map((b) => b.code), governanceBodies.map((_, i) => i + 1),
        ...(['ar', 'en', 'fr'] as const).map((l) => governanceBodies.map((b) => b.name[l])),
        ...(['ar', 'en', 'fr'] as const).map((l) => governanceBodies.map((b) => b.event[l])),
        governanceBodies.map((b) => b.eventOn), governanceBodies.map((b) => b.place)],
    );
    inserted += await count(
      `INSERT INTO partners (code, kind, name_ar, name_en, name_fr, relation_ar, relation_en, relation_fr)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
       ON CONFLICT (code) DO NOTHING RETURNING code`,
      [partners.map((p) => p.code), partners.map((p) => p.kind),
        ...(['ar', 'en', 'fr'] as const).map((l) => partners.map((p) => p.name[l])),
        ...(['ar', 'en', 'fr'] as const).map((l) => partners.map((p) => p.relation[l]))],
    );
    const facts = Object.entries(coalitionFacts);
    inserted += await count(
      `INSERT INTO coalition_facts (key, value) SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT (key) DO NOTHING RETURNING key`,
      [facts.map(([k]) => k), facts.map(([, v]) => v)],
    );
    if (inserted > 0) {
      await appendAudit(tx, { actor: { email: 'seed' }, action: 'seed.applied', targetType: 'coalition', details: { inserted } });
    }
    return { inserted };
  });
}
