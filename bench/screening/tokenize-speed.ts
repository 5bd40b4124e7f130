// Tokenising speed on the throughput mix's names: every name new (a fresh process, words never
// seen), then the same names again (every word remembered).
//   node --import tsx bench/screening/tokenize-speed.ts
import { readFileSync } from 'node:fs';
import { plainTokens, tokenizeName } from '../../server/domains/finance/matching/tokenize.js';
import { parseCsvObjects } from './csv.js';
import { DATA } from './load-lists.js';

const rows = [
  ...parseCsvObjects(readFileSync(`${DATA}/eval/yente_candidate_generation/negatives_global.csv`, 'utf8')),
  ...parseCsvObjects(readFileSync(`${DATA}/eval/yente_candidate_generation/positives_un_treated.csv`, 'utf8')),
];
// The throughput mix (throughput.ts), and 2,000 other names of the file to warm the code up.
const names = Array.from({ length: 32000 }, (_, i) => rows[(i * 7919) % rows.length]!.full_name!);
const mix = names.slice(0, 30000);
for (const n of names.slice(30000)) tokenizeName(n, 'person');

const perName = (run: () => void): number => {
  const t0 = performance.now();
  run();
  return ((performance.now() - t0) * 1000) / mix.length;
};
const fresh = perName(() => mix.forEach((n) => tokenizeName(n, 'person')));
const again = Math.min(...[0, 1, 2].map(() => perName(() => mix.forEach((n) => tokenizeName(n, 'person')))));
const plain = mix.filter((n) => plainTokens(n, 'person') !== undefined).length;
console.log(`${plain.toLocaleString('en')} of ${mix.length.toLocaleString('en')} names take the plain-name shortcut (${((100 * plain) / mix.length).toFixed(1)} %)`);
console.log(`tokenise: ${fresh.toFixed(2)} µs a name with its words new, ${again.toFixed(2)} µs with them remembered`);
