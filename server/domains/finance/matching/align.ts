// Aligns the parts of two names one-to-one (order-free, so reordering and missing middle
// parts are tolerated), allows a part on one side to match two joined parts on the other,
// and scores the alignment by the weight of what matched versus what is missing.

import { compareTokens, isAbdBare, type MatchHow } from './compare.js';
import { nameKey, skeleton } from './keys.js';
import { keySimilarityIfWithin } from './similarity.js';
import type { NameToken } from './token.js';
import { nameKindOf } from './tokenize.js';

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
export const MIN_SIM = 0.7;
/** Minimum similarity of a joined pair with one part ("Abd Allah" / "Abdallah"). */
export const JOIN_MIN_SIM = 0.85;
/** How much an unmatched part of the query / of the list name costs, relative to its weight. */
export const MISSING_QUERY = 0.8;
export const MISSING_LIST = 0.5;
/** A part missing between two matched parts is a dropped middle name / nasab link: cheaper. */
export const MISSING_MIDDLE = 0.2;
const SWAPPED_NASAB = 0.55;
/** Factor for a match made of initials only. */
const INITIALS_ONLY = 0.7;
const SHOWN = new Set(['name', 'initial', 'number']);

interface Edge {
  qi: readonly number[];
  ci: readonly number[];
  sim: number;
  how: MatchHow;
}

/** Turns a similarity into how much of the part's weight counts as matched. */
export function credit(sim: number): number {
  if (sim >= 0.9) return sim;
  return Math.max(0, sim - (0.9 - sim) * 0.5);
}

function joinedToken(a: NameToken, b: NameToken): NameToken {
  const norm = a.norm + b.norm;
  const key = nameKey(norm);
  // Written out rather than spread from a: a spread of a token is several times slower here.
  return { text: `${a.text} ${b.text}`, norm, key, skel: skeleton(key), role: a.role, weight: a.weight + b.weight, origin: a.origin, vowelless: a.vowelless || b.vowelless, chain: a.chain, id: a.id };
}

/** Pairwise similarity lookup, optionally memoised by the caller (index screening). */
export type Comparer = (q: NameToken, c: NameToken) => { sim: number; how: MatchHow };

/**
 * With `explained` false only the score is computed (parts and reasons left empty): the index aligns
 * many names whose score then falls short, and explains only the ones it returns.
 */
export function alignNames(query: NameToken[], list: NameToken[], compare: Comparer = compareTokens, explained = true): Alignment {
  const edges: Edge[] = [];
  for (let i = 0; i < query.length; i++) {
    for (let j = 0; j < list.length; j++) {
      const m = compare(query[i]!, list[j]!);
      const role = query[i]!.role;
      const min = role === 'name' || role === 'initial' ? MIN_SIM : 0.99;
      if (m.sim >= min) edges.push({ qi: [i], ci: [j], sim: m.sim, how: m.how });
    }
  }
  // Runs of two or three adjacent parts written as one word on the other side ("Abd Allah" /
  // "Abdallah", "van der Bilt" / "Vanderbilt") compete with the single-part matches on similarity.
  joinedEdges(query, list, edges);
  const nq = Math.max(1, query.length - 1);
  const nc = Math.max(1, list.length - 1);
  if (edges.length > 1) edges.sort((x, y) => y.sim - x.sim || x.qi.length + x.ci.length - (y.qi.length + y.ci.length) || Math.abs(x.qi[0]! / nq - x.ci[0]! / nc) - Math.abs(y.qi[0]! / nq - y.ci[0]! / nc));
  let { chosen, qUsed, cUsed } = greedy(edges, query.length, list.length);
  // "Abdul Mohammed" / "Shah Mohammed": when the bare side has an unmatched name where the "Abdul"
  // stood, the two are different compound names in one slot, not an "Abdul" dropped.
  let filled: Edge[] | undefined;
  for (const e of chosen) if (abdSlotFilled(e, query, list, qUsed, cUsed)) (filled ??= []).push(e);
  if (filled !== undefined) ({ chosen, qUsed, cUsed } = greedy(edges.filter((e) => !filled.includes(e)), query.length, list.length));
  truncatedEnds(query, list, qUsed, cUsed, chosen);
  return scoreAlignment(query, list, chosen, qUsed, cUsed, compare, explained);
}

/** Best-first one-to-one choice of edges (sorted by preference). */
function greedy(edges: Edge[], nq: number, nc: number): { chosen: Edge[]; qUsed: boolean[]; cUsed: boolean[] } {
  const qUsed = new Array<boolean>(nq).fill(false);
  const cUsed = new Array<boolean>(nc).fill(false);
  const chosen: Edge[] = [];
  for (const e of edges) {
    if (anyUsed(e.qi, qUsed) || anyUsed(e.ci, cUsed)) continue;
    for (const i of e.qi) qUsed[i] = true;
    for (const j of e.ci) cUsed[j] = true;
    chosen.push(e);
  }
  return { chosen, qUsed, cUsed };
}

function anyUsed(positions: readonly number[], used: boolean[]): boolean {
  for (const i of positions) if (used[i]) return true;
  return false;
}

/** An abd compound matched to its bare stem whose bare side has an unmatched name just before the stem. */
function abdSlotFilled(e: Edge, query: NameToken[], list: NameToken[], qUsed: boolean[], cUsed: boolean[]): boolean {
  if (e.qi.length !== 1 || e.ci.length !== 1) return false;
  const q = query[e.qi[0]!]!;
  const c = list[e.ci[0]!]!;
  if (!isAbdBare(q, c)) return false;
  const onList = q.key.startsWith('abd');
  const at = onList ? e.ci[0]! : e.qi[0]!;
  const before = (onList ? list : query)[at - 1];
  return before !== undefined && before.role === 'name' && !(onList ? cUsed : qUsed)[at - 1];
}

interface JoinedRun {
  token: NameToken;
  /** Positions of the parts it joins (shared by every edge made from the run, so never edited). */
  idx: readonly number[];
}

// A name's runs of 2–3 adjacent name parts joined, made once per token list: a query is aligned
// with many listed names and a listed name with many queries.
const JOINED_RUNS = new WeakMap<NameToken[], JoinedRun[]>();

function joinedRuns(parts: NameToken[]): JoinedRun[] {
  let runs = JOINED_RUNS.get(parts);
  if (runs) return runs;
  runs = [];
  for (let i = 0; i + 1 < parts.length; i++) {
    let joined = parts[i]!;
    if (joined.role !== 'name') continue;
    for (let len = 2; len <= 3 && i + len <= parts.length; len++) {
      const next = parts[i + len - 1]!;
      if (next.role !== 'name') break;
      joined = joinedToken(joined, next);
      runs.push({ token: joined, idx: Object.freeze(len === 2 ? [i, i + 1] : [i, i + 1, i + 2]) });
    }
  }
  JOINED_RUNS.set(parts, runs);
  return runs;
}

/** One side's run of 2–3 adjacent name parts against one part of the other side. */
function joinedEdges(query: NameToken[], list: NameToken[], out: Edge[]): void {
  joinedSide(query, list, true, out);
  joinedSide(list, query, false, out);
}

function joinedSide(parts: NameToken[], others: NameToken[], queryJoined: boolean, out: Edge[]): void {
  for (const { token: joined, idx } of joinedRuns(parts)) {
    for (let j = 0; j < others.length; j++) {
      const o = others[j]!;
      if (o.role !== 'name' || o.norm.length < joined.norm.length / 2) continue;
      const sim = o.key === joined.key ? 1 : keySimilarityIfWithin(joined.key, o.key, joined.vowelless || o.vowelless, JOIN_MIN_SIM / 0.97 - 1e-9) * 0.97;
      if (sim >= JOIN_MIN_SIM) out.push(queryJoined ? { qi: idx, ci: [j], sim, how: 'joined' } : { qi: [j], ci: idx, sim, how: 'joined' });
    }
  }
}

/** Similarity below which two unmatched parts in the same gap contradict each other. */
const CONFLICT_SIM = 0.6;
/**
 * The lowest similarity the alignment tells apart from none (CONFLICT_SIM; a match needs MIN_SIM): a
 * Comparer may answer any value below it for pairs that do not reach it (compare.ts compareAtLeast).
 */
export const ALIGN_FLOOR = CONFLICT_SIM;

/**
 * A last part cut short ("... Belkassem DR" for "... Belkassem DRISSI": a field length limit) matches
 * the part it begins, like an initial, when both are left over.
 */
function truncatedEnds(query: NameToken[], list: NameToken[], qUsed: boolean[], cUsed: boolean[], chosen: Edge[]): void {
  truncatedEnd(query, qUsed, list, cUsed, true, chosen);
  truncatedEnd(list, cUsed, query, qUsed, false, chosen);
}

function truncatedEnd(parts: NameToken[], used: boolean[], others: NameToken[], otherUsed: boolean[], isQuery: boolean, chosen: Edge[]): void {
  const i = parts.length - 1;
  const t = parts[i];
  // Only a short fragment (2–3 letters) after at least two matched names: a cut-off field, not a different name.
  // Matched legal forms or particles do not count: "ООО БАЙ" is not a cut-off "ООО БАЙКАЛ".
  if (!t || used[i] || t.role !== 'name' || t.norm.length < 2 || t.norm.length > 3) return;
  let matchedNames = 0;
  for (let k = 0; k < parts.length; k++) if (used[k] && parts[k]!.role === 'name') matchedNames++;
  if (matchedNames < 2) return;
  for (let j = 0; j < others.length; j++) {
    const o = others[j]!;
    if (otherUsed[j] || o.role !== 'name' || o.norm.length < 2 * t.norm.length || !o.norm.startsWith(t.norm)) continue;
    used[i] = true;
    otherUsed[j] = true;
    chosen.push(isQuery ? { qi: [i], ci: [j], sim: 0.9, how: 'initial' } : { qi: [j], ci: [i], sim: 0.9, how: 'initial' });
    return;
  }
}

/**
 * Unmatched middle parts that face each other in the same gap between two matched parts are two
 * different names in one slot ("Mostafa HASSAN Mostafa" vs "Mostafa KAMEL Mostafa"): they cost
 * as much as parts missing at the ends, not as a dropped middle name.
 */
function conflicts(query: NameToken[], list: NameToken[], chosen: Edge[], qUsed: boolean[], cUsed: boolean[], compare: Comparer): [ReadonlySet<number>, ReadonlySet<number>] {
  let q: Set<number> | undefined;
  let c: Set<number> | undefined;
  for (let i = 0; i < query.length; i++) {
    if (qUsed[i] || !named(query[i]!)) continue;
    let prev: Edge | undefined;
    let next: Edge | undefined;
    for (const e of chosen) {
      const qi = e.qi[0]!;
      if (qi < i && (!prev || qi > prev.qi[0]!)) prev = e;
      if (qi > i && (!next || qi < next.qi[0]!)) next = e;
    }
    if (!prev || !next) continue;
    const lo = Math.min(prev.ci[prev.ci.length - 1]!, next.ci[0]!);
    const hi = Math.max(prev.ci[0]!, next.ci[next.ci.length - 1]!);
    // Only a clean one-for-one substitution: exactly one unmatched name on each side of the gap
    // (two parts against one is a split or joined name, not a different one).
    const qLo = Math.min(prev.qi[0]!, next.qi[0]!);
    const qHi = Math.max(prev.qi[prev.qi.length - 1]!, next.qi[next.qi.length - 1]!);
    let qFree = 0;
    for (let k = qLo + 1; k < qHi; k++) if (!qUsed[k] && named(query[k]!)) qFree++;
    const free: number[] = [];
    for (let j = lo + 1; j < hi; j++) if (!cUsed[j] && named(list[j]!)) free.push(j);
    if (qFree !== 1 || free.length !== 1) continue;
    const j = free[0]!;
    if (compare(query[i]!, list[j]!).sim < CONFLICT_SIM) {
      (q ??= new Set()).add(i);
      (c ??= new Set()).add(j);
    }
  }
  return [q ?? NO_POSITIONS, c ?? NO_POSITIONS];
}

const NO_POSITIONS: ReadonlySet<number> = new Set();

function named(t: NameToken): boolean {
  return t.role === 'name' || t.role === 'initial';
}

/** Name-like parts span the matched range (see scoreAlignment). */
function nameish(t: NameToken): boolean {
  return t.role === 'name' || t.role === 'initial' || t.role === 'number';
}

/** First and last position of a used name-like part: parts strictly between them are middle parts. */
function middleRange(parts: NameToken[], used: boolean[]): [number, number] {
  let lo = -1;
  let hi = -1;
  for (let i = 0; i < parts.length; i++) {
    if (!used[i] || !nameish(parts[i]!)) continue;
    if (lo < 0) lo = i;
    hi = i;
  }
  return [lo, hi];
}

function scoreAlignment(query: NameToken[], list: NameToken[], chosen: Edge[], qUsed: boolean[], cUsed: boolean[], compare: Comparer, explained: boolean): Alignment {
  let got = 0;
  let matchedWeight = 0;
  const parts: PartMatch[] = [];
  for (const e of chosen) {
    let wq = 0;
    for (const i of e.qi) wq += query[i]!.weight;
    let wc = 0;
    for (const j of e.ci) wc += list[j]!.weight;
    const w = (wq + wc) / 2;
    matchedWeight += w;
    got += w * credit(e.sim);
    if (!explained || !e.qi.some((i) => SHOWN.has(query[i]!.role))) continue;
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
  // The matched range is spanned by matched names; a matched legal form or particle does not make
  // an extra word before it a "middle" part ("Banco Santander México S.A.").
  const qMiddle = middleRange(query, qUsed);
  const cMiddle = middleRange(list, cUsed);
  const [qConflict, cConflict] = conflicts(query, list, chosen, qUsed, cUsed, compare);
  // A person's name wholly contained, in order, in the other: the longer name's extra parts at the
  // ends cost as dropped middle parts (lists and queries carry different parts of long names).
  const contained = containedSide(query, list, chosen, qUsed, cUsed);
  const conflicting: string[] = [];
  for (let i = 0; i < query.length; i++) {
    const t = query[i]!;
    if (qUsed[i]) continue;
    // The same part written twice in a row ("Shoigu Shoigu Sergey") adds nothing.
    if (t.role === 'name' && !qConflict.has(i) && (query[i - 1]?.norm === t.norm || query[i + 1]?.norm === t.norm)) continue;
    // A designator number present on one side only (branch, fund or series number) is never a dropped middle part.
    const middle = ((i > qMiddle[0] && i < qMiddle[1]) || contained === 'list') && !qConflict.has(i) && t.role !== 'number';
    missing += t.weight * (middle ? MISSING_MIDDLE : MISSING_QUERY);
    if (!explained) continue;
    if (qConflict.has(i)) conflicting.push(t.text);
    if (t.role === 'name' || t.role === 'initial' || t.role === 'number') {
      missingQuery.push(t.text);
      parts.push({ query: t.text, matched: null, how: 'missing', similarity: 0 });
    }
  }
  for (let j = 0; j < list.length; j++) {
    const t = list[j]!;
    if (cUsed[j]) continue;
    if (t.role === 'name' && !cConflict.has(j) && (list[j - 1]?.norm === t.norm || list[j + 1]?.norm === t.norm)) continue;
    const inside = j > cMiddle[0] && j < cMiddle[1];
    const middle = (inside || contained === 'query') && !cConflict.has(j) && t.role !== 'number';
    if (inside && middle && (t.role === 'bin' || t.role === 'particle')) continue; // links of a longer chain
    missing += t.weight * (middle ? MISSING_MIDDLE : MISSING_LIST);
    if (explained && (t.role === 'name' || t.role === 'number')) missingList.push(t.text);
  }
  if (missingQuery.length) reasons.push(`query part(s) not in the listed name: ${unique(missingQuery).join(', ')}`);
  if (missingList.length) reasons.push(`listed name has part(s) not in the query: ${unique(missingList).join(', ')}`);
  if (conflicting.length) reasons.push(`different name(s) in the same position: ${unique(conflicting).join(', ')}`);
  if (contained === 'list' && missingQuery.length) reasons.push('the listed name is wholly contained in the query: the extra parts count as omitted middle names');
  if (contained === 'query' && missingList.length) reasons.push('the query is wholly contained in the listed name: the extra parts count as omitted middle names');
  for (const e of chosen) {
    if (!explained) break;
    const q = query[e.qi[0]!]!;
    const c = list[e.ci[0]!]!;
    if (e.qi.length === 1 && e.ci.length === 1 && isAbdBare(q, c)) reasons.push(`"abd" prefix on one side only: ${q.text} / ${c.text}`);
  }
  const total = matchedWeight + missing;
  let score = total > 0 ? got / total : 0;
  // Initials alone ("N.N.") say little about who it is.
  if (chosen.length > 0 && chosen.every((e) => e.how === 'initial' || e.qi.every((i) => query[i]!.role === 'initial'))) {
    score *= INITIALS_ONLY;
    reasons.push('only initials matched');
  }
  if (nasabSwapped(query, list, chosen)) {
    score *= SWAPPED_NASAB;
    reasons.push("given name and father's name are in swapped order around 'bin' (a different person in the family)");
  }
  return { score, parts, reasons };
}

/** Matched name weight one side needs before the other side's extra end parts count as dropped middle parts. */
export const CONTAINED_MIN_WEIGHT = 1.7;

/**
 * Whether a name could ever be the contained side of containedSide below: two name parts or more,
 * weighing CONTAINED_MIN_WEIGHT together (every one of them must be matched). The candidate bound
 * (candidates.ts) charges the other side's extra parts as dropped middle parts only then.
 */
export function canBeContained(tokens: readonly NameToken[]): boolean {
  let names = 0;
  let weight = 0;
  for (const t of tokens) {
    if (t.role !== 'name') continue;
    names++;
    weight += t.weight;
  }
  return names >= 2 && weight >= CONTAINED_MIN_WEIGHT;
}

/**
 * The side ('query' or 'list') whose every name part is matched, in order, by a person's name that
 * has more parts; undefined when neither is (or for organisations: "Deutsche Bank" is not "Deutsche
 * Bank Trust Company"). The contained name needs two matched names that are not both very frequent
 * (not "Muhammad Ali"), so it still says who it is.
 */
function containedSide(query: NameToken[], list: NameToken[], chosen: Edge[], qUsed: boolean[], cUsed: boolean[]): 'query' | 'list' | undefined {
  if (nameKindOf(query) !== 'person' || nameKindOf(list) !== 'person') return undefined;
  if (isContained(query, qUsed, cUsed, chosen, 'qi', 'ci')) return 'query';
  if (isContained(list, cUsed, qUsed, chosen, 'ci', 'qi')) return 'list';
  return undefined;
}

/** containedSide for one side (`side` its positions in an edge, `other` the other side's). */
function isContained(parts: NameToken[], used: boolean[], otherUsed: boolean[], chosen: Edge[], side: 'qi' | 'ci', other: 'qi' | 'ci'): boolean {
  if (otherUsed.every((u) => u)) return false;
  for (let i = 0; i < parts.length; i++) if (!used[i] && named(parts[i]!)) return false;
  const edges = chosen.filter((e) => e[side].some((i) => parts[i]!.role === 'name')).sort((a, b) => a[side][0]! - b[side][0]!);
  let weight = 0;
  for (const e of edges) for (const i of e[side]) if (parts[i]!.role === 'name') weight += parts[i]!.weight;
  if (edges.length < 2 || weight < CONTAINED_MIN_WEIGHT) return false;
  return edges.every((e, k) => k === 0 || e[other][0]! > edges[k - 1]![other][0]!);
}

function unique(xs: string[]): string[] {
  return xs.filter((x, i) => xs.indexOf(x) === i);
}

/** True when two matched parts stand in opposite order in two explicit bin-chains. */
function nasabSwapped(query: NameToken[], list: NameToken[], chosen: Edge[]): boolean {
  // Chain positions of the one-to-one matches whose parts both stand in a chain.
  let qChain: number[] | undefined;
  let cChain: number[] | undefined;
  for (const e of chosen) {
    if (e.qi.length !== 1 || e.ci.length !== 1) continue;
    const qc = query[e.qi[0]!]!.chain;
    const cc = list[e.ci[0]!]!.chain;
    if (qc === undefined || cc === undefined) continue;
    (qChain ??= []).push(qc);
    (cChain ??= []).push(cc);
  }
  if (qChain === undefined || cChain === undefined) return false;
  for (let a = 0; a < qChain.length; a++) {
    for (let b = a + 1; b < qChain.length; b++) {
      const dq = qChain[a]! - qChain[b]!;
      const dc = cChain[a]! - cChain[b]!;
      if (dq * dc < 0) return true;
    }
  }
  return false;
}
