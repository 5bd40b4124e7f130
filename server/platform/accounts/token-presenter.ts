import type { ApiTokenRow } from '../auth/tokens.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** Tokens are shown by name and prefix only; the value exists once, at creation. */
export function presentToken(row: ApiTokenRow) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: iso(row.created_at) as string,
    expiresAt: iso(row.expires_at),
    revokedAt: iso(row.revoked_at),
    lastUsedAt: iso(row.last_used_at),
  };
}
