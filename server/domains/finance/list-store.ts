import type { Queryable } from '../../platform/db/database.js';
import type { Designation, ListSource } from './designation.js';
import { designationFingerprint } from './fingerprint.js';

export interface ListVersionRow {
  id: number;
  source: ListSource;
  file_name: string;
  file_sha256: string;
  entry_count: number;
  name_count: number;
  imported_by: string;
  imported_at: Date;
}

const CHUNK = 2000;

/** Stores a whole list as a new version; set-based inserts in chunks of a few thousand rows. */
export async function insertListVersion(
  tx: Queryable,
  source: ListSource,
  file: { name: string; sha256: string },
  designations: Designation[],
  importedBy: string,
  onProgress?: (done: number, total: number) => void,
): Promise<ListVersionRow> {
  const nameCount = designations.reduce((n, d) => n + d.names.length, 0);
  const [version] = await tx.query<ListVersionRow>(
    `INSERT INTO sanction_list_versions (source, file_name, file_sha256, entry_count, name_count, imported_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
    [source, file.name, file.sha256, designations.length, nameCount, importedBy],
  );
  for (let start = 0; start < designations.length; start += CHUNK) {
    const chunk = designations.slice(start, start + CHUNK);
    await tx.query(
      `INSERT INTO sanction_entries (version_id, designation_id, kind, primary_name, fingerprint, data)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[])`,
      [
        version.id,
        chunk.map((d) => d.id),
        chunk.map((d) => d.kind),
        chunk.map((d) => d.names.find((n) => n.kind === 'primary')?.text ?? d.names[0]?.text ?? ''),
        chunk.map(designationFingerprint),
        chunk.map((d) => JSON.stringify(d)),
      ],
    );
    onProgress?.(Math.min(start + CHUNK, designations.length), designations.length);
  }
  return version;
}

export async function listVersions(db: Queryable, source?: ListSource): Promise<ListVersionRow[]> {
  return db.query<ListVersionRow>(
    `SELECT * FROM sanction_list_versions WHERE ($1::text IS NULL OR source = $1) ORDER BY id DESC`,
    [source ?? null],
  );
}

export async function findVersion(db: Queryable, id: number): Promise<ListVersionRow | undefined> {
  const [row] = await db.query<ListVersionRow>('SELECT * FROM sanction_list_versions WHERE id = $1', [id]);
  return row;
}

/** The newest version of each source: what screening runs against. */
export async function latestVersions(db: Queryable): Promise<ListVersionRow[]> {
  return db.query<ListVersionRow>(
    `SELECT DISTINCT ON (source) * FROM sanction_list_versions ORDER BY source, id DESC`,
  );
}

export async function previousVersion(db: Queryable, version: ListVersionRow): Promise<ListVersionRow | undefined> {
  const [row] = await db.query<ListVersionRow>(
    'SELECT * FROM sanction_list_versions WHERE source = $1 AND id < $2 ORDER BY id DESC LIMIT 1',
    [version.source, version.id],
  );
  return row;
}

export async function loadDesignations(db: Queryable, versionIds: number[]): Promise<Array<Designation & { versionId: number; fingerprint: string }>> {
  const rows = await db.query<{ version_id: number; fingerprint: string; data: Designation | string }>(
    'SELECT version_id, fingerprint, data FROM sanction_entries WHERE version_id = ANY($1::bigint[]) ORDER BY version_id, designation_id',
    [versionIds],
  );
  return rows.map((row) => ({
    ...(typeof row.data === 'string' ? (JSON.parse(row.data) as Designation) : row.data),
    versionId: Number(row.version_id),
    fingerprint: row.fingerprint,
  }));
}

export interface VersionDiff {
  added: Array<{ id: string; name: string }>;
  removed: Array<{ id: string; name: string }>;
  changed: Array<{ id: string; name: string; before: Designation; after: Designation }>;
}

/** What changed between two versions of one list, computed by the database in one pass. */
export async function diffVersions(db: Queryable, fromId: number | null, toId: number): Promise<VersionDiff> {
  const rows = await db.query<{ change: string; id: string; name: string; before: Designation | null; after: Designation | null }>(
    `SELECT CASE WHEN a.designation_id IS NULL THEN 'added' WHEN b.designation_id IS NULL THEN 'removed' ELSE 'changed' END AS change,
            COALESCE(b.designation_id, a.designation_id) AS id,
            COALESCE(b.primary_name, a.primary_name) AS name,
            CASE WHEN a.designation_id IS NOT NULL AND b.designation_id IS NOT NULL THEN a.data END AS before,
            CASE WHEN a.designation_id IS NOT NULL AND b.designation_id IS NOT NULL THEN b.data END AS after
     FROM (SELECT * FROM sanction_entries WHERE version_id = $1) a
     FULL OUTER JOIN (SELECT * FROM sanction_entries WHERE version_id = $2) b ON a.designation_id = b.designation_id
     WHERE a.designation_id IS NULL OR b.designation_id IS NULL OR a.fingerprint <> b.fingerprint
     ORDER BY 1, 2`,
    [fromId ?? -1, toId],
  );
  const parse = (v: Designation | string | null) => (typeof v === 'string' ? (JSON.parse(v) as Designation) : v);
  const diff: VersionDiff = { added: [], removed: [], changed: [] };
  for (const row of rows) {
    if (row.change === 'changed') diff.changed.push({ id: row.id, name: row.name, before: parse(row.before)!, after: parse(row.after)! });
    else diff[row.change as 'added' | 'removed'].push({ id: row.id, name: row.name });
  }
  return diff;
}

export async function findDesignation(db: Queryable, versionId: number, designationId: string): Promise<Designation | undefined> {
  const [row] = await db.query<{ data: Designation | string }>(
    'SELECT data FROM sanction_entries WHERE version_id = $1 AND designation_id = $2',
    [versionId, designationId],
  );
  if (!row) return undefined;
  return typeof row.data === 'string' ? (JSON.parse(row.data) as Designation) : row.data;
}
