// Screening in batches (as the CLI, the API and re-screening call the index: screenBatch) against
// screening the same names one by one (screen), on two fresh indexes in one process, slices of the
// throughput mix alternating which goes first: both paths share the tokeniser's word memo, so the
// one that meets a slice second tokenises remembered words, and alternating evens that out.
//   node --import tsx bench/screening/batch.ts        # BATCH=1000 by default, as the CLI
import { buildIndex, type Candidate } from '../../server/domains/finance/matching/index.js';
import { loadOfac, loadUn } from './load-lists.js';
import { throughputMix } from './mix.js';

const BATCH = Number(process.env.BATCH ?? 1000);
const QUERIES = 30000;
const WARM_UP = 2000;

const designations = [...loadUn(), ...loadOfac()];
const oneByOne = buildIndex(designations);
const batched = buildIndex(designations);
const queries = throughputMix(WARM_UP + QUERIES);
for (const q of queries.slice(0, WARM_UP)) oneByOne.screen(q);
batched.screenBatch(queries.slice(0, WARM_UP));

const ms = [0, 0];
const alone: Candidate[][] = [];
const together: Candidate[][] = [];
const stream = queries.slice(WARM_UP);
for (let start = 0, k = 0; start < stream.length; start += BATCH, k++) {
  const slice = stream.slice(start, start + BATCH);
  const runs = [
    () => {
      const t0 = performance.now();
      const out = slice.map((q) => oneByOne.screen(q));
      ms[0] += performance.now() - t0;
      alone.push(...out);
    },
    () => {
      const t0 = performance.now();
      const out = batched.screenBatch(slice);
      ms[1] += performance.now() - t0;
      together.push(...out);
    },
  ];
  if (k % 2 === 0) runs.forEach((run) => run());
  else [...runs].reverse().forEach((run) => run());
}
const differing = alone.filter((r, i) => JSON.stringify(r) !== JSON.stringify(together[i])).length;
const rate = (t: number): string => Math.round((stream.length * 1000) / t).toLocaleString('en');
console.log(`one by one: ${rate(ms[0]!)} names/s; in batches of ${BATCH.toLocaleString('en')}: ${rate(ms[1]!)} names/s`);
console.log(`batches of ${BATCH.toLocaleString('en')}: ${(ms[0]! / ms[1]!).toFixed(3)}× the speed of one by one, ${differing} of ${stream.length.toLocaleString('en')} results differing`);
