import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  roleSettingList, roleSettingUpdate, tokenCreate, tokenCreated, tokenList, userCreate, userCreated, userList, userUpdate,
} from '../../../contracts/accounts.js';
import { userView } from '../../../contracts/auth.js';
import { authorize, requireSignedIn } from '../access/guard.js';
import { filter } from '../access/policy.js';
import { ROLES } from '../access/principal.js';
import { appendAudit } from '../audit/audit-log.js';
import { AppError } from '../http/errors.js';
import { actorOf, type RouteDeps } from '../http/route-deps.js';
import { createApiToken, findApiToken, listApiTokens, revokeApiToken } from '../auth/tokens.js';
import { presentToken } from './token-presenter.js';
import { presentUser } from './user-presenter.js';
import { changeUser, createUser } from './users-service.js';
import { findUserById, listUsers } from './users-store.js';

const idParams = z.object({ id: z.string() });

export function registerAccountRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/users', { schema: { tags: ['users'], summary: 'Users the caller may see', response: { 200: userList } } }, async (request) => {
    requireSignedIn(request.caller);
    const rows = await listUsers(db, filter(request.caller, 'user', 'read'));
    return { items: rows.map(presentUser) };
  });

  r.get('/api/users/:id', { schema: { tags: ['users'], params: idParams, response: { 200: userView } } }, async (request) => {
    const user = await findUserById(db, request.params.id);
    if (!user) throw new AppError(404, 'notFound');
    authorize(request.caller, 'user', 'read', user);
    return presentUser(user);
  });

  r.post('/api/users', {
    schema: { tags: ['users'], summary: 'Create an account; the one-time password is shown once', body: userCreate, response: { 201: userCreated } },
  }, async (request, reply) => {
    requireSignedIn(request.caller);
    const { user, oneTimePassword } = await createUser(db, request.caller, request.body, request.id);
    return reply.status(201).send({ user: presentUser(user), oneTimePassword });
  });

  r.patch('/api/users/:id', {
    schema: { tags: ['users'], params: idParams, body: userUpdate, response: { 200: userView } },
  }, async (request) => {
    requireSignedIn(request.caller);
    return presentUser(await changeUser(db, request.caller, request.params.id, request.body, request.id));
  });

  r.get('/api/tokens', { schema: { tags: ['tokens'], summary: 'My API tokens', response: { 200: tokenList } } }, async (request) => {
    const caller = requireSignedIn(request.caller);
    // Everyone lists their own tokens here, administrators included.
    const rows = await listApiTokens(db, caller.userId, filter(caller, 'apiToken', 'read', '', 1));
    return { items: rows.map(presentToken) };
  });

  r.post('/api/tokens', {
    schema: { tags: ['tokens'], summary: 'Create an API token; its value is shown once', body: tokenCreate, response: { 201: tokenCreated } },
  }, async (request, reply) => {
    const caller = requireSignedIn(request.caller);
    authorize(caller, 'apiToken', 'create', { user_id: caller.userId }, { hideIfUnreadable: false });
    const created = await db.transaction(async (tx) => {
      const result = await createApiToken(tx, caller.userId, request.body.name, request.body.expiresDays ?? null);
      await appendAudit(tx, {
        actor: actorOf(caller), action: 'token.created', targetType: 'apiToken', targetId: result.row.id, requestId: request.id,
      });
      return result;
    });
    return reply.status(201).send({ token: created.token, info: presentToken(created.row) });
  });

  r.delete('/api/tokens/:id', { schema: { tags: ['tokens'], params: idParams, response: { 204: z.null() } } }, async (request, reply) => {
    const token = await findApiToken(db, request.params.id);
    if (!token) throw new AppError(404, 'notFound');
    authorize(request.caller, 'apiToken', 'revoke', token);
    await db.transaction(async (tx) => {
      await revokeApiToken(tx, token.id);
      await appendAudit(tx, {
        actor: actorOf(request.caller), action: 'token.revoked', targetType: 'apiToken', targetId: token.id, requestId: request.id,
      });
    });
    return reply.status(204).send(null);
  });

  r.get('/api/admin/role-settings', { schema: { tags: ['admin'], response: { 200: roleSettingList } } }, async (request) => {
    authorize(request.caller, 'roleSetting', 'read', {});
    const rows = await db.query<{ role: string; require_totp: boolean }>('SELECT role, require_totp FROM role_settings');
    const byRole = new Map(rows.map((row) => [row.role, row.require_totp]));
    return { items: ROLES.map((role) => ({ role, requireTotp: byRole.get(role) ?? false })) };
  });

  r.put('/api/admin/role-settings/:role', {
    schema: { tags: ['admin'], summary: 'Require a TOTP second factor for a role', params: z.object({ role: z.enum(ROLES) }), body: roleSettingUpdate, response: { 200: z.object({ role: z.string(), requireTotp: z.boolean() }) } },
  }, async (request) => {
    authorize(request.caller, 'roleSetting', 'update', {});
    await db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO role_settings (role, require_totp) VALUES ($1, $2)
         ON CONFLICT (role) DO UPDATE SET require_totp = EXCLUDED.require_totp`,
        [request.params.role, request.body.requireTotp],
      );
      await appendAudit(tx, {
        actor: actorOf(request.caller), action: 'role-setting.updated', targetType: 'roleSetting', targetId: request.params.role,
        requestId: request.id, details: { requireTotp: request.body.requireTotp },
      });
    });
    return { role: request.params.role, requireTotp: request.body.requireTotp };
  });
}
