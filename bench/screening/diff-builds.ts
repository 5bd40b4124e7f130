// Whether two builds of the matching library give the same results: both screen the throughput mix
// against the real index and against the index at four times its size (large-lists.ts), at a
// threshold below the default so that near misses count too, and every result (scores,
// explanations) is compared as JSON. Use it with compare-builds.ts for a change meant to be faster
// or smaller without changing any result.
//   git worktree add /tmp/before <commit>
//   BEFORE=/tmp/before/server/domains/finance/matching node --import tsx bench/screening/diff-builds.ts
import { largeLists } from './large-lists.js';
import { loadOfac, loadUn } from './load-lists.js';
import { throughputMix } from './mix.js';
import { loadTwoBuilds } from './two-builds.js';

const builds = await loadTwoBuilds('diff-builds');
const real = [...loadUn(), ...loadOfac()];
const queries = throughputMix(Number(process.env.QUERIES ?? 32000));
const THRESHOLD = 0.7;

let differing = 0;
for (const [label, designations] of [['UN + OFAC', real], ['four times the size', largeLists(real)]] as const) {
  const [a, b] = builds.map((build) => build(designations));
  let differ = 0;
  let candidates = 0;
  for (const q of queries) {
    const x = a!.screen(q, { threshold: THRESHOLD });
    const y = b!.screen(q, { threshold: THRESHOLD });
    candidates += y.length;
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    if (differ++ < 3) console.log(`differs: ${q.name}\n  before ${JSON.stringify(x.map((c) => [c.designation.id, c.score]))}\n  after  ${JSON.stringify(y.map((c) => [c.designation.id, c.score]))}`);
  }
  console.log(`${label}: ${a!.stats().nameStrings.toLocaleString('en')} name strings, ${candidates.toLocaleString('en')} candidates at ${THRESHOLD}, ${differ} of ${queries.length.toLocaleString('en')} results differ`);
  differing += differ;
}
console.log(`diff-builds: ${differing} of ${(2 * queries.length).toLocaleString('en')} results differ between the two builds`);
