import type { Database } from '../db/database.js';
import type { Caller, Clearance, Role } from '../access/principal.js';
import { SECRETARIAT } from '../access/principal.js';
import { authorize } from '../access/guard.js';
import { appendAudit } from '../audit/audit-log.js';
import { AppError } from '../http/errors.js';
import { actorOf } from '../http/route-deps.js';
import { hashPassword, oneTimePassword } from '../auth/passwords.js';
import { deleteUserSessions } from '../auth/sessions.js';
import { findUserByEmail, findUserById, insertUser, updateUser, type UserRow } from './users-store.js';

export interface CreateUserInput {
  email: string;
  displayName: string;
  state: string;
  roles: Role[];
  clearance: Clearance;
  language?: 'ar' | 'en' | 'fr';
}

async function assertStateExists(db: Database, state: string): Promise<void> {
  if (state === SECRETARIAT) return;
  const rows = await db.query('SELECT 1 FROM states WHERE code = $1', [state]);
  if (rows.length === 0) throw new AppError(400, 'unknownState', [{ path: 'body.state', message: state }]);
}

/**
 * Creates an account with a one-time password the person must change at first sign-in.
 * `caller` null means the command line on the server itself, which may create the first admin.
 */
export async function createUser(
  db: Database,
  caller: Caller | 'system',
  input: CreateUserInput,
  requestId?: string,
): Promise<{ user: UserRow; oneTimePassword: string }> {
  const proposed = { state_code: input.state, roles: input.roles, clearance: input.clearance };
  if (caller !== 'system') authorize(caller, 'user', 'create', proposed, { hideIfUnreadable: false });
  await assertStateExists(db, input.state);
  if (await findUserByEmail(db, input.email)) throw new AppError(409, 'conflict', [{ path: 'body.email', message: input.email }]);
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const user = await db.transaction(async (tx) => {
    const row = await insertUser(tx, { ...input, passwordHash });
    await appendAudit(tx, {
      actor: caller === 'system' ? { email: 'cli' } : actorOf(caller),
      action: 'user.created', targetType: 'user', targetId: row.id, requestId,
      details: { email: row.email, state: row.state_code, roles: row.roles, clearance: row.clearance },
    });
    return row;
  });
  return { user, oneTimePassword: password };
}

export interface UpdateUserInput {
  displayName?: string;
  roles?: Role[];
  clearance?: Clearance;
  disabled?: boolean;
  unlock?: boolean;
}

export async function changeUser(db: Database, caller: Caller, id: string, input: UpdateUserInput, requestId: string) {
  const user = await findUserById(db, id);
  if (!user) throw new AppError(404, 'notFound');
  authorize(caller, 'user', 'update', user);
  const next = { ...user, roles: input.roles ?? user.roles, clearance: input.clearance ?? user.clearance };
  if (input.roles || input.clearance) authorize(caller, 'user', 'assign', next, { hideIfUnreadable: false });
  return db.transaction(async (tx) => {
    const row = await updateUser(tx, id, {
      display_name: input.displayName,
      roles: input.roles,
      clearance: input.clearance,
      disabled: input.disabled,
      ...(input.unlock ? { locked_until: null, failed_logins: 0 } : {}),
    });
    if (input.disabled) await deleteUserSessions(tx, id);
    await appendAudit(tx, {
      actor: actorOf(caller), action: 'user.updated', targetType: 'user', targetId: id, requestId,
      details: { fields: Object.keys(input) },
    });
    return row;
  });
}
