// The index at four times the UN + OFAC size ("design for 150,000 name strings", large-lists.ts):
// build time, index heap, names/s on the throughput mix, and the same for the real index in the
// same run. The memory of a process holding only the large index: scale-memory.ts.
//   node --import tsx bench/screening/scale.ts
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Designation } from '../../server/domains/finance/designation.js';
import { buildIndex, type NameIndex } from '../../server/domains/finance/matching/index.js';
import { parseCsvObjects } from './csv.js';
import { COPIES, largeLists } from './large-lists.js';
import { DATA, loadOfac, loadUn } from './load-lists.js';

// A full collection before and after each build, so the difference in heap and array buffers is
// what the index keeps.
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;
const QUERIES = Number(process.env.QUERIES ?? 20000);

const real = [...loadUn(), ...loadOfac()];
const large = largeLists(real);

const rows = parseCsvObjects(readFileSync(`${DATA}/eval/yente_candidate_generation/negatives_global.csv`, 'utf8'));
const queries = Array.from({ length: QUERIES }, (_, i) => rows[(i * 7919) % rows.length]!).map((r) => ({
  name: r.full_name!,
  dob: r.date_of_birth || undefined,
  nationality: r.nationality || undefined,
  kind: 'person' as const,
}));

function measure(label: string, designations: Designation[]): { rate: number; names: number; buildMs: number; heapMb: number } {
  const used = (): number => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  collect();
  const heapBefore = used();
  const index: NameIndex = buildIndex(designations);
  const { nameStrings, buildMs } = index.stats();
  collect();
  const heapMb = (used() - heapBefore) / 1e6;
  for (const q of queries.slice(0, 2000)) index.screen(q); // warm-up (JIT)
  const started = performance.now();
  for (const q of queries) index.screen(q);
  const rate = queries.length / ((performance.now() - started) / 1000);
  console.log(`${label}: ${nameStrings.toLocaleString('en')} name strings, build ${buildMs} ms, index ${heapMb.toFixed(0)} MB, ${Math.round(rate).toLocaleString('en')} names/s`);
  return { rate, names: nameStrings, buildMs, heapMb };
}

const small = measure('UN + OFAC', real);
const big = measure(`UN + OFAC and ${COPIES} recombined copies`, large);
console.log(`rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB with both indexes`);
console.log(
  `scale: ${big.names.toLocaleString('en')} name strings screened ${(small.rate / big.rate).toFixed(2)}x slower than ${small.names.toLocaleString('en')} (${Math.round(big.rate).toLocaleString('en')} vs ${Math.round(small.rate).toLocaleString('en')} names/s); build ${big.buildMs} ms (${(big.buildMs / small.buildMs).toFixed(1)}x); index ${big.heapMb.toFixed(0)} MB (${(big.heapMb / small.heapMb).toFixed(1)}x)`,
);
