import type { Database } from '../../platform/db/database.js';
import type { Caller } from '../../platform/access/principal.js';
import { authorize } from '../../platform/access/guard.js';
import { appendAudit } from '../../platform/audit/audit-log.js';
import { AppError } from '../../platform/http/errors.js';
import { actorOf } from '../../platform/http/route-deps.js';
import {
  deleteDelegate, findDelegate, findState, insertDelegate, updateDelegate, updateState, type DelegateRow,
} from './store.js';

async function stateOrNotFound(db: Database, code: string) {
  const state = await findState(db, code);
  if (!state) throw new AppError(404, 'notFound');
  return state;
}

export async function editState(
  db: Database, caller: Caller, code: string,
  changes: { name?: { ar: string; en: string; fr: string }; joinedOn?: string | null }, requestId: string,
) {
  const state = await stateOrNotFound(db, code);
  authorize(caller, 'member', 'update', state);
  await db.transaction(async (tx) => {
    await updateState(tx, code, changes);
    await appendAudit(tx, {
      actor: actorOf(caller), action: 'member.updated', targetType: 'member', targetId: code, requestId,
      details: { fields: Object.keys(changes) },
    });
  });
}

export interface DelegateInput {
  fullName?: string;
  position?: string;
  email?: string | null;
  phone?: string | null;
}

export async function addDelegate(db: Database, caller: Caller, state: string, input: Required<Pick<DelegateInput, 'fullName' | 'position'>> & DelegateInput, requestId: string) {
  await stateOrNotFound(db, state);
  const row = { state_code: state, full_name: input.fullName, position: input.position, email: input.email ?? null, phone: input.phone ?? null };
  authorize(caller, 'delegate', 'create', row, { hideIfUnreadable: false });
  return db.transaction(async (tx) => {
    const created = await insertDelegate(tx, row);
    await appendAudit(tx, { actor: actorOf(caller), action: 'delegate.created', targetType: 'delegate', targetId: created.id, requestId, details: { state } });
    return created;
  });
}

export async function editDelegate(db: Database, caller: Caller, id: string, input: DelegateInput, requestId: string): Promise<DelegateRow> {
  const current = await findDelegate(db, id);
  if (!current) throw new AppError(404, 'notFound');
  authorize(caller, 'delegate', 'update', current);
  const next: DelegateRow = {
    ...current,
    full_name: input.fullName ?? current.full_name,
    position: input.position ?? current.position,
    email: input.email !== undefined ? input.email : current.email,
    phone: input.phone !== undefined ? input.phone : current.phone,
  };
  return db.transaction(async (tx) => {
    const updated = await updateDelegate(tx, next);
    await appendAudit(tx, { actor: actorOf(caller), action: 'delegate.updated', targetType: 'delegate', targetId: id, requestId, details: { fields: Object.keys(input) } });
    return updated;
  });
}

export async function removeDelegate(db: Database, caller: Caller, id: string, requestId: string): Promise<void> {
  const current = await findDelegate(db, id);
  if (!current) throw new AppError(404, 'notFound');
  authorize(caller, 'delegate', 'delete', current);
  await db.transaction(async (tx) => {
    await deleteDelegate(tx, id);
    await appendAudit(tx, { actor: actorOf(caller), action: 'delegate.deleted', targetType: 'delegate', targetId: id, requestId, details: { state: current.state_code } });
  });
}
