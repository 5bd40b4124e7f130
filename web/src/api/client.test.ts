import { afterEach, describe, expect, it } from 'vitest';
import { api, configureClient, setCsrfToken } from './client';
import { ApiError, NETWORK_ERROR } from './errors';

interface Seen {
  url: string;
  init: RequestInit;
}

function fakeFetch(response: () => Response, seen: Seen[]): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    return response();
  }) as typeof fetch;
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const header = (seen: Seen, name: string) => (seen.init.headers as Record<string, string>)[name];

describe('api client', () => {
  afterEach(() => setCsrfToken(null));

  it('sends the interface language and same-origin credentials on every request', async () => {
    const seen: Seen[] = [];
    configureClient({ language: () => 'fr', fetch: fakeFetch(() => json(200, { ok: 1 }), seen) });
    expect(await api.get('/api/members')).toEqual({ ok: 1 });
    expect(header(seen[0], 'Accept-Language')).toBe('fr');
    expect(seen[0].init.credentials).toBe('same-origin');
  });

  it('puts the CSRF token on writes and not on reads', async () => {
    const seen: Seen[] = [];
    configureClient({ language: () => 'ar', fetch: fakeFetch(() => new Response(null, { status: 204 }), seen) });
    setCsrfToken('token-1');
    await api.get('/api/audit');
    await api.post('/api/auth/logout');
    await api.patch('/api/me', { language: 'en' });
    expect(header(seen[0], 'x-csrf-token')).toBeUndefined();
    expect(header(seen[1], 'x-csrf-token')).toBe('token-1');
    expect(header(seen[2], 'x-csrf-token')).toBe('token-1');
    expect(seen[2].init.body).toBe('{"language":"en"}');
    expect(seen[2].init.method).toBe('PATCH');
  });

  it('turns an error answer into an ApiError carrying the server’s message and fields', async () => {
    configureClient({
      fetch: fakeFetch(() => json(400, { error: 'validation', message: 'Les données envoyées ne sont pas valides.', fields: [{ path: 'body.newPassword', message: 'Trop petit' }] }), []),
    });
    const error = await api.post('/api/auth/password', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).message).toBe('Les données envoyées ne sont pas valides.');
    expect((error as ApiError).fields[0].message).toBe('Trop petit');
  });

  it('reports a failed connection as a network error', async () => {
    configureClient({ fetch: (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch });
    const error = await api.get('/api/members').catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(NETWORK_ERROR);
  });
});
