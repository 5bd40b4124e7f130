import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../testing/databases.js';
import { addUser, as, sessionCookie, signIn, startTestApp, TEST_PASSWORD, type TestApp } from '../../testing/app.js';
import { createUser } from '../accounts/users-service.js';
import { sha256 } from './secrets.js';
import { totpCode, totpStep } from './totp.js';

for (const engine of testDatabases()) {
  describe(`sign-in, sessions, CSRF, TOTP and tokens (${engine.name})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(await engine.open(), { LOGIN_MAX_FAILURES: '3', LOGIN_RATE_PER_MINUTE: '1000' });
      await addUser(t.db, 'admin@sec.test', 'SECRETARIAT', ['secretariat-admin']);
      await addUser(t.db, 'analyst@sa.test', 'SA', ['analyst'], 'CONFIDENTIAL');
      await addUser(t.db, 'locked@sa.test', 'SA', ['viewer']);
    });
    afterAll(async () => {
      await t.app.close();
      await t.db.close();
    });

    it('signs in with an httpOnly, SameSite=Strict session cookie and stores argon2id hashes', async () => {
      const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'ANALYST@sa.test', password: TEST_PASSWORD } });
      expect(response.statusCode).toBe(200);
      expect(response.json().status).toBe('ok');
      const cookie = response.cookies.find((c) => c.name === 'tahaluf_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
      const [row] = await t.db.query<{ password_hash: string }>(`SELECT password_hash FROM users WHERE email = 'analyst@sa.test'`);
      expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
      const [session] = await t.db.query<{ id: string }>('SELECT id FROM sessions ORDER BY created_at DESC LIMIT 1');
      expect(session.id).toBe(sha256(cookie!.value));
      const me = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: sessionCookie(response) } });
      expect(me.json().user).toMatchObject({ email: 'analyst@sa.test', state: 'SA', roles: ['analyst'], clearance: 'CONFIDENTIAL' });
      expect(me.body).not.toContain('password');
    });

    it('refuses a wrong password in the caller’s language and audits it', async () => {
      const response = await t.app.inject({
        method: 'POST', url: '/api/auth/login', headers: { 'accept-language': 'fr' },
        payload: { email: 'analyst@sa.test', password: 'wrong' },
      });
      expect(response.statusCode).toBe(401);
      expect(response.json().message).toBe('L’adresse e-mail ou le mot de passe est incorrect.');
      const audit = await t.db.query(`SELECT 1 FROM audit_log WHERE action = 'auth.login-failed' AND actor_email = 'analyst@sa.test'`);
      expect(audit.length).toBeGreaterThan(0);
    });

    it('locks an account after repeated failures, even against the right password', async () => {
      for (let i = 0; i < 2; i++) {
        const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'locked@sa.test', password: 'nope' } });
        expect(r.statusCode).toBe(401);
      }
      const third = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'locked@sa.test', password: 'nope' } });
      expect(third.statusCode).toBe(423);
      const right = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'locked@sa.test', password: TEST_PASSWORD } });
      expect(right.statusCode).toBe(423);
      expect(right.json().error).toBe('accountLocked');
      // An administrator can lift the lock.
      const admin = await signIn(t.app, 'admin@sec.test');
      const [user] = await t.db.query<{ id: string }>(`SELECT id FROM users WHERE email = 'locked@sa.test'`);
      const unlock = await t.app.inject({ method: 'PATCH', url: `/api/users/${user.id}`, headers: as(admin), payload: { unlock: true } });
      expect(unlock.statusCode).toBe(200);
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'locked@sa.test', password: TEST_PASSWORD } })).statusCode).toBe(200);
    });

    it('requires the CSRF token on cookie-authenticated writes', async () => {
      const session = await signIn(t.app, 'analyst@sa.test');
      const without = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: session.cookie }, payload: { language: 'en' } });
      expect(without.statusCode).toBe(403);
      expect(without.json().error).toBe('csrf');
      const wrong = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: session.cookie, 'x-csrf-token': 'x' }, payload: { language: 'en' } });
      expect(wrong.statusCode).toBe(403);
      const right = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: as(session), payload: { language: 'en' } });
      expect(right.statusCode).toBe(200);
      expect(right.json().language).toBe('en');
    });

    it('makes a new account change its one-time password before anything else', async () => {
      const { oneTimePassword } = await createUser(t.db, 'system', { email: 'new@eg.test', displayName: 'New', state: 'EG', roles: ['viewer'], clearance: 'RESTRICTED' });
      const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'new@eg.test', password: oneTimePassword } });
      expect(login.json().status).toBe('password-change-required');
      const session = { cookie: sessionCookie(login), csrf: login.json().csrfToken };
      expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: as(session) })).statusCode).toBe(401);
      const short = await t.app.inject({ method: 'POST', url: '/api/auth/password', headers: as(session), payload: { currentPassword: oneTimePassword, newPassword: 'short' } });
      expect(short.statusCode).toBe(400);
      const changed = await t.app.inject({ method: 'POST', url: '/api/auth/password', headers: as(session), payload: { currentPassword: oneTimePassword, newPassword: 'a much longer passphrase' } });
      expect(changed.json().status).toBe('ok');
      expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: as(session) })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'new@eg.test', password: oneTimePassword } })).statusCode).toBe(401);
    });

    it('enforces a TOTP second factor when an admin requires it for a role', async () => {
      const admin = await signIn(t.app, 'admin@sec.test');
      const set = await t.app.inject({ method: 'PUT', url: '/api/admin/role-settings/analyst', headers: as(admin), payload: { requireTotp: true } });
      expect(set.statusCode).toBe(200);

      const first = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'analyst@sa.test', password: TEST_PASSWORD } });
      expect(first.json().status).toBe('totp-enrolment-required');
      const { secret } = first.json().totpSetup;
      const pending = { cookie: sessionCookie(first), csrf: first.json().csrfToken };
      expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: as(pending) })).statusCode).toBe(401);
      const step = totpStep();
      const enrol = await t.app.inject({ method: 'POST', url: '/api/auth/totp/enrol', headers: as(pending), payload: { code: totpCode(secret, step) } });
      expect(enrol.json().status).toBe('ok');
      expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: as(pending) })).statusCode).toBe(200);

      const second = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'analyst@sa.test', password: TEST_PASSWORD } });
      expect(second.json().status).toBe('totp-required');
      expect(second.json().totpSetup).toBeUndefined();
      const again = { cookie: sessionCookie(second), csrf: second.json().csrfToken };
      const bad = await t.app.inject({ method: 'POST', url: '/api/auth/totp', headers: as(again), payload: { code: '000000' === totpCode(secret, step + 1) ? '111111' : '000000' } });
      expect(bad.statusCode).toBe(401);
      const replay = await t.app.inject({ method: 'POST', url: '/api/auth/totp', headers: as(again), payload: { code: totpCode(secret, step) } });
      expect(replay.statusCode).toBe(401);
      const next = await t.app.inject({ method: 'POST', url: '/api/auth/totp', headers: as(again), payload: { code: totpCode(secret, step + 1) } });
      expect(next.json().status).toBe('ok');

      await t.app.inject({ method: 'PUT', url: '/api/admin/role-settings/analyst', headers: as(admin), payload: { requireTotp: false } });
    });

    it('issues API tokens once, stores them hashed, honours revocation and expiry', async () => {
      const admin = await signIn(t.app, 'admin@sec.test');
      const created = await t.app.inject({ method: 'POST', url: '/api/tokens', headers: as(admin), payload: { name: 'sync', expiresDays: 30 } });
      expect(created.statusCode).toBe(201);
      const { token, info } = created.json();
      expect(token).toMatch(/^thl_/);
      const stored = await t.db.query<{ token_hash: string }>('SELECT token_hash FROM api_tokens WHERE id = $1', [info.id]);
      expect(stored[0].token_hash).toBe(sha256(token));
      expect(JSON.stringify(await t.db.query('SELECT * FROM api_tokens'))).not.toContain(token);

      const listed = await t.app.inject({ method: 'GET', url: '/api/tokens', headers: as(admin) });
      expect(listed.body).not.toContain(token);
      expect(listed.json().items.map((i: { id: string }) => i.id)).toContain(info.id);

      const bearer = { authorization: `Bearer ${token}` };
      expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer })).statusCode).toBe(200);
      // A machine client needs no CSRF token: it sends no cookie.
      expect((await t.app.inject({ method: 'PATCH', url: '/api/me', headers: bearer, payload: { language: 'fr' } })).statusCode).toBe(200);

      await t.db.query(`UPDATE api_tokens SET expires_at = now() - interval '1 minute' WHERE id = $1`, [info.id]);
      expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer })).statusCode).toBe(401);
      await t.db.query(`UPDATE api_tokens SET expires_at = NULL WHERE id = $1`, [info.id]);
      expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer })).statusCode).toBe(200);

      const revoked = await t.app.inject({ method: 'DELETE', url: `/api/tokens/${info.id}`, headers: as(admin) });
      expect(revoked.statusCode).toBe(204);
      expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer })).statusCode).toBe(401);
      expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: { authorization: 'Bearer thl_forged' } })).statusCode).toBe(401);
    });

    it('signs out', async () => {
      const session = await signIn(t.app, 'analyst@sa.test');
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: as(session) })).statusCode).toBe(204);
      expect((await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: as(session) })).statusCode).toBe(401);
    });
  });
}

describe('login rate limit', () => {
  it('answers 429 with a translated message past the limit per minute', async () => {
    const [engine] = testDatabases();
    const t = await startTestApp(await engine.open(), { LOGIN_RATE_PER_MINUTE: '3' });
    try {
      const codes = [];
      for (let i = 0; i < 5; i++) {
        const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'accept-language': 'en' }, payload: { email: 'nobody@x.test', password: 'x' } });
        codes.push(r.statusCode);
        if (r.statusCode === 429) expect(r.json().message).toBe('Too many requests. Wait a moment and try again.');
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await t.app.close();
      await t.db.close();
    }
  });
});
