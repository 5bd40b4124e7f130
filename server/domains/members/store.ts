import type { Queryable } from '../../platform/db/database.js';
import type { SqlFragment } from '../../platform/access/condition.js';

export interface StateRow {
  code: string;
  iso_numeric: string;
  name_ar: string;
  name_en: string;
  name_fr: string;
  joined_on: string | null;
  delegate_count?: number;
}

export interface DelegateRow {
  id: string;
  state_code: string;
  full_name: string;
  position: string;
  email: string | null;
  phone: string | null;
}

export async function listStates(db: Queryable, visibleDelegates: SqlFragment): Promise<StateRow[]> {
  // Counts only the delegates the caller may see, so the number never leaks what the list hides;
  // when the caller may see none (the public), there is nothing to count.
  const count = visibleDelegates.sql === 'FALSE'
    ? '0'
    : `(SELECT count(*)::int FROM delegates d WHERE d.state_code = s.code AND ${visibleDelegates.sql})`;
  return db.query<StateRow>(
    `SELECT s.code, s.iso_numeric, s.name_ar, s.name_en, s.name_fr, ${count} AS delegate_count
     FROM states s ORDER BY s.code`,
    visibleDelegates.params,
  );
}

export async function findState(db: Queryable, code: string): Promise<StateRow | undefined> {
  const [row] = await db.query<StateRow>(
    `SELECT code, iso_numeric, name_ar, name_en, name_fr, to_char(joined_on, 'YYYY-MM-DD') AS joined_on
     FROM states WHERE code = $1`,
    [code],
  );
  return row;
}

export async function updateState(
  db: Queryable,
  code: string,
  changes: { name?: { ar: string; en: string; fr: string }; joinedOn?: string | null },
): Promise<void> {
  await db.query(
    `UPDATE states SET
       name_ar = COALESCE($2, name_ar), name_en = COALESCE($3, name_en), name_fr = COALESCE($4, name_fr),
       joined_on = CASE WHEN $5::boolean THEN $6::date ELSE joined_on END, updated_at = now()
     WHERE code = $1`,
    [code, changes.name?.ar ?? null, changes.name?.en ?? null, changes.name?.fr ?? null,
      changes.joinedOn !== undefined, changes.joinedOn ?? null],
  );
}

/** Delegates of one state within what the caller may read (`visible` numbered from $2). */
export async function listDelegates(db: Queryable, state: string, visible: SqlFragment): Promise<DelegateRow[]> {
  return db.query<DelegateRow>(
    `SELECT id, state_code, full_name, position, email, phone FROM delegates
     WHERE state_code = $1 AND ${visible.sql} ORDER BY full_name`,
    [state, ...visible.params],
  );
}

export async function findDelegate(db: Queryable, id: string): Promise<DelegateRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await db.query<DelegateRow>(
    'SELECT id, state_code, full_name, position, email, phone FROM delegates WHERE id = $1',
    [id],
  );
  return row;
}

export async function insertDelegate(db: Queryable, row: Omit<DelegateRow, 'id'>): Promise<DelegateRow> {
  const [created] = await db.query<DelegateRow>(
    `INSERT INTO delegates (state_code, full_name, position, email, phone) VALUES ($1, $2, $3, $4, $5)
     RETURNING id, state_code, full_name, position, email, phone`,
    [row.state_code, row.full_name, row.position, row.email, row.phone],
  );
  return created;
}

export async function updateDelegate(db: Queryable, row: DelegateRow): Promise<DelegateRow> {
  const [updated] = await db.query<DelegateRow>(
    `UPDATE delegates SET full_name = $2, position = $3, email = $4, phone = $5, updated_at = now() WHERE id = $1
     RETURNING id, state_code, full_name, position, email, phone`,
    [row.id, row.full_name, row.position, row.email, row.phone],
  );
  return updated;
}

export async function deleteDelegate(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM delegates WHERE id = $1', [id]);
}
