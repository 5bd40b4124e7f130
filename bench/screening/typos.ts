// What the candidate filter loses on typed names: one random typo (a letter added, dropped, changed,
// or two adjacent letters swapped) in one word of each UN person's primary name, three times each,
// screened through the index and scored against every name of its designation with no index at all
// (exhaustive.ts), at threshold 0.8.
//   node --import tsx bench/screening/typos.ts
import { buildIndex } from '../../server/domains/finance/matching/index.js';
import { exhaustiveMatch } from './exhaustive.js';
import { loadOfac, loadUn } from './load-lists.js';

const THRESHOLD = 0.8;
const TYPOS_PER_NAME = 3;
// BENCH_SHOW_MISSES=all prints every lost name (default: the first 10), as in accuracy.ts.
const SHOW = process.env.BENCH_SHOW_MISSES === 'all' ? Infinity : 10;

// A fixed linear congruential sequence: every run screens the same typed names.
let seed = 12345;
const random = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The name with one typo in one of its Latin words of four letters or more (never the first or last letter), or the name itself. */
function typed(name: string): string {
  const words = name.split(' ');
  const w = random(words.length);
  const word = words[w]!;
  if (word.length < 4 || !/^[A-Za-z]+$/.test(word)) return name;
  const at = 1 + random(word.length - 2);
  const letter = LETTERS[random(26)]!;
  const kind = random(4);
  words[w] =
    kind === 0
      ? word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2)
      : kind === 1
        ? word.slice(0, at) + word.slice(at + 1)
        : kind === 2
          ? word.slice(0, at) + letter + word.slice(at)
          : word.slice(0, at) + letter + word.slice(at + 1);
  return words.join(' ');
}

const un = loadUn();
const index = buildIndex([...un, ...loadOfac()]);
let queries = 0;
let viaIndex = 0;
let alone = 0;
const lost: string[] = [];
for (const d of un) {
  if (d.kind !== 'person') continue;
  const primary = d.names.find((n) => n.kind === 'primary')?.text;
  if (!primary) continue;
  for (let k = 0; k < TYPOS_PER_NAME; k++) {
    const name = typed(primary);
    if (name === primary) continue;
    queries++;
    const query = { name, kind: 'person' as const };
    const found = index.screen(query, { threshold: THRESHOLD }).some((c) => c.designation.id === d.id);
    const best = exhaustiveMatch(query, d);
    const reached = best.score >= THRESHOLD;
    if (found) viaIndex++;
    if (reached) alone++;
    if (reached && !found && lost.length < SHOW) lost.push(`    lost: ${name} → ${best.name} ${best.score.toFixed(4)}`);
  }
}
for (const line of lost) console.log(line);
const pct = (x: number): string => `${((100 * x) / queries).toFixed(2)}%`;
console.log(`typos: ${queries} typed UN person names; recall ${pct(viaIndex)} through the index, ${pct(alone)} scoring every name of the designation; candidate-filter loss ${pct(alone - viaIndex)}`);
