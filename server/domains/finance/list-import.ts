import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../platform/db/database.js';
import { appendAudit, type AuditActor } from '../../platform/audit/audit-log.js';
import type { Designation, ListSource } from './designation.js';
import { parseEuXml, parseOfac, parseUnXml } from './lists/index.js';
import { diffVersions, insertListVersion, previousVersion, type ListVersionRow, type VersionDiff } from './list-store.js';

export interface ListFiles {
  /** The list file: UN or EU XML, or OFAC's sdn.csv. */
  main: string;
  /** OFAC only: alt.csv and add.csv. */
  alt?: string;
  add?: string;
}

export type ImportPhase = 'parse' | 'store';
export type ImportProgress = (phase: ImportPhase, done: number, total: number) => void;

export interface ImportResult {
  version: ListVersionRow;
  diff: VersionDiff;
  unchanged: boolean;
}

function sha256OfFiles(files: string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(fs.readFileSync(file));
  return hash.digest('hex');
}

export async function parseListFiles(source: ListSource, files: ListFiles, onProgress?: ImportProgress): Promise<Designation[]> {
  const progress = (done: number, total: number) => onProgress?.('parse', done, total);
  if (source === 'un') return parseUnXml(files.main, { onProgress: progress });
  if (source === 'eu') return parseEuXml(files.main, { onProgress: progress });
  return parseOfac({ sdn: files.main, alt: files.alt, add: files.add }, { onProgress: progress });
}

/**
 * Parses the whole file first, then stores it as a new version in one transaction: a file that does
 * not parse changes nothing, and a failure while storing rolls the whole version back.
 */
export async function importList(
  db: Database,
  source: ListSource,
  files: ListFiles,
  actor: AuditActor,
  onProgress?: ImportProgress,
): Promise<ImportResult> {
  const designations = await parseListFiles(source, files, onProgress);
  const fileList = [files.main, files.alt, files.add].filter((f): f is string => Boolean(f));
  const file = { name: fileList.map((f) => path.basename(f)).join('+'), sha256: sha256OfFiles(fileList) };
  return db.transaction(async (tx) => {
    const version = await insertListVersion(tx, source, file, designations, actor.email ?? 'unknown', (done, total) =>
      onProgress?.('store', done, total),
    );
    const before = await previousVersion(tx, version);
    const diff = await diffVersions(tx, before ? Number(before.id) : null, Number(version.id));
    await appendAudit(tx, {
      actor, action: 'sanctions-list.imported', targetType: 'sanctionListVersion', targetId: String(version.id),
      details: { source, file: file.name, entries: designations.length, added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length },
    });
    return { version, diff, unchanged: diff.added.length + diff.removed.length + diff.changed.length === 0 };
  });
}
