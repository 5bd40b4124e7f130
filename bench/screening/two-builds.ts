// The two builds of the matching library that compare-builds.ts and diff-builds.ts set against each
// other: BEFORE (required) and AFTER (this tree's by default), each a matching folder of a checkout.
// Both must be checkouts (a git worktree), not copied folders: without the package.json that says
// "type": "module", tsx loads a copy as CommonJS, whose calls between modules go through module
// objects, and the same code screened 17–25 % slower that way (eight runs).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Designation } from '../../server/domains/finance/designation.js';
import type { NameIndex } from '../../server/domains/finance/matching/index.js';

export type Build = (designations: Designation[]) => NameIndex;

/** Whether the nearest package.json above `dir` makes its .ts files ES modules. */
function loadsAsEsm(dir: string): boolean {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const file = join(d, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { type?: string }).type === 'module';
    if (dirname(d) === d) return false;
  }
}

/** buildIndex of BEFORE and of AFTER; exits with a message naming `script` when either cannot be used. */
export async function loadTwoBuilds(script: string): Promise<readonly [Build, Build]> {
  const before = process.env.BEFORE;
  const after = process.env.AFTER ?? resolve(fileURLToPath(new URL('.', import.meta.url)), '../../server/domains/finance/matching');
  if (!before) {
    console.error(`${script}: set BEFORE to the matching folder of the other build (see the comment at the top)`);
    process.exit(2);
  }
  for (const dir of [before, after]) {
    if (!loadsAsEsm(dir)) {
      console.error(`${script}: ${dir} has no package.json with "type": "module" above it, so it would load as CommonJS and run slower; use a git worktree (see two-builds.ts)`);
      process.exit(2);
    }
  }
  const load = async (dir: string): Promise<Build> => ((await import(resolve(dir, 'index.ts'))) as { buildIndex: Build }).buildIndex;
  return [await load(before), await load(after)] as const;
}
