import type { User } from '../api/types';

const SCREENING_ROLES = ['officer', 'analyst', 'state-admin', 'secretariat-admin'];

/** Who may use the counter-terrorist-financing pages (the server enforces the same). */
export function canScreen(user: User): boolean {
  return user.roles.some((role) => SCREENING_ROLES.includes(role));
}

/** Only the secretariat's administrators import new versions of the lists. */
export function canImportLists(user: User): boolean {
  return user.roles.includes('secretariat-admin');
}
