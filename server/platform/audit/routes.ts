import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditPage, auditQuery } from '../../../contracts/audit.js';
import { requireSignedIn } from '../access/guard.js';
import { filter } from '../access/policy.js';
import type { RouteDeps } from '../http/route-deps.js';
import type { AuditRow } from './audit-log.js';

export function registerAuditRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/audit', {
    schema: { tags: ['audit'], summary: 'Audit log entries the caller may see, newest first', querystring: auditQuery, response: { 200: auditPage } },
  }, async (request) => {
    const caller = requireSignedIn(request.caller);
    const { limit, before } = request.query;
    const visible = filter(caller, 'auditEntry', 'read', '', 2);
    const rows = await db.query<AuditRow>(
      `SELECT * FROM audit_log WHERE ($1::bigint IS NULL OR id < $1::bigint) AND ${visible.sql}
       ORDER BY id DESC LIMIT $2`,
      [before ?? null, limit + 1, ...visible.params],
    );
    const page = rows.slice(0, limit);
    return {
      items: page.map((row) => ({
        id: Number(row.id),
        at: row.at,
        actorEmail: row.actor_email,
        actorState: row.actor_state,
        action: row.action,
        targetType: row.target_type,
        targetId: row.target_id,
        requestId: row.request_id,
      })),
      nextBefore: rows.length > limit ? Number(page[page.length - 1].id) : null,
    };
  });
}
