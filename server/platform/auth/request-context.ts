import type { Caller } from '../access/principal.js';
import type { UserRow } from '../accounts/users-store.js';
import type { Language } from '../i18n/messages.js';
import type { SessionRow } from './sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The principal acting, or null: anonymous, or a session that still owes a second factor or new password. */
    caller: Caller;
    /** The session and its user, even when the sign-in is not complete yet. */
    session: SessionRow | null;
    sessionUser: UserRow | null;
    language: Language;
  }
}

export const SESSION_COOKIE = 'tahaluf_session';
export const CSRF_HEADER = 'x-csrf-token';
