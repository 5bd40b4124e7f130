import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../platform/db/database.js';
import type { AuditActor } from '../../platform/audit/audit-log.js';
import { AppError } from '../../platform/http/errors.js';
import type { ListSource } from './designation.js';
import { importList, type ImportResult } from './list-import.js';
import { ImportError } from './lists/index.js';

export interface ListUpload {
  source: ListSource;
  content: string;
  altContent?: string;
  addContent?: string;
  fileName?: string;
}

const defaultNames: Record<ListSource, string> = { un: 'consolidated.xml', ofac: 'sdn.csv', eu: 'sanctions.xml' };

/** Imports a list sent through the API: the same path as the command line, through temporary files. */
export async function importListContent(db: Database, upload: ListUpload, actor: AuditActor): Promise<ImportResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tahaluf-list-'));
  try {
    const write = (name: string, content?: string) => {
      if (content === undefined) return undefined;
      const file = path.join(dir, path.basename(name));
      fs.writeFileSync(file, content);
      return file;
    };
    const main = write(upload.fileName ?? defaultNames[upload.source], upload.content)!;
    return await importList(db, upload.source, { main, alt: write('alt.csv', upload.altContent), add: write('add.csv', upload.addContent) }, actor);
  } catch (error) {
    if (error instanceof ImportError) throw new AppError(400, 'listImportFailed', [{ path: 'body.content', message: (error as Error).message }]);
    throw error;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
