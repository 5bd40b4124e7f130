// The screening index: every name form of every designation, tokenised once at build time,
// candidate generation by skeleton keys with a score upper bound (candidates.ts), then alignment
// scoring of the few names whose bound can still reach the threshold.

import type { Designation, NameKind } from '../designation.js';
import { ALIGN_FLOOR, alignNames, type Comparer } from './align.js';
import { MAX_ALIGNED, type PartIndex } from './candidates.js';
import { PartIndexBuilder } from './part-index-builder.js';
import { compareAtLeast, type TokenMatch } from './compare.js';
import { EVIDENCE, secondaryEvidence, type Evidence, type ScreeningQuery } from './evidence.js';
import { explain, type Explanation } from './explain.js';
import type { NameToken } from './token.js';
import { tokenizeName, type NameKindHint } from './tokenize.js';

export type { ScreeningQuery } from './evidence.js';

export interface ScreenOptions {
  /** Minimum final score to report (default 0.8). */
  threshold?: number;
  /** Maximum number of results (default 10). */
  limit?: number;
}

export interface Candidate {
  designation: Designation;
  matchedName: string;
  matchedNameKind: NameKind;
  score: number;
  /** Score of the name alone, before secondary evidence. */
  nameScore: number;
  explanation: Explanation;
}

export interface IndexStats {
  designations: number;
  nameStrings: number;
  distinctParts: number;
  keys: number;
  buildMs: number;
}

export const DEFAULT_THRESHOLD = 0.8;
/** A low-quality alias (UN "Low", OFAC weak a.k.a.) is weaker evidence than a primary name. */
export const WEAK_ALIAS_FACTOR = 0.92;
/** Largest upward adjustment secondary evidence can make; names below threshold minus this are skipped. */
const MAX_EVIDENCE_GAIN = 0.15;

interface IndexedName {
  designation: number;
  text: string;
  kind: NameKind;
  tokens: NameToken[];
}

export interface NameIndex {
  screen(query: ScreeningQuery, options?: ScreenOptions): Candidate[];
  /** screen() of each query, faster for many: a batch's word searches are done together first. */
  screenBatch(queries: readonly ScreeningQuery[], options?: ScreenOptions): Candidate[][];
  stats(): IndexStats;
}

/** Tie-break order of name kinds: a primary (or original-script) name is stronger evidence than an alias. */
const KIND_RANK: Record<NameKind, number> = { primary: 3, 'original-script': 3, 'alias-strong': 2, 'alias-weak': 1 };

/** Largest upward adjustment secondary evidence can make for this query (fields it carries). */
function maxEvidenceGain(query: ScreeningQuery): number {
  let gain = 0;
  if (query.dob) gain += EVIDENCE.dobExact;
  if (query.nationality) gain += EVIDENCE.nationalitySame;
  if (query.documents?.length) gain += EVIDENCE.documentSame;
  return Math.min(gain, MAX_EVIDENCE_GAIN);
}

/** How a designation's names are tokenised: as a person's, an organisation's, or either. */
export function kindHint(d: Designation): NameKindHint | undefined {
  return d.kind === 'person' ? 'person' : d.kind === 'unknown' ? undefined : 'entity';
}

/** Every name form tokenised and indexed (a function of its own: its builder is not kept by screen's closures). */
function indexNames(designations: Designation[]): { names: IndexedName[]; index: PartIndex } {
  const names: IndexedName[] = [];
  const parts = new PartIndexBuilder();
  const kindFactor: number[] = [];
  const designationOf: number[] = [];
  designations.forEach((d, di) => {
    const hint = kindHint(d);
    const seen = new Set<string>();
    for (const form of d.names) {
      const text = form.text.trim();
      if (!text || seen.has(text)) continue;
      seen.add(text);
      const raw = tokenizeName(text, hint);
      if (raw.length === 0) continue;
      const nameId = names.length;
      const tokens = parts.addName(raw, nameId);
      names.push({ designation: di, text, kind: form.kind, tokens });
      kindFactor.push(form.kind === 'alias-weak' ? WEAK_ALIAS_FACTOR : 1);
      designationOf.push(di);
    }
  });
  return { names, index: parts.build(Float32Array.from(kindFactor), Int32Array.from(designationOf)) };
}

export function buildIndex(designations: Designation[]): NameIndex {
  const started = performance.now();
  const { names, index } = indexNames(designations);
  const buildMs = performance.now() - started;

  function screen(query: ScreeningQuery, options: ScreenOptions = {}): Candidate[] {
    return screenTokens(query, tokenizeName(query.name, query.kind), options);
  }

  // The same results as screen() for each query. The batch's words are searched first, back to back,
  // so the search's structures stay warmer from one search to the next than with each query's postings
  // and alignment in between: 8–13 % faster in batches of 1,000 (bench/screening/batch.ts). Past a few
  // thousand queries the match cache may drop early lists before they are used (still correct, slower).
  function screenBatch(queries: readonly ScreeningQuery[], options: ScreenOptions = {}): Candidate[][] {
    const tokens = queries.map((q) => tokenizeName(q.name, q.kind));
    index.prefetch(tokens);
    return queries.map((q, i) => screenTokens(q, tokens[i]!, options));
  }

  function screenTokens(query: ScreeningQuery, qTokens: NameToken[], options: ScreenOptions): Candidate[] {
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const limit = options.limit ?? 10;
    if (qTokens.length === 0) return [];
    const gain = maxEvidenceGain(query);
    const floor = threshold - gain - 1e-9;
    const bounded = index.find(qTokens, floor);
    if (bounded.length === 0) return [];
    const cache = new Map<number, TokenMatch>();
    const stride = index.parts.length + 1;
    const compare: Comparer = (q, c) => {
      const qi = qTokens.indexOf(q);
      const id = c.id;
      if (qi < 0 || id === undefined) return compareAtLeast(q, c, ALIGN_FLOOR);
      const k = qi * stride + id;
      let m = cache.get(k);
      if (!m) cache.set(k, (m = compareAtLeast(q, c, ALIGN_FLOOR)));
      return m;
    };
    // Best name per designation, aligning names in order of their bound.
    const best = new Map<number, { name: IndexedName; nameScore: number; evidence: Evidence; score: number }>();
    let aligned = 0;
    for (const { nameId, bound } of bounded) {
      if (aligned >= MAX_ALIGNED) break;
      const name = names[nameId]!;
      const prior = best.get(name.designation);
      if (prior && prior.nameScore > bound) continue;
      aligned++;
      // The score only: the few names returned are aligned again below, with their explanation.
      const alignment = alignNames(qTokens, name.tokens, compare, false);
      const nameScore = alignment.score * (name.kind === 'alias-weak' ? WEAK_ALIAS_FACTOR : 1);
      if (nameScore + gain < threshold) continue;
      if (prior && (nameScore < prior.nameScore || (nameScore === prior.nameScore && KIND_RANK[name.kind] <= KIND_RANK[prior.name.kind]))) continue;
      const evidence = prior?.evidence ?? secondaryEvidence(query, designations[name.designation]!);
      best.set(name.designation, { name, nameScore, evidence, score: clamp(nameScore + evidence.delta) });
    }
    const hits = [...best.entries()].filter(([, h]) => h.score >= threshold);
    hits.sort(
      ([da, a], [db, b]) =>
        b.score - a.score ||
        b.nameScore - a.nameScore ||
        KIND_RANK[b.name.kind] - KIND_RANK[a.name.kind] ||
        b.evidence.delta - a.evidence.delta ||
        (designations[da]!.id < designations[db]!.id ? -1 : 1),
    );
    return hits.slice(0, limit).map(([di, hit]) => ({
      designation: designations[di]!,
      matchedName: hit.name.text,
      matchedNameKind: hit.name.kind,
      score: Math.round(hit.score * 10000) / 10000,
      nameScore: Math.round(hit.nameScore * 10000) / 10000,
      explanation: explain(query.name, hit.name.text, hit.name.kind, alignNames(qTokens, hit.name.tokens, compare), hit.evidence, hit.score),
    }));
  }

  return {
    screen,
    screenBatch,
    stats: () => ({
      designations: designations.length,
      nameStrings: names.length,
      distinctParts: index.parts.length,
      keys: index.keyCount,
      buildMs: Math.round(buildMs),
    }),
  };
}

function clamp(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
