import type { Queryable } from '../db/database.js';
import type { Clearance, Principal, Role } from '../access/principal.js';
import type { SqlFragment } from '../access/condition.js';

export interface UserRow {
  id: string;
  email: string;
  display_name: string;
  state_code: string;
  roles: Role[];
  clearance: Clearance;
  compartments: string[];
  language: 'ar' | 'en' | 'fr';
  password_hash: string;
  must_change_password: boolean;
  totp_secret: string | null;
  totp_enabled: boolean;
  totp_last_step: number;
  failed_logins: number;
  locked_until: Date | null;
  disabled: boolean;
  created_at: Date;
}

export function principalOf(user: UserRow, via: Principal['via']): Principal {
  return {
    userId: user.id,
    email: user.email,
    state: user.state_code,
    roles: user.roles,
    clearance: user.clearance,
    compartments: user.compartments,
    via,
  };
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  const [row] = await db.query<UserRow>('SELECT * FROM users WHERE lower(email) = lower($1)', [email]);
  return row;
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await db.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
  return row;
}

export async function listUsers(db: Queryable, visible: SqlFragment): Promise<UserRow[]> {
  return db.query<UserRow>(`SELECT * FROM users WHERE ${visible.sql} ORDER BY lower(email)`, visible.params);
}

export interface NewUser {
  email: string;
  displayName: string;
  state: string;
  roles: Role[];
  clearance: Clearance;
  passwordHash: string;
  language?: 'ar' | 'en' | 'fr';
}

export async function insertUser(db: Queryable, user: NewUser): Promise<UserRow> {
  const [row] = await db.query<UserRow>(
    `INSERT INTO users (email, display_name, state_code, roles, clearance, password_hash, language)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
    [user.email, user.displayName, user.state, user.roles, user.clearance, user.passwordHash, user.language ?? 'ar'],
  );
  return row;
}

/** Updates the named columns only; column names come from code, never from input. */
export async function updateUser(db: Queryable, id: string, changes: Partial<UserRow>): Promise<UserRow> {
  const entries = Object.entries(changes).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return (await findUserById(db, id)) as UserRow;
  const sets = entries.map(([column], i) => `${column} = $${i + 2}`).join(', ');
  const [row] = await db.query<UserRow>(
    `UPDATE users SET ${sets} WHERE id = $1 RETURNING *`,
    [id, ...entries.map(([, v]) => v)],
  );
  return row;
}

export async function countUsers(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  return row.n;
}
