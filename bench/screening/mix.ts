// The throughput mix: mostly non-matching people (as in production), some UN positives with typos,
// taken from the evaluation files in a fixed stride order. Shared by the speed benchmarks so they
// all screen the same names.
import { readFileSync } from 'node:fs';
import type { ScreeningQuery } from '../../server/domains/finance/matching/index.js';
import { parseCsvObjects } from './csv.js';
import { DATA } from './load-lists.js';

/** Every row of the files the mix draws from. */
export function mixRows(): Record<string, string>[] {
  return [
    ...parseCsvObjects(readFileSync(`${DATA}/eval/yente_candidate_generation/negatives_global.csv`, 'utf8')),
    ...parseCsvObjects(readFileSync(`${DATA}/eval/yente_candidate_generation/positives_un_treated.csv`, 'utf8')),
  ];
}

/** Row k of the mix is row (k × 7919) mod n of the files: 7919 is prime and does not divide n, so no row comes twice in n queries. */
export function mixIndex(k: number, rowCount: number): number {
  return (k * 7919) % rowCount;
}

export function asQuery(r: Record<string, string>): ScreeningQuery {
  return { name: r.full_name!, dob: r.date_of_birth || undefined, nationality: r.nationality || undefined, kind: 'person' };
}

/** The first `count` queries of the mix. */
export function throughputMix(count: number, rows = mixRows()): ScreeningQuery[] {
  return Array.from({ length: count }, (_, k) => asQuery(rows[mixIndex(k, rows.length)]!));
}
