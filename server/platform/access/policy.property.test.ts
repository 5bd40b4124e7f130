import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { testDatabases } from '../../testing/databases.js';
import { can, filter, rules, type Resource } from './policy.js';
import { CLEARANCES, ROLES, SECRETARIAT, type Principal } from './principal.js';

// The rules' two forms — can() in memory and filter() in SQL — must agree on every row
// for every principal. Random principals and random rows, checked on each engine.

const states = ['SA', 'EG', 'PK', 'NG', SECRETARIAT];
const compartments = ['op-a', 'op-b', 'prog-c'];

const principal = fc.option(
  fc.record({
    userId: fc.constantFrom('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002'),
    email: fc.constant('p@test'),
    state: fc.constantFrom(...states),
    roles: fc.subarray([...ROLES], { minLength: 0 }),
    clearance: fc.constantFrom(...CLEARANCES),
    compartments: fc.subarray(compartments),
    via: fc.constant('session' as const),
  }),
  { nil: null },
) as fc.Arbitrary<Principal | null>;

const row = fc.record({
  id: fc.constantFrom('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000003'),
  user_id: fc.constantFrom('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002'),
  state_code: fc.constantFrom(...states),
  owner_state: fc.constantFrom(...states),
  actor_state: fc.option(fc.constantFrom(...states), { nil: null }),
  roles: fc.subarray([...ROLES], { minLength: 1 }),
  clearance: fc.constantFrom(...CLEARANCES),
  classification: fc.constantFrom(...CLEARANCES),
  originator: fc.constantFrom(...states),
  rel_to: fc.subarray([...states, 'ALL']),
  compartments: fc.subarray(compartments),
});

const COLUMNS = `id uuid, user_id uuid, state_code text, owner_state text, actor_state text, roles text[], clearance text,
  classification text, originator text, rel_to text[], compartments text[]`;

const checks: Array<[Resource, string]> = Object.entries(rules).flatMap(([resource, r]) =>
  Object.keys(r.actions).map((action) => [resource as Resource, action] as [Resource, string]),
);

for (const engine of testDatabases()) {
  describe(`access policy: can() and filter() agree (${engine.name})`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await engine.open();
      await db.exec(`CREATE TABLE policy_probe (n int, ${COLUMNS})`);
    });
    afterAll(async () => db.close());

    it('for every resource and action, on random principals and rows', async () => {
      await fc.assert(
        fc.asyncProperty(principal, fc.array(row, { minLength: 1, maxLength: 12 }), async (caller, rows) => {
          await db.query('DELETE FROM policy_probe');
          for (const [n, r] of rows.entries()) {
            await db.query(
              'INSERT INTO policy_probe VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)',
              [n, r.id, r.user_id, r.state_code, r.owner_state, r.actor_state, r.roles, r.clearance, r.classification, r.originator, r.rel_to, r.compartments],
            );
          }
          for (const [resource, action] of checks) {
            const where = filter(caller, resource, action);
            const fromSql = (await db.query<{ n: number }>(`SELECT n FROM policy_probe WHERE ${where.sql} ORDER BY n`, where.params)).map((r) => r.n);
            const fromMemory = rows.map((r, i) => (can(caller, resource, action, r) ? i : -1)).filter((i) => i >= 0);
            expect(fromSql, `${resource}.${action}`).toEqual(fromMemory);
          }
        }),
        { numRuns: 60 },
      );
    });
  });
}

describe('access rules, read plainly', () => {
  const base: Principal = { userId: 'u1', email: 'a@t', state: 'SA', roles: [], clearance: 'SECRET', compartments: [], via: 'session' };
  it('lets a state-admin manage only its own delegates', () => {
    const admin = { ...base, roles: ['state-admin' as const] };
    expect(can(admin, 'delegate', 'update', { state_code: 'SA' })).toBe(true);
    expect(can(admin, 'delegate', 'update', { state_code: 'EG' })).toBe(false);
  });
  it('stops a state-admin from creating admins or clearances above its own', () => {
    const admin = { ...base, roles: ['state-admin' as const], clearance: 'CONFIDENTIAL' as const };
    expect(can(admin, 'user', 'create', { state_code: 'SA', roles: ['analyst'], clearance: 'CONFIDENTIAL' })).toBe(true);
    expect(can(admin, 'user', 'create', { state_code: 'SA', roles: ['state-admin'], clearance: 'RESTRICTED' })).toBe(false);
    expect(can(admin, 'user', 'create', { state_code: 'SA', roles: ['analyst'], clearance: 'SECRET' })).toBe(false);
    expect(can(admin, 'user', 'create', { state_code: 'EG', roles: ['analyst'], clearance: 'RESTRICTED' })).toBe(false);
  });
  it('releases a marked object only to cleared readers of the named states with the compartments', () => {
    const marked = { classification: 'CONFIDENTIAL', originator: 'EG', rel_to: ['SA'], compartments: ['op-a'] };
    expect(can({ ...base, compartments: ['op-a'] }, 'marked', 'read', marked)).toBe(true);
    expect(can({ ...base, compartments: [] }, 'marked', 'read', marked)).toBe(false);
    expect(can({ ...base, clearance: 'RESTRICTED', compartments: ['op-a'] }, 'marked', 'read', marked)).toBe(false);
    expect(can({ ...base, state: 'PK', compartments: ['op-a'] }, 'marked', 'read', marked)).toBe(false);
    expect(can({ ...base, state: 'EG', compartments: ['op-a'] }, 'marked', 'read', marked)).toBe(true);
  });
});
