// Two builds of the matching library in one process, screening the same slices of the throughput
// mix in alternating order, so both meet the same machine: on a shared machine whose speed drifts by
// a third within minutes, separate runs cannot tell a 10 % change from noise, this can.
//   git worktree add /tmp/before <commit>
//   BEFORE=/tmp/before/server/domains/finance/matching node --import tsx bench/screening/compare-builds.ts
// AFTER defaults to this tree's library. Run it once more with the two swapped: the index built
// second lands elsewhere in memory, which moves the ratio by a few per cent.
// Both builds must be checkouts (a worktree), not copied folders: without the package.json that says
// "type": "module", tsx loads a copy as CommonJS, whose calls between modules go through module
// objects, and the same code screened 17–25 % slower that way (eight runs). The script refuses such a folder.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NameIndex, ScreeningQuery } from '../../server/domains/finance/matching/index.js';
import { loadOfac, loadUn } from './load-lists.js';
import { throughputMix } from './mix.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const before = process.env.BEFORE;
const after = process.env.AFTER ?? resolve(here, '../../server/domains/finance/matching');
if (!before) {
  console.error('compare-builds: set BEFORE to the matching folder of the other build (see the comment at the top)');
  process.exit(2);
}
/** Whether the nearest package.json above `dir` makes its .ts files ES modules. */
function loadsAsEsm(dir: string): boolean {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const file = join(d, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { type?: string }).type === 'module';
    if (dirname(d) === d) return false;
  }
}
for (const dir of [before, after]) {
  if (!loadsAsEsm(dir)) {
    console.error(`compare-builds: ${dir} has no package.json with "type": "module" above it, so it would load as CommonJS and run slower; use a git worktree (see the comment at the top)`);
    process.exit(2);
  }
}
const QUERIES = Number(process.env.QUERIES ?? 30000);
const SLICE = 500;
const WARM_UP = 2000;

type Build = (designations: ReturnType<typeof loadUn>) => NameIndex;
const load = async (dir: string): Promise<Build> => ((await import(resolve(dir, 'index.ts'))) as { buildIndex: Build }).buildIndex;
const designations = [...loadUn(), ...loadOfac()];
const indexes = [(await load(before))(designations), (await load(after))(designations)] as const;

const queries: ScreeningQuery[] = throughputMix(QUERIES);

for (const q of queries.slice(0, WARM_UP)) for (const index of indexes) index.screen(q);
const ms = [0, 0];
for (let start = WARM_UP, k = 0; start < queries.length; start += SLICE, k++) {
  const slice = queries.slice(start, start + SLICE);
  for (const which of k % 2 === 0 ? [0, 1] : [1, 0]) {
    const t0 = performance.now();
    for (const q of slice) indexes[which]!.screen(q);
    ms[which] += performance.now() - t0;
  }
}
const screened = queries.length - WARM_UP;
const rate = (x: number): string => Math.round(screened / (x / 1000)).toLocaleString('en');
console.log(`compare-builds: after ${(ms[0]! / ms[1]!).toFixed(3)}x the names/s of before (${rate(ms[1]!)} vs ${rate(ms[0]!)} names/s, ${screened.toLocaleString('en')} names each, interleaved)`);
