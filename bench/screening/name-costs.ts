// What the names of a fresh stream cost, one by one: the stream of throughput.ts (after the same
// warm-up), each name timed, grouped by how many of its words were searched for the first time (their
// match lists not yet kept) and by the script the name is written in. The library is not changed: its
// word search is wrapped to count those searches (search-watch.ts, ~0.1 µs a call).
//   node --import tsx bench/screening/name-costs.ts
import { buildIndex } from '../../server/domains/finance/matching/index.js';
import { loadOfac, loadUn } from './load-lists.js';
import { throughputMix } from './mix.js';
import { watchSearches } from './search-watch.js';

const QUERIES = 30000;
const WARM_UP = 2000;

let newWords = 0;
watchSearches((_, unit, __, wasNew) => {
  if (wasNew && !unit.joined) newWords++;
});

/** The script of a name, by its first letter outside Latin (Latin when there is none). */
function scriptOf(name: string): string {
  for (const ch of name) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x0600 && c <= 0x06ff) return 'Arabic';
    if (c >= 0x0400 && c <= 0x04ff) return 'Cyrillic';
    if (c >= 0x0900 && c <= 0x097f) return 'Devanagari';
    if (c >= 0x0e00 && c <= 0x0e7f) return 'Thai';
    if (c >= 0xac00 && c <= 0xd7af) return 'Hangul';
    if (c >= 0x4e00 && c <= 0x9fff) return 'Han';
  }
  return 'Latin';
}

const index = buildIndex([...loadUn(), ...loadOfac()]);
const queries = throughputMix(QUERIES);
for (const q of queries.slice(0, WARM_UP)) index.screen(q);

interface Group {
  names: number;
  ms: number;
  searches: number;
}
const byNewWords = new Map<number, Group>();
const byScript = new Map<string, Group>();
const add = (groups: Map<number | string, Group>, key: number | string, ms: number, searches: number): void => {
  const g = groups.get(key) ?? { names: 0, ms: 0, searches: 0 };
  g.names++;
  g.ms += ms;
  g.searches += searches;
  groups.set(key, g);
};
let totalMs = 0;
for (const q of queries) {
  const before = newWords;
  const t0 = performance.now();
  index.screen(q);
  const ms = performance.now() - t0;
  totalMs += ms;
  const searches = newWords - before;
  add(byNewWords as Map<number | string, Group>, Math.min(searches, 3), ms, searches);
  add(byScript as Map<number | string, Group>, scriptOf(q.name), ms, searches);
}

const row = (label: string, g: Group): string =>
  `${label.padEnd(12)} ${String(g.names).padStart(6)}  ${((g.ms * 1000) / g.names).toFixed(1).padStart(7)}  ${((100 * g.ms) / totalMs).toFixed(1).padStart(5)} %  ${(g.searches / g.names).toFixed(2).padStart(5)}`;
console.log(`stream: ${QUERIES.toLocaleString('en')} names, ${Math.round((QUERIES * 1000) / totalMs).toLocaleString('en')} names/s (timed one by one)`);
console.log('new words     names  µs each  share  new words a name');
for (const k of [0, 1, 2, 3]) if (byNewWords.has(k)) console.log(row(k === 3 ? '3 or more' : String(k), byNewWords.get(k)!));
console.log('script        names  µs each  share  new words a name');
for (const [script, g] of [...byScript].sort((a, b) => b[1].ms - a[1].ms)) console.log(row(script, g));
const none = byNewWords.get(0)!;
console.log(
  `names with no new word: ${((none.ms * 1000) / none.names).toFixed(0)} µs each, ${((100 * none.ms) / totalMs).toFixed(1)} % of the stream; with new words: ${(((totalMs - none.ms) * 1000) / (QUERIES - none.names)).toFixed(0)} µs each, ${((100 * (totalMs - none.ms)) / totalMs).toFixed(1)} %`,
);
