import type { UserView } from '../../../contracts/auth.js';
import type { UserRow } from './users-store.js';

/** The one shape a user leaves the server in: never a hash, a secret or a TOTP key. */
export function presentUser(user: UserRow): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    state: user.state_code,
    roles: user.roles,
    clearance: user.clearance,
    language: user.language,
    totpEnabled: user.totp_enabled,
    locked: user.locked_until !== null && new Date(user.locked_until).getTime() > Date.now(),
    disabled: user.disabled,
  };
}
