import { describe, expect, it } from 'vitest';
import type { User } from '../api/types';
import { userChanges } from './userChanges';

const user: User = {
  id: 'u1', email: 'a@eg.test', displayName: 'Amal', state: 'EG', roles: ['officer', 'viewer'], clearance: 'RESTRICTED',
  language: 'ar', totpEnabled: false, locked: false, disabled: false,
};
const same = { displayName: 'Amal', roles: ['viewer', 'officer'] as User['roles'], clearance: 'RESTRICTED' as const, disabled: false };

describe('userChanges', () => {
  it('is empty when nothing changed (role order does not matter)', () => {
    expect(userChanges(user, same)).toEqual({});
  });

  it('carries only the changed fields', () => {
    expect(userChanges(user, { ...same, displayName: ' Amal H. ', disabled: true })).toEqual({ displayName: 'Amal H.', disabled: true });
    expect(userChanges(user, { ...same, roles: ['officer'] })).toEqual({ roles: ['officer'] });
    expect(userChanges(user, { ...same, roles: ['officer', 'analyst'] })).toEqual({ roles: ['officer', 'analyst'] });
    expect(userChanges(user, { ...same, clearance: 'CONFIDENTIAL' })).toEqual({ clearance: 'CONFIDENTIAL' });
  });
});
