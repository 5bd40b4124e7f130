import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './platform/http/route-deps.js';
import { registerAuthRoutes } from './platform/auth/routes.js';
import { registerAccountRoutes } from './platform/accounts/routes.js';
import { registerAuditRoutes } from './platform/audit/routes.js';
import { registerMemberRoutes } from './domains/members/routes.js';
import { registerReferenceRoutes } from './domains/members/reference-routes.js';
import { registerScreeningRoutes } from './domains/finance/routes.js';
import { registerDocumentRoutes } from './domains/finance/documents-routes.js';
import { ScreeningIndex } from './domains/finance/screening-index.js';

/** Every API route of every domain is registered here, and only here. */
export async function registerRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  registerAuthRoutes(app, deps);
  registerAccountRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerMemberRoutes(app, deps);
  registerReferenceRoutes(app, deps);
  registerScreeningRoutes(app, deps, new ScreeningIndex());
  registerDocumentRoutes(app, deps);
}
