import type { Clearance, Role, User } from '../api/types';

export const ROLES: readonly Role[] = ['secretariat-admin', 'state-admin', 'officer', 'analyst', 'editor', 'viewer'];
export const CLEARANCES: readonly Clearance[] = ['UNCLASSIFIED', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET'];
export const SECRETARIAT = 'SECRETARIAT';

/** Roles a state administrator may hand out: never an administrator role. */
const STATE_ADMIN_GRANTS: readonly Role[] = ['officer', 'analyst', 'editor', 'viewer'];

type Admin = Pick<User, 'roles' | 'clearance' | 'state'>;

export const isSecretariatAdmin = (user: Pick<User, 'roles'>) => user.roles.includes('secretariat-admin');
export const isStateAdmin = (user: Pick<User, 'roles'>) => user.roles.includes('state-admin');

/** Who may open the users page. */
export const canAdministerUsers = (user: Pick<User, 'roles'>) => isSecretariatAdmin(user) || isStateAdmin(user);

/** The roles this administrator may give (the server's access policy decides in the end). */
export function grantableRoles(admin: Admin): Role[] {
  if (isSecretariatAdmin(admin)) return [...ROLES];
  if (isStateAdmin(admin)) return [...STATE_ADMIN_GRANTS];
  return [];
}

/** Clearances up to the administrator's own. */
export function grantableClearances(admin: Admin): Clearance[] {
  if (!canAdministerUsers(admin)) return [];
  return CLEARANCES.slice(0, CLEARANCES.indexOf(admin.clearance) + 1);
}

/** The state a new account may belong to: any for the secretariat, else the administrator's own. */
export function fixedState(admin: Admin): string | null {
  return isSecretariatAdmin(admin) ? null : admin.state;
}
