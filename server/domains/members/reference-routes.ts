import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bodyView, coalitionView, domainView, partnerInput, partnerView } from '../../../contracts/members.js';
import { authorize } from '../../platform/access/guard.js';
import { appendAudit } from '../../platform/audit/audit-log.js';
import { AppError } from '../../platform/http/errors.js';
import { actorOf, type RouteDeps } from '../../platform/http/route-deps.js';

type Row = Record<string, string>;
const tri = (row: Row, prefix: string) => ({ ar: row[`${prefix}_ar`], en: row[`${prefix}_en`], fr: row[`${prefix}_fr`] });

/** The coalition's public reference data: domains, governance bodies, partners, facts. */
export function registerReferenceRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['coalition'];

  r.get('/api/domains', { schema: { tags, response: { 200: z.object({ items: z.array(domainView) }) } } }, async () => {
    const rows = await db.query<Row>('SELECT * FROM domains ORDER BY position');
    return { items: rows.map((row) => ({ code: row.code, name: tri(row, 'name'), description: tri(row, 'description') })) };
  });

  r.get('/api/bodies', { schema: { tags, response: { 200: z.object({ items: z.array(bodyView) }) } } }, async () => {
    const rows = await db.query<Row>(`SELECT *, to_char(event_on, 'YYYY-MM-DD') AS event_day FROM bodies ORDER BY position`);
    return { items: rows.map((row) => ({ code: row.code, name: tri(row, 'name'), event: tri(row, 'event'), eventOn: row.event_day, place: row.place })) };
  });

  const presentPartner = (row: Row) => ({ code: row.code, kind: row.kind as 'organisation' | 'state', name: tri(row, 'name'), relation: tri(row, 'relation') });

  r.get('/api/partners', { schema: { tags, response: { 200: z.object({ items: z.array(partnerView) }) } } }, async () => {
    const rows = await db.query<Row>('SELECT * FROM partners ORDER BY kind, code');
    return { items: rows.map(presentPartner) };
  });

  r.post('/api/partners', { schema: { tags, summary: 'Add a partner (secretariat administrators)', body: partnerInput, response: { 201: partnerView } } }, async (request, reply) => {
    authorize(request.caller, 'partner', 'create', {}, { hideIfUnreadable: false });
    const { code, kind, name, relation } = request.body;
    const created = await db.transaction(async (tx) => {
      const rows = await tx.query<Row>(
        `INSERT INTO partners (code, kind, name_ar, name_en, name_fr, relation_ar, relation_en, relation_fr)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (code) DO NOTHING RETURNING *`,
        [code, kind, name.ar, name.en, name.fr, relation.ar, relation.en, relation.fr],
      );
      if (rows.length === 0) throw new AppError(409, 'conflict', [{ path: 'body.code', message: code }]);
      await appendAudit(tx, { actor: actorOf(request.caller), action: 'partner.created', targetType: 'partner', targetId: code, requestId: request.id });
      return rows[0];
    });
    return reply.status(201).send(presentPartner(created));
  });

  r.get('/api/coalition', { schema: { tags, summary: 'Facts about the coalition', response: { 200: coalitionView } } }, async () => {
    const facts = await db.query<{ key: string; value: string }>('SELECT key, value FROM coalition_facts');
    const [count] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM states');
    return { facts: Object.fromEntries(facts.map((f) => [f.key, f.value])), memberCount: count.n };
  });
}
