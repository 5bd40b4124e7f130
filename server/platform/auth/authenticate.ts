import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.js';
import { findUserById, principalOf } from '../accounts/users-store.js';
import { AppError } from '../http/errors.js';
import { LANGUAGES, languageFromHeader, type Language } from '../i18n/messages.js';
import { findSession } from './sessions.js';
import { resolveApiToken } from './tokens.js';
import { CSRF_HEADER, SESSION_COOKIE } from './request-context.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function requestLanguage(request: FastifyRequest, userLanguage?: Language): Language {
  const header = request.headers['accept-language'];
  if (header && languageFromHeader(header) !== 'ar') return languageFromHeader(header);
  if (header && /(^|,)\s*ar\b/i.test(header)) return 'ar';
  return userLanguage && (LANGUAGES as readonly string[]).includes(userLanguage) ? userLanguage : 'ar';
}

/**
 * Resolves who is calling, from a bearer token or the session cookie, once per request.
 * Cookie-authenticated writes must echo the session's CSRF token in a header.
 */
export function registerAuthentication(app: FastifyInstance, db: Database): void {
  app.decorateRequest('caller', null);
  app.decorateRequest('session', null);
  app.decorateRequest('sessionUser', null);
  app.decorateRequest('language', 'ar');

  app.addHook('onRequest', async (request) => {
    request.language = requestLanguage(request);
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      const userId = await resolveApiToken(db, authorization.slice(7).trim());
      const user = userId ? await findUserById(db, userId) : undefined;
      if (!user || user.disabled) throw new AppError(401, 'unauthorized');
      request.caller = principalOf(user, 'token');
      request.language = requestLanguage(request, user.language);
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const session = await findSession(db, cookie);
    if (!session) return;
    const user = await findUserById(db, session.user_id);
    if (!user || user.disabled) return;
    request.session = session;
    request.sessionUser = user;
    request.language = requestLanguage(request, user.language);

    if (UNSAFE.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, session.csrf_token)) throw new AppError(403, 'csrf');
    }
    // An incomplete sign-in (code or new password still owed) acts as anonymous outside /api/auth/.
    if (session.second_factor && !user.must_change_password) request.caller = principalOf(user, 'session');
  });
}
