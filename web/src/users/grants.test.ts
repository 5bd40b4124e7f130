import { describe, expect, it } from 'vitest';
import { canAdministerUsers, fixedState, grantableClearances, grantableRoles } from './grants';

const secretariat = { roles: ['secretariat-admin'] as const, clearance: 'SECRET' as const, state: 'SECRETARIAT' };
const egypt = { roles: ['state-admin'] as const, clearance: 'CONFIDENTIAL' as const, state: 'EG' };
const officer = { roles: ['officer'] as const, clearance: 'SECRET' as const, state: 'EG' };

describe('what an administrator may grant', () => {
  it('a secretariat admin: every role, every clearance up to its own, any state', () => {
    expect(grantableRoles({ ...secretariat, roles: [...secretariat.roles] })).toEqual(['secretariat-admin', 'state-admin', 'officer', 'analyst', 'editor', 'viewer']);
    expect(grantableClearances({ ...secretariat, roles: [...secretariat.roles] })).toEqual(['UNCLASSIFIED', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET']);
    expect(fixedState({ ...secretariat, roles: [...secretariat.roles] })).toBeNull();
  });

  it('a state admin: no administrator role, clearances up to its own, its own state only', () => {
    const admin = { ...egypt, roles: [...egypt.roles] };
    expect(grantableRoles(admin)).toEqual(['officer', 'analyst', 'editor', 'viewer']);
    expect(grantableClearances(admin)).toEqual(['UNCLASSIFIED', 'RESTRICTED', 'CONFIDENTIAL']);
    expect(grantableClearances({ ...admin, clearance: 'UNCLASSIFIED' })).toEqual(['UNCLASSIFIED']);
    expect(fixedState(admin)).toBe('EG');
    expect(canAdministerUsers(admin)).toBe(true);
  });

  it('anyone else: nothing, whatever their clearance', () => {
    const user = { ...officer, roles: [...officer.roles] };
    expect(canAdministerUsers(user)).toBe(false);
    expect(grantableRoles(user)).toEqual([]);
    expect(grantableClearances(user)).toEqual([]);
  });

  it('a secretariat admin with a lower clearance cannot grant more than it holds', () => {
    expect(grantableClearances({ roles: ['secretariat-admin'], clearance: 'RESTRICTED', state: 'SECRETARIAT' })).toEqual(['UNCLASSIFIED', 'RESTRICTED']);
  });
});
