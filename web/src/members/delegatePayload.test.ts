import { describe, expect, it } from 'vitest';
import type { Delegate } from '../api/types';
import { delegatePayload, delegateValues } from './delegatePayload';

const delegate: Delegate = {
  id: 'd1', state: 'EG', fullName: 'Omar Example', position: 'Delegate', email: 'omar@example.eg', phone: null, withheld: [], actions: ['update'],
};

describe('delegatePayload', () => {
  it('sends every field of a new delegate, trimmed, with empty contacts as null', () => {
    expect(delegatePayload({ fullName: ' Salma ', position: 'Liaison', email: '', phone: ' +20 2 0000 ' })).toEqual({
      fullName: 'Salma', position: 'Liaison', email: null, phone: '+20 2 0000',
    });
  });

  it('sends only what changed in an edit', () => {
    const values = { ...delegateValues(delegate), position: 'Head of delegation' };
    expect(delegatePayload(values, delegate)).toEqual({ position: 'Head of delegation' });
  });

  it('clears a contact field with null, and sends nothing when nothing changed', () => {
    expect(delegatePayload({ ...delegateValues(delegate), email: '  ' }, delegate)).toEqual({ email: null });
    expect(delegatePayload(delegateValues(delegate), delegate)).toEqual({});
  });

  it('leaves a withheld field alone when it is left empty', () => {
    const hidden: Delegate = { ...delegate, email: undefined, withheld: ['email', 'phone'] };
    expect(delegateValues(hidden).email).toBe('');
    expect(delegatePayload({ ...delegateValues(hidden), fullName: 'Omar B. Example' }, hidden)).toEqual({ fullName: 'Omar B. Example' });
  });
});
