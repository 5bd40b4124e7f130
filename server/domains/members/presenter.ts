import type { Caller } from '../../platform/access/principal.js';
import { can, withheldFields } from '../../platform/access/policy.js';
import type { DelegateRow, StateRow } from './store.js';

export function presentState(row: StateRow) {
  return {
    code: row.code,
    isoNumeric: row.iso_numeric,
    name: { ar: row.name_ar, en: row.name_en, fr: row.name_fr },
    delegateCount: row.delegate_count ?? 0,
  };
}

/** Removes the contact fields the caller may not see and says which they are. */
export function presentDelegate(caller: Caller, row: DelegateRow) {
  const withheld = withheldFields(caller, 'delegate', row);
  const view: Record<string, unknown> = {
    id: row.id,
    state: row.state_code,
    fullName: row.full_name,
    position: row.position,
    email: row.email,
    phone: row.phone,
  };
  for (const field of withheld) delete view[field];
  const actions = (['update', 'delete'] as const).filter((action) => can(caller, 'delegate', action, row));
  return { ...view, withheld, actions } as {
    id: string; state: string; fullName: string; position: string; email?: string | null; phone?: string | null;
    withheld: string[]; actions: Array<'update' | 'delete'>;
  };
}

/** The actions a member page offers this caller. */
export function memberActions(caller: Caller, state: StateRow): Array<'update' | 'addDelegate'> {
  const actions: Array<'update' | 'addDelegate'> = [];
  if (can(caller, 'member', 'update', state)) actions.push('update');
  if (can(caller, 'delegate', 'create', { state_code: state.code })) actions.push('addDelegate');
  return actions;
}
