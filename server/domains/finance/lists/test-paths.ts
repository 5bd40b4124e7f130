import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A fixture shipped beside the tests. */
export function fixture(name: string): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', name);
}

/** A real list copy under /work/shared/data/sanctions, resolved from the project root. */
export function realFile(relative: string): string {
  return path.resolve(process.cwd(), '../shared/data/sanctions', relative);
}
