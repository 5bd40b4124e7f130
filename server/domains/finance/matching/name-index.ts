// The screening index: every name form of every designation, tokenised once at build time,
// candidate generation by skeleton keys, then alignment scoring of the candidates only.

import type { Designation, NameKind } from '../designation.js';
import { alignNames, type Comparer } from './align.js';
import { CandidateFinder, PostingsBuilder, isIndexable } from './candidates.js';
import { compareTokens, type TokenMatch } from './compare.js';
import { secondaryEvidence, type ScreeningQuery } from './evidence.js';
import { explain, type Explanation } from './explain.js';
import type { NameToken } from './token.js';
import { tokenizeName } from './tokenize.js';

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
const WEAK_ALIAS_FACTOR = 0.92;
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
  stats(): IndexStats;
}

export function buildIndex(designations: Designation[]): NameIndex {
  const started = performance.now();
  const names: IndexedName[] = [];
  const interned = new Map<string, NameToken>();
  const postings = new PostingsBuilder();
  const partCounts: number[] = [];
  designations.forEach((d, di) => {
    const hint = d.kind === 'person' ? 'person' : d.kind === 'unknown' ? undefined : 'entity';
    const seen = new Set<string>();
    for (const form of d.names) {
      const text = form.text.trim();
      if (!text || seen.has(text)) continue;
      seen.add(text);
      // Share identical parts between names so per-query comparison caches hit often.
      const tokens = tokenizeName(text, hint).map((t) => {
        const id = `${t.norm}|${t.role}|${t.origin}|${t.vowelless}|${t.chain ?? ''}|${t.weight}|${t.text}`;
        let shared = interned.get(id);
        if (!shared) interned.set(id, (shared = { ...t, id: interned.size }));
        return shared;
      });
      if (tokens.length === 0) continue;
      const nameId = names.length;
      names.push({ designation: di, text, kind: form.kind, tokens });
      postings.addName(tokens, nameId);
      partCounts.push(Math.min(255, tokens.filter(isIndexable).length));
    }
  });
  const built = postings.build();
  const finder = new CandidateFinder(built, Uint8Array.from(partCounts));
  const buildMs = performance.now() - started;

  function screen(query: ScreeningQuery, options: ScreenOptions = {}): Candidate[] {
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const limit = options.limit ?? 10;
    const qTokens = tokenizeName(query.name, query.kind);
    const cache = qTokens.map(() => new Map<number, TokenMatch>());
    const compare: Comparer = (q, c) => {
      const qi = qTokens.indexOf(q);
      const id = c.id;
      if (qi < 0 || id === undefined) return compareTokens(q, c);
      const memo = cache[qi]!;
      let m = memo.get(id);
      if (!m) memo.set(id, (m = compareTokens(q, c)));
      return m;
    };
    // Best name per designation.
    const best = new Map<number, { name: IndexedName; alignment: ReturnType<typeof alignNames>; nameScore: number }>();
    for (const nameId of finder.find(qTokens)) {
      const name = names[nameId]!;
      const alignment = alignNames(qTokens, name.tokens, compare);
      const nameScore = alignment.score * (name.kind === 'alias-weak' ? WEAK_ALIAS_FACTOR : 1);
      if (nameScore < threshold - MAX_EVIDENCE_GAIN) continue;
      const prior = best.get(name.designation);
      if (!prior || nameScore > prior.nameScore) best.set(name.designation, { name, alignment, nameScore });
    }
    const out: Candidate[] = [];
    for (const [di, hit] of best) {
      const designation = designations[di]!;
      const evidence = secondaryEvidence(query, designation);
      const score = clamp(hit.nameScore + evidence.delta);
      if (score < threshold) continue;
      out.push({
        designation,
        matchedName: hit.name.text,
        matchedNameKind: hit.name.kind,
        score: Math.round(score * 10000) / 10000,
        nameScore: Math.round(hit.nameScore * 10000) / 10000,
        explanation: explain(query.name, hit.name.text, hit.name.kind, hit.alignment, evidence, score),
      });
    }
    out.sort((a, b) => b.score - a.score || b.nameScore - a.nameScore || (a.designation.id < b.designation.id ? -1 : 1));
    return out.slice(0, limit);
  }

  return {
    screen,
    stats: () => ({
      designations: designations.length,
      nameStrings: names.length,
      distinctParts: interned.size,
      keys: built.size,
      buildMs: Math.round(buildMs),
    }),
  };
}

function clamp(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
