import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../testing/databases.js';
import { startTestApp } from '../../testing/app.js';

describe('health, readiness, request ids and graceful shutdown', () => {
  it('answers /healthz and /readyz and echoes or creates a request id', async () => {
    const [engine] = testDatabases();
    const t = await startTestApp(await engine.open());
    try {
      expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
      expect((await t.app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready', database: 'pglite' });
      const given = await t.app.inject({ url: '/api/domains', headers: { 'x-request-id': 'trace-123' } });
      expect(given.headers['x-request-id']).toBe('trace-123');
      const made = await t.app.inject({ url: '/api/domains' });
      expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const openapi = (await t.app.inject({ url: '/api/openapi.json' })).json();
      expect(openapi.openapi).toBe('3.1.0');
      expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/api/members', '/api/members/{code}', '/api/auth/login', '/api/audit']));
      expect((await t.app.inject({ url: '/api/docs/' })).statusCode).toBe(200);
    } finally {
      await t.app.close();
      await t.db.close();
    }
  });

  it('never sends a stack trace for an unexpected failure', async () => {
    const [engine] = testDatabases();
    const t = await startTestApp(await engine.open());
    await t.db.query('DROP TABLE partners');
    try {
      const response = await t.app.inject({ url: '/api/partners', headers: { 'accept-language': 'en' } });
      expect(response.statusCode).toBe(500);
      expect(Object.keys(response.json()).sort()).toEqual(['error', 'message', 'requestId']);
      expect(response.body).not.toMatch(/relation|at .*\.ts|stack/);
    } finally {
      await t.app.close();
      await t.db.close();
    }
  });

  it('finishes a request in flight when asked to close', async () => {
    const [engine] = testDatabases();
    // Hold one request open, then close the server while it runs.
    const t = await startTestApp(await engine.open(), {}, (app) => {
      app.get('/slow-probe', async () => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        return { done: true };
      });
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address() as { port: number };
    const inFlight = fetch(`http://127.0.0.1:${address.port}/slow-probe`).then((r) => r.json());
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = t.app.close();
    expect(await inFlight).toEqual({ done: true });
    await closing;
    await expect(fetch(`http://127.0.0.1:${address.port}/healthz`)).rejects.toThrow();
    await t.db.close();
  });
});
