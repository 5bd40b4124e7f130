// Whether a new word's search is slow in itself or because the rest of the pipeline evicts what it
// reads: the single-word searches of a fresh stream (the throughput mix after its warm-up) are
// timed in the stream, then the same words are searched back to back on a fresh index, once more
// with its match lists forgotten, and the first few hundred again and again (all they read in cache).
// The library is not changed: its word search is wrapped to collect the words (search-watch.ts).
//   node --import tsx bench/screening/search-alone.ts
import { buildIndex } from '../../server/domains/finance/matching/index.js';
import { MatchCache } from '../../server/domains/finance/matching/match-cache.js';
import type { PartMatcher, QueryUnit } from '../../server/domains/finance/matching/part-matcher.js';
import { loadOfac, loadUn } from './load-lists.js';
import { throughputMix } from './mix.js';
import { watchSearches } from './search-watch.js';

const QUERIES = 30000;
const WARM_UP = 2000;
/** Words searched first on the fresh index, untimed, so that its code is compiled as in the stream. */
const JIT_WORDS = 500;
/** Words searched again and again for the in-cache figure. */
const FEW = 300;

let recording = false;
let matcher: PartMatcher | undefined;
const words: QueryUnit[] = [];
let streamMs = 0;
const search = watchSearches((searcher, unit, ms, wasNew) => {
  matcher = searcher;
  if (recording && !unit.joined && wasNew) {
    words.push({ token: unit.left, left: unit.left, right: undefined, joined: false });
    streamMs += ms;
  }
});

const designations = [...loadUn(), ...loadOfac()];
const index = buildIndex(designations);
// The stream of throughput.ts: a warm-up on the first names, then all of them.
const queries = throughputMix(QUERIES);
for (const q of queries.slice(0, WARM_UP)) index.screen(q);
recording = true;
for (const q of queries) index.screen(q);
recording = false;
const inStream = (1000 * streamMs) / words.length;

const streamMatcher = matcher;
const fresh = buildIndex(designations);
fresh.screen({ name: 'Omar Farouk' }); // sets `matcher` to the fresh index's
const alone = matcher!;
if (alone === streamMatcher) throw new Error('search-alone: the fresh index was not reached');
// Forget that name's lists (the cache is private: reached here for this measurement only), so that no timed word finds its list kept.
const forgetLists = (): void => {
  (alone as unknown as { cache: MatchCache }).cache = new MatchCache();
};
forgetLists();
const timed = words.slice(JIT_WORDS);
const backToBack = (): number => {
  const t0 = performance.now();
  for (const w of timed) search.call(alone, w);
  return (1000 * (performance.now() - t0)) / timed.length;
};
for (const w of words.slice(0, JIT_WORDS)) search.call(alone, w);
const freshUs = backToBack();
forgetLists();
const againUs = backToBack();
// A few hundred words again and again: what they read now stays in cache.
const few = timed.slice(0, FEW);
let fewUs = Infinity;
for (let round = 0; round < 10; round++) {
  forgetLists();
  const t0 = performance.now();
  for (const w of few) search.call(alone, w);
  fewUs = Math.min(fewUs, (1000 * (performance.now() - t0)) / few.length);
}
console.log(`${words.length.toLocaleString('en')} new words of the stream (${timed.length.toLocaleString('en')} timed back to back)`);
console.log(`new-word search: ${inStream.toFixed(1)} µs in the stream, ${freshUs.toFixed(1)} µs back to back on a fresh index, ${againUs.toFixed(1)} µs once more, ${fewUs.toFixed(1)} µs for ${FEW} of them again and again (best of ten rounds)`);
