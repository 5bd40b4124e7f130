import type { Config } from '../config/config.js';
import type { Database, Queryable } from '../db/database.js';
import { appendAudit } from '../audit/audit-log.js';
import { AppError } from '../http/errors.js';
import { findUserByEmail, updateUser, type UserRow } from '../accounts/users-store.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { createSession, type NewSession } from './sessions.js';
import { newTotpSecret, totpUri } from './totp.js';

export type LoginStatus = 'ok' | 'totp-required' | 'totp-enrolment-required' | 'password-change-required';

export interface LoginResult {
  status: LoginStatus;
  session: NewSession;
  totpSetup?: { secret: string; uri: string };
}

// Verifying against a real hash when the account does not exist keeps the timing the same,
// so response time does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword('decoy password that matches nothing'));

export async function totpRequiredFor(db: Queryable, user: UserRow): Promise<boolean> {
  if (user.totp_enabled) return true;
  const rows = await db.query('SELECT 1 FROM role_settings WHERE require_totp AND role = ANY($1)', [user.roles]);
  return rows.length > 0;
}

/** What a signed-in user still owes after the password: a code, an enrolment, or a new password. */
export function nextStatus(user: UserRow, secondFactorDone: boolean, totpRequired: boolean): LoginStatus {
  if (!secondFactorDone && totpRequired) return user.totp_enabled ? 'totp-required' : 'totp-enrolment-required';
  return user.must_change_password ? 'password-change-required' : 'ok';
}

export async function login(
  db: Database,
  config: Config,
  input: { email: string; password: string },
  requestId: string,
): Promise<LoginResult> {
  const user = await findUserByEmail(db, input.email);
  if (!user || user.disabled) {
    await verifyPassword(await decoy(), input.password);
    await db.transaction((tx) =>
      appendAudit(tx, {
        actor: { email: input.email },
        action: 'auth.login-failed',
        targetType: 'user',
        requestId,
        details: { reason: 'unknown-account' },
      }),
    );
    throw new AppError(401, 'invalidCredentials');
  }
  if (user.locked_until && user.locked_until.getTime() > Date.now()) {
    throw new AppError(423, 'accountLocked');
  }
  const actor = { userId: user.id, email: user.email, state: user.state_code };
  if (!(await verifyPassword(user.password_hash, input.password))) {
    const failures = user.failed_logins + 1;
    const lock = failures >= config.LOGIN_MAX_FAILURES;
    await db.transaction(async (tx) => {
      await updateUser(tx, user.id, {
        failed_logins: lock ? 0 : failures,
        locked_until: lock ? new Date(Date.now() + config.LOGIN_LOCK_MINUTES * 60_000) : user.locked_until,
      });
      await appendAudit(tx, {
        actor,
        action: lock ? 'auth.account-locked' : 'auth.login-failed',
        targetType: 'user',
        targetId: user.id,
        requestId,
        details: { failures },
      });
    });
    throw new AppError(lock ? 423 : 401, lock ? 'accountLocked' : 'invalidCredentials');
  }

  const totpRequired = await totpRequiredFor(db, user);
  return db.transaction(async (tx) => {
    let totpSecret = user.totp_secret;
    if (totpRequired && !user.totp_enabled && !totpSecret) totpSecret = newTotpSecret();
    const updated = await updateUser(tx, user.id, { failed_logins: 0, locked_until: null, totp_secret: totpSecret });
    const session = await createSession(tx, user.id, !totpRequired, config.SESSION_HOURS);
    await appendAudit(tx, { actor, action: 'auth.login', targetType: 'user', targetId: user.id, requestId });
    const status = nextStatus(updated, !totpRequired, totpRequired);
    const result: LoginResult = { status, session };
    if (status === 'totp-enrolment-required' && totpSecret) {
      result.totpSetup = { secret: totpSecret, uri: totpUri(totpSecret, user.email) };
    }
    return result;
  });
}
