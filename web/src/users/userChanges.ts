import type { Clearance, Role, User } from '../api/types';

export interface UserEdit {
  displayName: string;
  roles: Role[];
  clearance: Clearance;
  disabled: boolean;
}

export type UserPatch = Partial<UserEdit> & { unlock?: true };

/** Only what changed, so an administrator never re-sends a grant it could not make itself. */
export function userChanges(user: User, edit: UserEdit): UserPatch {
  const patch: UserPatch = {};
  const name = edit.displayName.trim();
  if (name !== user.displayName) patch.displayName = name;
  const sameRoles = edit.roles.length === user.roles.length && edit.roles.every((role) => user.roles.includes(role));
  if (!sameRoles) patch.roles = edit.roles;
  if (edit.clearance !== user.clearance) patch.clearance = edit.clearance;
  if (edit.disabled !== user.disabled) patch.disabled = edit.disabled;
  return patch;
}
