import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../platform/config/config.js';
import type { Database } from '../platform/db/database.js';
import { buildApp } from '../platform/http/app.js';
import { createUser } from '../platform/accounts/users-service.js';
import { updateUser } from '../platform/accounts/users-store.js';
import type { Clearance, Role } from '../platform/access/principal.js';
import { seedCoalition } from '../domains/members/seed.js';
import { hashPassword } from '../platform/auth/passwords.js';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  config: Config;
}

export async function startTestApp(
  db: Database,
  env: Record<string, string> = {},
  beforeReady?: (app: FastifyInstance) => void,
): Promise<TestApp> {
  const config = loadConfig({ TAHALUF_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: '/tmp/unused', ...env });
  await seedCoalition(db);
  const app = await buildApp({ config, db, logger: false });
  beforeReady?.(app);
  await app.ready();
  return { app, db, config };
}

let sharedHash: Promise<string> | undefined;

/** Creates a ready-to-use account (password already chosen), skipping the one-time password step. */
export async function addUser(db: Database, email: string, state: string, roles: Role[], clearance: Clearance = 'SECRET') {
  const { user } = await createUser(db, 'system', { email, displayName: email, state, roles, clearance });
  // One argon2 hash shared by all test users keeps setup fast; sign-in still verifies it for real.
  sharedHash ??= hashPassword(TEST_PASSWORD);
  return updateUser(db, user.id, { password_hash: await sharedHash, must_change_password: false });
}

export interface Session {
  cookie: string;
  csrf: string;
}

export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
  return { cookie: sessionCookie(response), csrf: response.json().csrfToken };
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'tahaluf_session');
  if (!cookie) throw new Error('no session cookie');
  return `tahaluf_session=${cookie.value}`;
}

/** Headers for a cookie-authenticated request, with the CSRF token for writes. */
export function as(session: Session): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrf };
}
