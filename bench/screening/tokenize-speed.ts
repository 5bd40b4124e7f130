// Tokenising speed on the throughput mix's names: every name new (a fresh process, words never
// seen), then the same names again (every word remembered).
//   node --import tsx bench/screening/tokenize-speed.ts
import { plainTokens, tokenizeName } from '../../server/domains/finance/matching/tokenize.js';
import { throughputMix } from './mix.js';

// The throughput mix (throughput.ts), and 2,000 other names of the file to warm the code up.
const names = throughputMix(32000).map((q) => q.name);
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
