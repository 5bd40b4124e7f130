export const ROLES = ['secretariat-admin', 'state-admin', 'officer', 'analyst', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const CLEARANCES = ['UNCLASSIFIED', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET'] as const;
export type Clearance = (typeof CLEARANCES)[number];

export const SECRETARIAT = 'SECRETARIAT';

/** Who is asking. A machine client (API token) carries the principal of the user who made the token. */
export interface Principal {
  userId: string;
  email: string;
  state: string; // ISO 3166-1 alpha-2 of the member state, or SECRETARIAT
  roles: Role[];
  clearance: Clearance;
  compartments: string[];
  via: 'session' | 'token';
}

export const ANONYMOUS = null;
export type Caller = Principal | null;

export function clearanceRank(level: string): number {
  return CLEARANCES.indexOf(level as Clearance);
}

export function hasRole(caller: Caller, role: Role): boolean {
  return caller !== null && caller.roles.includes(role);
}
