import type { Queryable } from '../../platform/db/database.js';
import type { SqlFragment } from '../../platform/access/condition.js';

export interface DocumentRow {
  id: string;
  originator: string;
  title: string;
  language: string;
  kind: 'strategy' | 'action-plan' | 'typology' | 'guidance' | 'other';
  summary: string;
  body: string;
  classification: string;
  rel_to: string[];
  compartments: string[];
  tlp: string;
  created_at: Date;
}

const COLUMNS = 'id, originator, title, language, kind, summary, classification, rel_to, compartments, tlp, created_at';

export async function listDocuments(db: Queryable, visible: SqlFragment): Promise<DocumentRow[]> {
  return db.query<DocumentRow>(`SELECT ${COLUMNS}, '' AS body FROM ctf_documents WHERE ${visible.sql} ORDER BY created_at DESC`, visible.params);
}

export async function findDocument(db: Queryable, id: string): Promise<DocumentRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await db.query<DocumentRow>(`SELECT ${COLUMNS}, body FROM ctf_documents WHERE id = $1`, [id]);
  return row;
}

export async function insertDocument(db: Queryable, row: Omit<DocumentRow, 'id' | 'created_at' | 'compartments'> & { created_by: string }): Promise<DocumentRow> {
  const [created] = await db.query<DocumentRow>(
    `INSERT INTO ctf_documents (originator, title, language, kind, summary, body, classification, rel_to, tlp, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}, body`,
    [row.originator, row.title, row.language, row.kind, row.summary, row.body, row.classification, row.rel_to, row.tlp, row.created_by],
  );
  return created;
}

export async function deleteDocument(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM ctf_documents WHERE id = $1', [id]);
}
