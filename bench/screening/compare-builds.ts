// Two builds of the matching library in one process, screening the same slices of the throughput
// mix in alternating order, so both meet the same machine: on a shared machine whose speed drifts by
// a third within minutes, separate runs cannot tell a 10 % change from noise, this can.
//   git worktree add /tmp/before <commit>
//   BEFORE=/tmp/before/server/domains/finance/matching node --import tsx bench/screening/compare-builds.ts
// AFTER defaults to this tree's library. Run it once more with the two swapped: the index built
// second lands elsewhere in memory, which moves the ratio by a few per cent.
// Both builds must be checkouts (a git worktree): see two-builds.ts.
import type { ScreeningQuery } from '../../server/domains/finance/matching/index.js';
import { loadOfac, loadUn } from './load-lists.js';
import { throughputMix } from './mix.js';
import { loadTwoBuilds } from './two-builds.js';

const builds = await loadTwoBuilds('compare-builds');
const QUERIES = Number(process.env.QUERIES ?? 30000);
const SLICE = 500;
const WARM_UP = 2000;

const designations = [...loadUn(), ...loadOfac()];
const indexes = [builds[0](designations), builds[1](designations)] as const;

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
