// Aligns the parts of two names one-to-one (order-free, so reordering and missing middle
// parts are tolerated), allows a part on one side to match two joined parts on the other,
// and scores the alignment by the weight of what matched versus what is missing.

import { compareTokens, type MatchHow } from './compare.js';
import { nameKey, skeleton } from './keys.js';
import { keySimilarity } from './similarity.js';
import type { NameToken } from './token.js';

export interface PartMatch {
  query: string;
  /** The list part (or parts) it matched; null when the query part found no counterpart. */
  matched: string | null;
  how: MatchHow | 'missing';
  similarity: number;
}

export interface Alignment {
  score: number;
  parts: PartMatch[];
  reasons: string[];
}

/** Below this similarity two parts are not considered the same part at all. */
const MIN_SIM = 0.7;
/** How much an unmatched part of the query / of the list name costs, relative to its weight. */
const MISSING_QUERY = 0.8;
const MISSING_LIST = 0.5;
/** A part missing between two matched parts is a dropped middle name / nasab link: cheaper. */
const MISSING_MIDDLE = 0.2;
const SWAPPED_NASAB = 0.55;
const SHOWN = new Set(['name', 'initial', 'number']);

interface Edge {
  qi: number[];
  ci: number[];
  sim: number;
  how: MatchHow;
}

/** Turns a similarity into how much of the part's weight counts as matched. */
function credit(sim: number): number {
  if (sim >= 0.9) return sim;
  return Math.max(0, sim - (0.9 - sim) * 0.5);
}

function joinedToken(a: NameToken, b: NameToken): NameToken {
  const norm = a.norm + b.norm;
  const key = nameKey(norm);
  return { ...a, text: `${a.text} ${b.text}`, norm, key, skel: skeleton(key), vowelless: a.vowelless || b.vowelless };
}

/** Pairwise similarity lookup, optionally memoised by the caller (index screening). */
export type Comparer = (q: NameToken, c: NameToken) => { sim: number; how: MatchHow };

export function alignNames(query: NameToken[], list: NameToken[], compare: Comparer = compareTokens): Alignment {
  const edges: Edge[] = [];
  for (let i = 0; i < query.length; i++) {
    for (let j = 0; j < list.length; j++) {
      const m = compare(query[i]!, list[j]!);
      const role = query[i]!.role;
      const min = role === 'name' || role === 'initial' ? MIN_SIM : 0.99;
      if (m.sim >= min) edges.push({ qi: [i], ci: [j], sim: m.sim, how: m.how });
    }
  }
  const nq = Math.max(1, query.length - 1);
  const nc = Math.max(1, list.length - 1);
  edges.sort((x, y) => y.sim - x.sim || Math.abs(x.qi[0]! / nq - x.ci[0]! / nc) - Math.abs(y.qi[0]! / nq - y.ci[0]! / nc));
  const qUsed = new Array<boolean>(query.length).fill(false);
  const cUsed = new Array<boolean>(list.length).fill(false);
  const chosen: Edge[] = [];
  const take = (e: Edge): void => {
    if (e.qi.some((i) => qUsed[i]) || e.ci.some((j) => cUsed[j])) return;
    e.qi.forEach((i) => (qUsed[i] = true));
    e.ci.forEach((j) => (cUsed[j] = true));
    chosen.push(e);
  };
  edges.forEach(take);
  joinLeftovers(query, list, qUsed, cUsed).forEach(take);
  return scoreAlignment(query, list, chosen, qUsed, cUsed);
}

/** Parts left over on one side may be one part split in two on the other ("Abd Allah" / "Abdallah"). */
function joinLeftovers(query: NameToken[], list: NameToken[], qUsed: boolean[], cUsed: boolean[]): Edge[] {
  const out: Edge[] = [];
  const tryJoin = (parts: NameToken[], used: boolean[], others: NameToken[], otherUsed: boolean[], queryJoined: boolean): void => {
    for (let i = 0; i + 1 < parts.length; i++) {
      const a = parts[i]!;
      const b = parts[i + 1]!;
      if (a.role !== 'name' || b.role !== 'name' || (used[i] && used[i + 1])) continue;
      const joined = joinedToken(a, b);
      for (let j = 0; j < others.length; j++) {
        const o = others[j]!;
        if (otherUsed[j] || o.role !== 'name') continue;
        const sim = o.key === joined.key ? 1 : keySimilarity(joined.key, o.key, joined.vowelless || o.vowelless) * 0.97;
        if (sim >= 0.85) {
          out.push(queryJoined ? { qi: [i, i + 1], ci: [j], sim, how: 'joined' } : { qi: [j], ci: [i, i + 1], sim, how: 'joined' });
        }
      }
    }
  };
  tryJoin(query, qUsed, list, cUsed, true);
  tryJoin(list, cUsed, query, qUsed, false);
  // A joined pair may reuse a part that a weak single match took: allow it only if both parts were free.
  return out.filter((e) => e.qi.every((i) => !qUsed[i]) && e.ci.every((j) => !cUsed[j])).sort((x, y) => y.sim - x.sim);
}

function scoreAlignment(query: NameToken[], list: NameToken[], chosen: Edge[], qUsed: boolean[], cUsed: boolean[]): Alignment {
  let got = 0;
  let matchedWeight = 0;
  const parts: PartMatch[] = [];
  for (const e of chosen) {
    const wq = e.qi.reduce((s, i) => s + query[i]!.weight, 0);
    const wc = e.ci.reduce((s, j) => s + list[j]!.weight, 0);
    const w = (wq + wc) / 2;
    matchedWeight += w;
    got += w * credit(e.sim);
    if (!e.qi.some((i) => SHOWN.has(query[i]!.role))) continue;
    parts.push({
      query: e.qi.map((i) => query[i]!.text).join(' '),
      matched: e.ci.map((j) => list[j]!.text).join(' '),
      how: e.how,
      similarity: Math.round(e.sim * 1000) / 1000,
    });
  }
  let missing = 0;
  const reasons: string[] = [];
  const missingQuery: string[] = [];
  const missingList: string[] = [];
  const qMiddle = middleRange(qUsed);
  const cMiddle = middleRange(cUsed);
  query.forEach((t, i) => {
    if (qUsed[i]) return;
    missing += t.weight * (i > qMiddle[0] && i < qMiddle[1] ? MISSING_MIDDLE : MISSING_QUERY);
    if (t.role === 'name' || t.role === 'initial' || t.role === 'number') {
      missingQuery.push(t.text);
      parts.push({ query: t.text, matched: null, how: 'missing', similarity: 0 });
    }
  });
  list.forEach((t, j) => {
    if (cUsed[j]) return;
    const middle = j > cMiddle[0] && j < cMiddle[1];
    if (middle && (t.role === 'bin' || t.role === 'particle')) return; // links of a longer chain
    missing += t.weight * (middle ? MISSING_MIDDLE : MISSING_LIST);
    if (t.role === 'name' || t.role === 'number') missingList.push(t.text);
  });
  if (missingQuery.length) reasons.push(`query part(s) not in the listed name: ${unique(missingQuery).join(', ')}`);
  if (missingList.length) reasons.push(`listed name has part(s) not in the query: ${unique(missingList).join(', ')}`);
  const total = matchedWeight + missing;
  let score = total > 0 ? got / total : 0;
  if (nasabSwapped(query, list, chosen)) {
    score *= SWAPPED_NASAB;
    reasons.push("given name and father's name are in swapped order around 'bin' (a different person in the family)");
  }
  return { score, parts, reasons };
}

/** First and last matched position: parts strictly between them are middle parts. */
function middleRange(used: boolean[]): [number, number] {
  return [used.indexOf(true), used.lastIndexOf(true)];
}

function unique(xs: string[]): string[] {
  return xs.filter((x, i) => xs.indexOf(x) === i);
}

/** True when two matched parts stand in opposite order in two explicit bin-chains. */
function nasabSwapped(query: NameToken[], list: NameToken[], chosen: Edge[]): boolean {
  const pairs = chosen
    .filter((e) => e.qi.length === 1 && e.ci.length === 1)
    .map((e) => [query[e.qi[0]!]!.chain, list[e.ci[0]!]!.chain] as const)
    .filter((p): p is readonly [number, number] => p[0] !== undefined && p[1] !== undefined);
  for (let a = 0; a < pairs.length; a++) {
    for (let b = a + 1; b < pairs.length; b++) {
      const dq = pairs[a]![0] - pairs[b]![0];
      const dc = pairs[a]![1] - pairs[b]![1];
      if (dq * dc < 0) return true;
    }
  }
  return false;
}
