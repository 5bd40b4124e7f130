import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';

let shuttingDown = false;
export function markShuttingDown(): void {
  shuttingDown = true;
}

export function registerHealthRoutes(app: FastifyInstance, db: Database): void {
  // Liveness: the process answers. Readiness: it can reach its database and is not draining.
  app.get('/healthz', { schema: { hide: true }, logLevel: 'warn' }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true }, logLevel: 'warn' }, async (_request, reply) => {
    if (shuttingDown) return reply.status(503).send({ status: 'shutting-down' });
    try {
      await db.query('SELECT 1');
      return { status: 'ready', database: db.engine };
    } catch {
      return reply.status(503).send({ status: 'database-unreachable' });
    }
  });
}
