import { ALLOW, and, arrayHasAny, eq, or, rankAtMost, when, type Condition } from './condition-builders.js';
import { CLEARANCES, ROLES, SECRETARIAT, clearanceRank, hasRole, type Caller, type Role } from './principal.js';

// Every resource's rules, declared once. A rule turns the caller into a condition over a row
// whose keys are the table's column names; the policy evaluates it or compiles it to SQL.

export type Rule = (caller: Caller) => Condition;

export interface ResourceRules {
  actions: Record<string, Rule>;
  /** Fields withheld from a reader unless the condition holds for the row. */
  fields?: Record<string, Rule>;
}

const signedIn: Rule = (c) => when(c !== null);
const secretariatAdmin: Rule = (c) => when(hasRole(c, 'secretariat-admin'));
const isSecretariat = (c: Caller) => c !== null && c.state === SECRETARIAT;

/** A state-admin acts on rows of its own state only. */
const ownStateAdmin = (c: Caller, column: string) =>
  c !== null && hasRole(c, 'state-admin') ? eq(column, c.state) : when(false);

const ownStateOrSecretariat = (column: string): Rule => (c) =>
  c === null ? when(false) : or(when(isSecretariat(c)), eq(column, c.state));

/** Roles a caller may hand out: a state-admin cannot create admins of any kind. */
function grantableRoles(c: Caller): Role[] {
  if (hasRole(c, 'secretariat-admin')) return [...ROLES];
  if (hasRole(c, 'state-admin')) return ROLES.filter((r) => r !== 'secretariat-admin' && r !== 'state-admin');
  return [];
}

/** Conditions on the values a user row is given: state, roles and clearance within the caller's reach. */
const userAssignment: Rule = (c) => {
  if (c === null) return when(false);
  const roles = { op: 'arraySubsetOf', column: 'roles', values: grantableRoles(c) } as const;
  const clearance = rankAtMost('clearance', CLEARANCES, clearanceRank(c.clearance));
  if (hasRole(c, 'secretariat-admin')) return and(roles, clearance);
  return and(ownStateAdmin(c, 'state_code'), roles, clearance);
};

/** Who screens names against sanctions lists: a state's financial-intelligence staff and administrators. */
const SCREENERS: Role[] = ['officer', 'analyst', 'state-admin', 'secretariat-admin'];
const isScreener = (c: Caller) => c !== null && c.roles.some((r) => SCREENERS.includes(r));

/** A state's screening data is its own: no other state, and not the secretariat, sees it. */
const ownStateScreener: Rule = (c) => (c !== null && isScreener(c) ? eq('owner_state', c.state) : when(false));

/** Marked objects: cleared, released to the reader's state (or originated by it), compartments held. */
const markedRead: Rule = (c) =>
  c === null
    ? when(false)
    : and(
        rankAtMost('classification', CLEARANCES, clearanceRank(c.clearance)),
        or(eq('originator', c.state), arrayHasAny('rel_to', [c.state, 'ALL'])),
        { op: 'arraySubsetOf', column: 'compartments', values: c.compartments },
      );

export const rules: Record<string, ResourceRules> = {
  member: {
    actions: { read: () => ALLOW, update: secretariatAdmin },
  },
  domain: { actions: { read: () => ALLOW, update: secretariatAdmin } },
  body: { actions: { read: () => ALLOW, update: secretariatAdmin } },
  partner: { actions: { read: () => ALLOW, create: secretariatAdmin, update: secretariatAdmin } },
  delegate: {
    actions: {
      read: signedIn,
      create: (c) => or(secretariatAdmin(c), ownStateAdmin(c, 'state_code')),
      update: (c) => or(secretariatAdmin(c), ownStateAdmin(c, 'state_code')),
      delete: (c) => or(secretariatAdmin(c), ownStateAdmin(c, 'state_code')),
    },
    // Contact details stay within the delegate's own state and the secretariat.
    fields: { email: ownStateOrSecretariat('state_code'), phone: ownStateOrSecretariat('state_code') },
  },
  user: {
    actions: {
      read: (c) =>
        c === null ? when(false) : or(secretariatAdmin(c), ownStateAdmin(c, 'state_code'), eq('id', c.userId)),
      create: userAssignment,
      update: (c) => or(secretariatAdmin(c), ownStateAdmin(c, 'state_code')),
      assign: userAssignment,
    },
  },
  auditEntry: {
    actions: {
      read: (c) => or(secretariatAdmin(c), ownStateAdmin(c, 'actor_state')),
    },
  },
  apiToken: {
    actions: {
      read: (c) => (c === null ? when(false) : or(secretariatAdmin(c), eq('user_id', c.userId))),
      create: (c) => (c === null ? when(false) : eq('user_id', c.userId)),
      revoke: (c) => (c === null ? when(false) : or(secretariatAdmin(c), eq('user_id', c.userId))),
    },
  },
  roleSetting: { actions: { read: secretariatAdmin, update: secretariatAdmin } },
  /**
   * Any marked object (classification, releasability, compartments, originator); domains with
   * marked data reuse this rule so markings are enforced the same way everywhere.
   */
  marked: { actions: { read: markedRead } },
  sanctionList: { actions: { read: signedIn, import: secretariatAdmin } },
  screening: { actions: { screen: (c) => when(isScreener(c)) } },
  screeningSubject: { actions: { read: ownStateScreener, create: ownStateScreener, delete: ownStateScreener } },
  screeningAlert: { actions: { read: ownStateScreener, review: ownStateScreener } },
  ctfDocument: {
    actions: {
      read: markedRead,
      // Anyone who screens may share a document in the name of their own state, within their clearance.
      create: (c) =>
        c !== null && isScreener(c)
          ? and(eq('originator', c.state), rankAtMost('classification', CLEARANCES, clearanceRank(c.clearance)))
          : when(false),
      update: (c) => (c !== null && isScreener(c) ? and(eq('originator', c.state), markedRead(c)) : when(false)),
      delete: (c) => (c !== null && isScreener(c) ? and(eq('originator', c.state), markedRead(c)) : when(false)),
    },
  },
};


