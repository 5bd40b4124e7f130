import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  loginRequest, loginResponse, meUpdate, passwordChangeRequest, sessionResponse, totpRequest,
} from '../../../contracts/auth.js';
import { appendAudit } from '../audit/audit-log.js';
import { presentUser } from '../accounts/user-presenter.js';
import { updateUser, type UserRow } from '../accounts/users-store.js';
import { requireSignedIn } from '../access/guard.js';
import { AppError } from '../http/errors.js';
import type { RouteDeps } from '../http/route-deps.js';
import { login, nextStatus, totpRequiredFor } from './login.js';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords.js';
import { SESSION_COOKIE } from './request-context.js';
import { completeSecondFactor, deleteSession, deleteUserSessions, type SessionRow } from './sessions.js';
import { verifyTotp } from './totp.js';

const tags = ['auth'];

export function registerAuthRoutes(app: FastifyInstance, { config, db }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const secure = (request: FastifyRequest) =>
    config.SECURE_COOKIES === 'true' || (config.SECURE_COOKIES === 'auto' && request.protocol === 'https');

  const pending = (request: FastifyRequest): { session: SessionRow; user: UserRow } => {
    if (!request.session || !request.sessionUser) throw new AppError(401, 'unauthorized');
    return { session: request.session, user: request.sessionUser };
  };

  r.post('/api/auth/login', {
    schema: { tags, summary: 'Sign in with email and password', body: loginRequest, response: { 200: loginResponse } },
    config: { rateLimit: { max: config.LOGIN_RATE_PER_MINUTE, timeWindow: 60_000 } },
  }, async (request, reply) => {
    const result = await login(db, config, request.body, request.id);
    reply.setCookie(SESSION_COOKIE, result.session.cookieValue, {
      httpOnly: true,
      sameSite: 'strict',
      secure: secure(request),
      path: '/',
      maxAge: config.SESSION_HOURS * 3600,
    });
    return { status: result.status, csrfToken: result.session.csrfToken, totpSetup: result.totpSetup };
  });

  const acceptCode = async (request: FastifyRequest, code: string, enrol: boolean) => {
    const { session, user } = pending(request);
    if (!user.totp_secret || (enrol ? user.totp_enabled : !user.totp_enabled)) throw new AppError(400, 'totpInvalid');
    const step = verifyTotp(user.totp_secret, code, Number(user.totp_last_step));
    const actor = { userId: user.id, email: user.email, state: user.state_code };
    if (step === null) {
      await db.transaction((tx) =>
        appendAudit(tx, { actor, action: 'auth.totp-failed', targetType: 'user', targetId: user.id, requestId: request.id }),
      );
      throw new AppError(401, 'totpInvalid');
    }
    const updated = await db.transaction(async (tx) => {
      const row = await updateUser(tx, user.id, { totp_last_step: step, totp_enabled: true });
      await completeSecondFactor(tx, session.id);
      await appendAudit(tx, {
        actor, action: enrol ? 'auth.totp-enrolled' : 'auth.totp-verified', targetType: 'user', targetId: user.id, requestId: request.id,
      });
      return row;
    });
    return { status: nextStatus(updated, true, true), csrfToken: session.csrf_token };
  };

  r.post('/api/auth/totp', {
    schema: { tags, summary: 'Give the second-factor code after the password', body: totpRequest, response: { 200: loginResponse } },
    config: { rateLimit: { max: config.LOGIN_RATE_PER_MINUTE, timeWindow: 60_000 } },
  }, (request) => acceptCode(request, request.body.code, false));

  r.post('/api/auth/totp/enrol', {
    schema: { tags, summary: 'Confirm a new authenticator with its first code', body: totpRequest, response: { 200: loginResponse } },
    config: { rateLimit: { max: config.LOGIN_RATE_PER_MINUTE, timeWindow: 60_000 } },
  }, (request) => acceptCode(request, request.body.code, true));

  r.post('/api/auth/password', {
    schema: { tags, summary: 'Change the password (required after a one-time password)', body: passwordChangeRequest, response: { 200: loginResponse } },
    config: { rateLimit: { max: config.LOGIN_RATE_PER_MINUTE, timeWindow: 60_000 } },
  }, async (request) => {
    const { session, user } = pending(request);
    if (!session.second_factor && (await totpRequiredFor(db, user))) throw new AppError(403, 'secondFactorRequired');
    if (!(await verifyPassword(user.password_hash, request.body.currentPassword))) throw new AppError(401, 'invalidCredentials');
    if (request.body.newPassword.length < MIN_PASSWORD_LENGTH) throw new AppError(400, 'weakPassword');
    const passwordHash = await hashPassword(request.body.newPassword);
    const updated = await db.transaction(async (tx) => {
      const row = await updateUser(tx, user.id, { password_hash: passwordHash, must_change_password: false });
      await deleteUserSessions(tx, user.id, session.id);
      await appendAudit(tx, {
        actor: { userId: user.id, email: user.email, state: user.state_code },
        action: 'auth.password-changed', targetType: 'user', targetId: user.id, requestId: request.id,
      });
      return row;
    });
    return { status: nextStatus(updated, true, false), csrfToken: session.csrf_token };
  });

  r.post('/api/auth/logout', { schema: { tags, summary: 'Sign out', response: { 204: z.null() } } }, async (request, reply: FastifyReply) => {
    if (request.session) {
      const user = request.sessionUser;
      await db.transaction(async (tx) => {
        await deleteSession(tx, request.session!.id);
        await appendAudit(tx, {
          actor: { userId: user?.id, email: user?.email, state: user?.state_code },
          action: 'auth.logout', targetType: 'user', targetId: user?.id, requestId: request.id,
        });
      });
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  r.get('/api/auth/session', {
    schema: { tags, summary: 'Who is signed in', response: { 200: sessionResponse } },
  }, async (request) => {
    requireSignedIn(request.caller);
    if (request.caller?.via !== 'session' || !request.session || !request.sessionUser) throw new AppError(401, 'unauthorized');
    return { user: presentUser(request.sessionUser), csrfToken: request.session.csrf_token };
  });

  r.patch('/api/me', {
    schema: { tags, summary: 'Change my own settings (language, display name)', body: meUpdate, response: { 200: sessionResponse.shape.user } },
  }, async (request) => {
    const caller = requireSignedIn(request.caller);
    const updated = await db.transaction(async (tx) => {
      const row = await updateUser(tx, caller.userId, {
        language: request.body.language,
        display_name: request.body.displayName,
      });
      await appendAudit(tx, {
        actor: caller, action: 'user.settings-changed', targetType: 'user', targetId: caller.userId, requestId: request.id,
        details: { fields: Object.keys(request.body) },
      });
      return row;
    });
    return presentUser(updated);
  });
}
