import type { Queryable } from '../db/database.js';
import type { SqlFragment } from '../access/condition.js';
import { newSecret, sha256 } from './secrets.js';

export interface ApiTokenRow {
  id: string;
  user_id: string;
  name: string;
  prefix: string;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

const TOKEN_PREFIX = 'thl_';

/** Creates a token; the plain value is returned once and only its hash is kept. */
export async function createApiToken(
  db: Queryable,
  userId: string,
  name: string,
  expiresDays: number | null,
): Promise<{ token: string; row: ApiTokenRow }> {
  const token = TOKEN_PREFIX + newSecret();
  const [row] = await db.query<ApiTokenRow>(
    `INSERT INTO api_tokens (user_id, name, prefix, token_hash, expires_at)
     VALUES ($1, $2, $3, $4, CASE WHEN $5::int IS NULL THEN NULL ELSE now() + make_interval(days => $5::int) END)
     RETURNING id, user_id, name, prefix, created_at, expires_at, revoked_at, last_used_at`,
    [userId, name, token.slice(0, 12), sha256(token), expiresDays],
  );
  return { token, row };
}

/** The user id behind a live token, or undefined for unknown, expired and revoked ones. */
export async function resolveApiToken(db: Queryable, token: string): Promise<string | undefined> {
  if (!token.startsWith(TOKEN_PREFIX)) return undefined;
  const [row] = await db.query<{ user_id: string }>(
    `UPDATE api_tokens SET last_used_at = now()
     WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
     RETURNING user_id`,
    [sha256(token)],
  );
  return row?.user_id;
}

/** One user's tokens, within what the caller may see (`visible` is numbered from $2). */
export async function listApiTokens(db: Queryable, userId: string, visible: SqlFragment): Promise<ApiTokenRow[]> {
  return db.query<ApiTokenRow>(
    `SELECT id, user_id, name, prefix, created_at, expires_at, revoked_at, last_used_at
     FROM api_tokens WHERE user_id = $1 AND ${visible.sql} ORDER BY created_at DESC`,
    [userId, ...visible.params],
  );
}

export async function findApiToken(db: Queryable, id: string): Promise<ApiTokenRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await db.query<ApiTokenRow>(
    'SELECT id, user_id, name, prefix, created_at, expires_at, revoked_at, last_used_at FROM api_tokens WHERE id = $1',
    [id],
  );
  return row;
}

export async function revokeApiToken(db: Queryable, id: string): Promise<void> {
  await db.query('UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id]);
}
