// The memory of a whole process that holds the index at four times the UN + OFAC size
// (large-lists.ts) with its designations and screens with it: resident set size after the build,
// after screening, and at its peak (the build's garbage included), as the "memory ≤ 500 MB"
// would be read off a server at that scale. Run it alone: scale.ts holds two indexes at once.
//   node --import tsx bench/screening/scale-memory.ts
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { buildIndex } from '../../server/domains/finance/matching/index.js';
import { parseCsvObjects } from './csv.js';
import { largeLists } from './large-lists.js';
import { DATA, loadOfac, loadUn } from './load-lists.js';

v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;
const QUERIES = Number(process.env.QUERIES ?? 20000);
const mb = (bytes: number): string => (bytes / 1e6).toFixed(0);
const rss = (): number => {
  collect();
  return process.memoryUsage().rss;
};

const rows = parseCsvObjects(readFileSync(`${DATA}/eval/yente_candidate_generation/negatives_global.csv`, 'utf8'));
const queries = Array.from({ length: QUERIES }, (_, i) => rows[(i * 7919) % rows.length]!).map((r) => ({ name: r.full_name!, dob: r.date_of_birth || undefined, nationality: r.nationality || undefined, kind: 'person' as const }));
const designations = largeLists([...loadUn(), ...loadOfac()]);
const beforeBuild = rss();
const index = buildIndex(designations);
const { nameStrings, buildMs } = index.stats();
const afterBuild = rss();
const heap = process.memoryUsage();
for (const q of queries) index.screen(q);
const afterScreening = rss();
const peak = process.resourceUsage().maxRSS * 1024;
console.log(`lists loaded: rss ${mb(beforeBuild)} MB; index built in ${buildMs} ms: rss ${mb(afterBuild)} MB (heap ${mb(heap.heapUsed)} MB, array buffers ${mb(heap.arrayBuffers)} MB)`);
console.log(`scale memory: ${nameStrings.toLocaleString('en')} name strings, peak rss ${mb(peak)} MB, ${mb(afterScreening)} MB after screening ${QUERIES.toLocaleString('en')} names (target 500 MB)`);
