import type { Queryable } from '../db/database.js';
import { newSecret, sha256 } from './secrets.js';

export interface SessionRow {
  id: string;
  user_id: string;
  csrf_token: string;
  second_factor: boolean;
  expires_at: Date;
}

export interface NewSession {
  cookieValue: string;
  csrfToken: string;
}

export async function createSession(db: Queryable, userId: string, secondFactor: boolean, hours: number): Promise<NewSession> {
  const cookieValue = newSecret();
  const csrfToken = newSecret(24);
  await db.query(
    `INSERT INTO sessions (id, user_id, csrf_token, second_factor, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))`,
    [sha256(cookieValue), userId, csrfToken, secondFactor, hours],
  );
  return { cookieValue, csrfToken };
}

export async function findSession(db: Queryable, cookieValue: string): Promise<SessionRow | undefined> {
  const [row] = await db.query<SessionRow>(
    'SELECT * FROM sessions WHERE id = $1 AND expires_at > now()',
    [sha256(cookieValue)],
  );
  return row;
}

export async function completeSecondFactor(db: Queryable, sessionId: string): Promise<void> {
  await db.query('UPDATE sessions SET second_factor = true WHERE id = $1', [sessionId]);
}

export async function deleteSession(db: Queryable, sessionId: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE id = $1', [sessionId]);
}

/** Signing out everywhere, e.g. after a password change. */
export async function deleteUserSessions(db: Queryable, userId: string, exceptId?: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_id = $1 AND id IS DISTINCT FROM $2', [userId, exceptId ?? null]);
}
