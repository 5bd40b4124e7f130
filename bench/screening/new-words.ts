// Where a fresh process's time goes on the throughput mix: the searches of words never seen before
// (a match list not yet kept), by the number of consonants in the word's skeleton, against the rest
// of the pipeline. The library is not changed: its word search and match cache are wrapped here to
// time each search (search-watch.ts), so the stream runs a little slower than throughput.ts.
//   node --import tsx bench/screening/new-words.ts
import { buildIndex } from '../../server/domains/finance/matching/index.js';
import { QuerySimilarity } from '../../server/domains/finance/matching/query-similarity.js';
import { loadOfac, loadUn } from './load-lists.js';
import { throughputMix } from './mix.js';
import { watchSearches } from './search-watch.js';

const QUERIES = 30000;
const WARM_UP = 2000;

let recording = false;
/** Per consonant count (6 = six or more): searches, milliseconds. */
const bySize = new Map<number, [number, number]>();
const totals = { newWords: 0, newWordMs: 0, joinedMs: 0, keptMs: 0 };
watchSearches((_, unit, ms, wasNew) => {
  if (!recording) return;
  if (unit.joined) totals.joinedMs += ms;
  else if (wasNew) {
    totals.newWords++;
    totals.newWordMs += ms;
    const size = Math.min(unit.left.skel.length, 6);
    const row = bySize.get(size) ?? [0, 0];
    row[0]++;
    row[1] += ms;
    bySize.set(size, row);
  } else totals.keptMs += ms;
});

const designations = [...loadUn(), ...loadOfac()];
const index = buildIndex(designations);
const queries = throughputMix(QUERIES);
for (const q of queries.slice(0, WARM_UP)) index.screen(q);
recording = true;
const t0 = performance.now();
for (const q of queries) index.screen(q);
const totalMs = performance.now() - t0;
recording = false;

const pct = (ms: number): string => `${((100 * ms) / totalMs).toFixed(1)} %`;
console.log(`stream: ${QUERIES.toLocaleString('en')} names in ${(totalMs / 1000).toFixed(2)} s (${Math.round((QUERIES * 1000) / totalMs).toLocaleString('en')} names/s, timed)`);
console.log('consonants  new words  µs each  share of the stream');
for (const size of [...bySize.keys()].sort((a, b) => a - b)) {
  const [n, ms] = bySize.get(size)!;
  console.log(`${(size === 6 ? '6+' : String(size)).padStart(10)}  ${String(n).padStart(9)}  ${((ms * 1000) / n).toFixed(1).padStart(7)}  ${pct(ms).padStart(8)}`);
}
console.log(`joined pairs searched (never kept when empty): ${pct(totals.joinedMs)}; lists already kept: ${pct(totals.keptMs)}`);

// The weighted key distance alone: the pairs a fresh index computes for the first 12,000 names of
// the mix (collected in a run of their own, so the stream above is not slowed), computed again in a loop.
type KeyAtLeast = QuerySimilarity['keyAtLeast'];
const keyAtLeast = QuerySimilarity.prototype.keyAtLeast;
const pairs: { query: string; codes: Uint8Array; vowelless: boolean; min: number }[] = [];
const letters = (codes: Uint8Array): string => String.fromCharCode(...Array.from(codes, (c) => c + 97));
QuerySimilarity.prototype.keyAtLeast = function (this: QuerySimilarity, ...args: Parameters<KeyAtLeast>) {
  const [codes, start, end, vowelless, min] = args;
  pairs.push({ query: letters((this as unknown as { key: Uint8Array }).key), codes: codes.slice(start, end), vowelless, min });
  return keyAtLeast.apply(this, args);
};
const second = buildIndex(designations);
for (const q of queries.slice(0, 12000)) second.screen(q);
QuerySimilarity.prototype.keyAtLeast = keyAtLeast;
const similarity = new QuerySimilarity('', '');
let perPair = Infinity;
for (let round = 0; round < 3; round++) {
  let last = '';
  const t1 = performance.now();
  for (const pair of pairs) {
    if (pair.query !== last) similarity.set((last = pair.query), pair.query);
    similarity.keyAtLeast(pair.codes, 0, pair.codes.length, pair.vowelless, pair.min);
  }
  perPair = Math.min(perPair, ((performance.now() - t1) * 1000) / pairs.length);
}
console.log(`key distance alone: ${perPair.toFixed(2)} µs a pair over ${pairs.length.toLocaleString('en')} pairs of the first 12,000 names (best of three loops)`);
const rest = totalMs - totals.newWordMs;
console.log(
  `new words: ${totals.newWords.toLocaleString('en')} searched (${(totals.newWords / QUERIES).toFixed(2)} a name), ${((totals.newWordMs * 1000) / totals.newWords).toFixed(0)} µs each, ${pct(totals.newWordMs)} of the stream; the rest alone would run ${Math.round((QUERIES * 1000) / rest).toLocaleString('en')} names/s`,
);
