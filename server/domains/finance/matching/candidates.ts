// Candidate generation with a score upper bound.
//
// Build time: every distinct indexable part (role name/number, compared fields only) is interned
// once and indexed under its consonant skeleton and the skeleton's one-deletion neighbourhood, so a
// typo or a q/g swap still shares a key. Two adjacent name parts written as one ("binalshibh",
// "vanderbilt") are interned as a virtual *joined* part. Each part keeps a posting list of the names
// (and positions) that contain it.
//
// Query time: each query part (and each pair of adjacent query parts, joined) is compared with the
// distinct parts that share a key with it (cached across queries by the part's spelling); parts that
// reach the minimum similarity are expanded to the names holding them. Per name we accumulate the
// best credit of every query part and the positions hit on both sides, which gives an upper bound of
// the alignment score (align.ts) without aligning: missing parts are charged their cheapest possible
// cost (middle parts 0.2) and matched parts their best similarity. Only names whose bound can still
// reach the threshold are aligned, best bound first.

import { credit, JOIN_MIN_SIM, MIN_SIM, MISSING_LIST, MISSING_MIDDLE, MISSING_QUERY } from './align.js';
import { compareTokens } from './compare.js';
import { nameKey, skeleton } from './keys.js';
import { FeatureTable, features, keySimilarity, keySimilarityAtLeast, maxKeySimilarityAt, maxPlainSimilarityAt, plainSimilarity } from './similarity.js';
import type { NameToken } from './token.js';

/**
 * Keys under which a part is indexed: its skeleton, its one-deletion neighbourhood ("-" prefix: the
 * part has one consonant more than a query with that skeleton) and its one-substitution
 * neighbourhood ("*" marks the substituted consonant). Short skeletons get no neighbourhood.
 */
export function indexKeys(skel: string, out: Set<string>): void {
  out.add(skel);
  if (skel.length < 3) return;
  for (let i = 0; i < skel.length; i++) {
    out.add(`-${skel.slice(0, i)}${skel.slice(i + 1)}`);
    out.add(`${skel.slice(0, i)}*${skel.slice(i + 1)}`);
  }
}

/**
 * Keys a query part looks up: parts with the same skeleton, one consonant less, one consonant more,
 * one consonant substituted, or two adjacent consonants swapped.
 */
export function queryKeys(skel: string, out: Set<string>): void {
  out.add(skel);
  out.add(`-${skel}`);
  if (skel.length < 3) return;
  for (let i = 0; i < skel.length; i++) {
    out.add(skel.slice(0, i) + skel.slice(i + 1));
    out.add(`${skel.slice(0, i)}*${skel.slice(i + 1)}`);
    if (i + 1 < skel.length && skel[i] !== skel[i + 1]) out.add(skel.slice(0, i) + skel[i + 1] + skel[i] + skel.slice(i + 2));
  }
}

/**
 * Keys a joined query pair looks up: it must be nearly identical to one listed part (similarity
 * 0.85), so only the same skeleton or one consonant more or less.
 */
export function joinedQueryKeys(skel: string, out: Set<string>): void {
  out.add(skel);
  out.add(`-${skel}`);
  for (let i = 0; i < skel.length; i++) out.add(skel.slice(0, i) + skel.slice(i + 1));
}

export function isIndexable(t: NameToken): boolean {
  return t.role === 'name' || t.role === 'number';
}

/** Two adjacent name parts written as one ("Abd Allah" / "Abdallah", "van der bilt" / "vanderbilt"). */
export function joinedToken(a: NameToken, b: NameToken): NameToken {
  const norm = a.norm + b.norm;
  const key = nameKey(norm);
  return { ...a, text: `${a.text} ${b.text}`, norm, key, skel: skeleton(key), vowelless: a.vowelless || b.vowelless, chain: undefined };
}

/**
 * A joined query pair for candidate generation: keys concatenated rather than recomputed (the key
 * rules are local, and the skeleton collapses a doubled consonant at the seam); alignment re-joins exactly.
 */
function joinedQueryToken(a: NameToken, b: NameToken): NameToken {
  const key = a.key + b.key;
  return { text: `${a.text} ${b.text}`, norm: a.norm + b.norm, key, skel: skeleton(key), role: a.role, weight: a.weight, origin: a.origin, vowelless: a.vowelless || b.vowelless, chain: undefined, id: undefined };
}

/** Similarity of a joined pair with one part (align.ts joinLeftovers uses the same rule). */
export function joinedSimilarity(joined: NameToken, other: NameToken): number {
  if (other.role !== 'name') return 0;
  return other.key === joined.key ? 1 : keySimilarity(joined.key, other.key, joined.vowelless || other.vowelless) * 0.97;
}

/** Hard cap on names fully aligned per query (only hit by very common names, e.g. "Muhammad Ali"). */
export const MAX_ALIGNED = 150;
/** Positions are packed in 5 bits; parts beyond this position are not indexed. */
const MAX_POS = 31;
const JOINED_FLAG = 32;
const SLOTS = 64;
const ALPHA = /^[a-z]+$/;
const ORIGIN: Record<NameToken['origin'], number> = { latin: 0, arabic: 1, script: 2 };

/** Comparison-relevant identity of a part (not its display text or chain position). */
function signature(t: NameToken, joined: boolean): string {
  return `${joined ? 'J' : ''}${t.role}|${t.norm}|${t.origin}|${t.vowelless ? 1 : 0}`;
}

interface MatchList {
  token: NameToken;
  joined: boolean;
  /** Total posting length of its parts (-1 until computed). */
  mass: number;
  ids: Int32Array;
  /** Cheap upper bound of the similarity (already at least the minimum). */
  ub: Float32Array;
  exact: Float32Array;
}

interface Unit {
  token: NameToken;
  /** Query positions it covers (two for a joined pair). */
  bits: number;
  w: number;
  joined: boolean;
}

export interface IndexedNameParts {
  /** Token positions of the indexable parts (< 32). */
  positions: number[];
  /** Their weights. */
  weights: number[];
}

export class PartIndexBuilder {
  readonly parts: NameToken[] = [];
  readonly joined: boolean[] = [];
  private readonly postings: number[][] = [];
  private readonly byId = new Map<string, number>();
  /**
   * (key hash, part) pairs packed into one float each: (hash + 2^31) * 2^21 + part, sorted at build.
   * Keys are stored by a 32-bit hash: a collision only adds parts to examine, never loses one.
   */
  private keyPairs = new Float64Array(1 << 20);
  private keyPairCount = 0;

  private addKey(hash: number, part: number): void {
    if (this.keyPairCount === this.keyPairs.length) {
      const grown = new Float64Array(this.keyPairs.length * 2);
      grown.set(this.keyPairs);
      this.keyPairs = grown;
    }
    this.keyPairs[this.keyPairCount++] = (hash + 2 ** 31) * 2 ** 21 + part;
  }
  private readonly posStart: number[] = [0];
  private readonly pos: number[] = [];
  private readonly weight: number[] = [];
  private readonly partAt: number[] = [];
  private readonly joinedAt: number[] = [];
  private readonly short: number[] = [];
  /** Per name: positions of parts that are not indexed (particles, titles…), which may still match. */
  private readonly otherMask: number[] = [];

  /** Interned id of a part (its comparison fields only), indexing it under its keys when new. */
  intern(t: NameToken, joined = false): number {
    const sig = signature(t, joined);
    let id = this.byId.get(sig);
    if (id !== undefined) return id;
    id = this.parts.length;
    this.byId.set(sig, id);
    // One object shape for every part keeps property access monomorphic on the hot path.
    this.parts.push({ text: t.norm, norm: t.norm, key: t.key, skel: t.skel, role: t.role, weight: t.weight, origin: t.origin, vowelless: t.vowelless, chain: undefined, id });
    this.joined.push(joined);
    this.postings.push([]);
    const keys = new Set<string>();
    indexKeys(t.skel, keys);
    for (const k of keys) this.addKey(hashKey(k), id);
    return id;
  }

  /** Adds one name; returns its tokens with `id` set to the interned part id (indexable parts only). */
  addName(tokens: NameToken[], nameId: number): NameToken[] {
    // Tokens come fresh from tokenizeName: set the part id in place (no copies kept per name).
    const out = tokens;
    for (const t of out) if (isIndexable(t)) t.id = this.intern(t);
    const add = (partId: number, packed: number): void => {
      const list = this.postings[partId]!;
      if (list[list.length - 1] !== packed) list.push(packed);
    };
    let other = 0;
    for (let j = 0; j < out.length && j <= MAX_POS; j++) {
      const t = out[j]!;
      if (!isIndexable(t)) {
        other |= 1 << j;
        continue;
      }
      add(t.id!, nameId * SLOTS + j);
      const next = out[j + 1];
      let joinedId = -1;
      if (t.role === 'name' && next?.role === 'name' && j + 1 <= MAX_POS) add((joinedId = this.intern(joinedToken(t, next), true)), nameId * SLOTS + JOINED_FLAG + j);
      this.pos.push(j);
      this.weight.push(t.weight);
      this.partAt.push(t.id!);
      this.joinedAt.push(joinedId);
      // A one-consonant part ("Zia") shares no key with its variants ("Dya"): if no query part hits
      // it, the bound cannot tell whether it would match, so it is not charged as missing.
      this.short.push(t.skel.length <= 1 ? 1 : 0);
    }
    this.otherMask.push(other);
    this.posStart.push(this.pos.length);
    return out;
  }

  build(nameKindFactor: Float32Array, nameDesignation: Int32Array): PartIndex {
    const pairs = this.keyPairs.subarray(0, this.keyPairCount).sort();
    const keySlot = new Map<number, number>();
    const keyStart: number[] = [0];
    const keyParts = new Int32Array(pairs.length);
    let lastHash = NaN;
    for (let x = 0; x < pairs.length; x++) {
      const hash = Math.floor(pairs[x]! / 2 ** 21);
      keyParts[x] = pairs[x]! - hash * 2 ** 21;
      if (hash !== lastHash) {
        if (x > 0) keyStart.push(x);
        keySlot.set(hash - 2 ** 31, keyStart.length - 1);
        lastHash = hash;
      }
    }
    keyStart.push(pairs.length);
    const postStart = new Int32Array(this.postings.length + 1);
    for (let p = 0; p < this.postings.length; p++) postStart[p + 1] = postStart[p]! + this.postings[p]!.length;
    const postNames = new Int32Array(postStart[this.postings.length]!);
    for (let p = 0; p < this.postings.length; p++) postNames.set(this.postings[p]!, postStart[p]!);
    // The build lists are packed now: release them even if the builder stays reachable.
    this.keyPairs = new Float64Array(0);
    this.postings.length = 0;
    this.byId.clear();
    return new PartIndex(
      this.parts,
      Uint8Array.from(this.joined, (j) => (j ? 1 : 0)),
      postStart,
      postNames,
      keySlot,
      Int32Array.from(keyStart),
      keyParts,
      Int32Array.from(this.posStart),
      Uint8Array.from(this.pos),
      Float32Array.from(this.weight),
      Int32Array.from(this.partAt),
      Int32Array.from(this.joinedAt),
      Uint8Array.from(this.short),
      Int32Array.from(this.otherMask),
      nameKindFactor,
      nameDesignation,
    );
  }
}

/** FNV-1a hash of a key string. */
function hashKey(k: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < k.length; i++) {
    h ^= k.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** A name worth aligning, with its score bound (already multiplied by the name-kind factor). */
export interface Bounded {
  nameId: number;
  bound: number;
  /** Secondary order: the bound charging unmatched one-consonant parts too. */
  order: number;
}

export class PartIndex {
  private readonly nameCount: number;
  // Per-name scratch, stamped by query generation so nothing is cleared per query.
  private readonly stamp: Int32Array;
  private readonly qmask: Int32Array;
  private readonly cmask: Int32Array;
  private readonly got: Float64Array;
  private readonly matched: Float64Array;
  private readonly unitStamp: Int32Array;
  private readonly unitBest: Float64Array;
  private readonly partSlot: Int32Array;
  private readonly unitW: Float64Array;
  private readonly partStamp: Int32Array;
  private generation = 0;
  /** Positions of the current query's non-indexed parts: assumed matched, they widen the matched range. */
  private qOther = 0;
  /** Positions of the current query's one-consonant parts (never charged as missing). */
  private qShort = 0;
  private unitGeneration = 0;
  /**
   * Query-unit spelling → parts it can match (shared by queries). Two generations: when the new one
   * is full it becomes the old one, so entries in use survive and the size stays bounded.
   */
  private cache = new Map<string, MatchList>();
  private oldCache = new Map<string, MatchList>();

  private remember(sig: string, m: MatchList): void {
    if (this.cache.size >= PartIndex.CACHE_MAX) {
      this.oldCache = this.cache;
      this.cache = new Map();
    }
    this.cache.set(sig, m);
  }
  private static readonly CACHE_MAX = 8_000;
  /** Letter histograms and weighted lengths of every part, for cheap similarity upper bounds. */
  private readonly feat: FeatureTable;
  private readonly isName: Uint8Array;
  private readonly normOf: string[];
  private readonly keyOf: string[];
  private readonly vowellessOf: Uint8Array;
  private readonly originOf: Uint8Array;
  private readonly weightOf: Float32Array;
  private readonly alpha: Uint8Array;

  constructor(
    readonly parts: NameToken[],
    private readonly joined: Uint8Array,
    private readonly postStart: Int32Array,
    private readonly postNames: Int32Array,
    private readonly keySlot: Map<number, number>,
    private readonly keyStart: Int32Array,
    private readonly keyParts: Int32Array,
    private readonly posStart: Int32Array,
    private readonly pos: Uint8Array,
    private readonly weight: Float32Array,
    private readonly partAt: Int32Array,
    private readonly joinedAt: Int32Array,
    private readonly short: Uint8Array,
    private readonly otherMask: Int32Array,
    private readonly kindFactor: Float32Array,
    private readonly designationOf: Int32Array,
  ) {
    this.nameCount = posStart.length - 1;
    const n = this.nameCount;
    this.stamp = new Int32Array(n);
    this.qmask = new Int32Array(n);
    this.cmask = new Int32Array(n);
    this.got = new Float64Array(n);
    this.matched = new Float64Array(n);
    this.unitStamp = new Int32Array(n);
    this.unitBest = new Float64Array(n);
    this.unitW = new Float64Array(n);
    this.feat = new FeatureTable(parts.map(features));
    this.isName = Uint8Array.from(parts, (p) => (p.role === 'name' ? 1 : 0));
    this.normOf = parts.map((p) => p.norm);
    this.keyOf = parts.map((p) => p.key);
    this.vowellessOf = Uint8Array.from(parts, (p) => (p.vowelless ? 1 : 0));
    this.originOf = Uint8Array.from(parts, (p) => ORIGIN[p.origin]);
    this.weightOf = Float32Array.from(parts, (p) => p.weight);
    this.alpha = Uint8Array.from(parts, (p) => (ALPHA.test(p.key) ? 1 : 0));
    this.partStamp = new Int32Array(parts.length);
    this.partSlot = new Int32Array(parts.length);
  }

  get keyCount(): number {
    return this.keySlot.size;
  }

  /**
   * Parts that a query unit (one part, or a joined pair) may match, each with a cheap upper bound
   * of the similarity; exact similarities are filled in on demand (NaN = not computed yet).
   */
  private matchesOf(unit: Unit): MatchList {
    const q = unit.token;
    const sig = signature(q, unit.joined);
    let hit = this.cache.get(sig);
    if (hit) return hit;
    hit = this.oldCache.get(sig);
    if (hit) {
      this.remember(sig, hit);
      return hit;
    }
    const keys = new Set<string>();
    if (unit.joined) joinedQueryKeys(q.skel, keys);
    else queryKeys(q.skel, keys);
    const gen = ++this.unitGeneration;
    const ids: number[] = [];
    const ubs: number[] = [];
    const qf = features(q);
    const qAlpha = ALPHA.test(q.key);
    const qName = q.role === 'name';
    const qVowelless = q.vowelless;
    const qOrigin = ORIGIN[q.origin];
    for (const k of keys) {
      const slot = this.keySlot.get(hashKey(k));
      if (slot === undefined) continue;
      const end = this.keyStart[slot + 1]!;
      for (let x = this.keyStart[slot]!; x < end; x++) {
        const p = this.keyParts[x]!;
        if (this.partStamp[p] === gen) continue;
        this.partStamp[p] = gen;
        const partJoined = this.joined[p] === 1;
        const partName = this.isName[p] === 1;
        let ub: number;
        if (unit.joined || partJoined) {
          if ((unit.joined && partJoined) || !partName || !qName) continue;
          ub = this.keyOf[p] === q.key ? 1 : maxKeySimilarityAt(qf, this.feat, p, qVowelless || this.vowellessOf[p] === 1) * 0.97;
          if (ub < JOIN_MIN_SIM) continue;
        } else {
          if (qName !== partName) continue;
          if (q.norm === this.normOf[p] || q.key === this.keyOf[p]) ub = compareTokens(q, this.parts[p]!).sim;
          else {
            if (!qName || !qAlpha || this.alpha[p] !== 1) continue;
            const vowelless = qVowelless || this.vowellessOf[p] === 1 || qOrigin !== this.originOf[p];
            ub = Math.max(maxPlainSimilarityAt(qf, this.feat, p), maxKeySimilarityAt(qf, this.feat, p, vowelless)) * 0.97;
          }
          if (ub < (qName ? MIN_SIM : 0.99)) continue;
        }
        ids.push(p);
        ubs.push(Math.min(1, ub));
      }
    }
    // Exact similarities right away: the list shrinks to the parts that really match, so the
    // posting lists expanded per query are those of ~10 parts, not of every part the bound lets through.
    const probe: MatchList = { token: q, joined: unit.joined, mass: -1, ids: Int32Array.from(ids), ub: Float32Array.from(ubs), exact: new Float32Array(ids.length).fill(NaN) };
    const keep: number[] = [];
    for (let x = 0; x < ids.length; x++) if (this.exactSim(probe, x) > 0) keep.push(x);
    const exact = Float32Array.from(keep, (x) => probe.exact[x]!);
    const out: MatchList = { token: q, joined: unit.joined, mass: -1, ids: Int32Array.from(keep, (x) => ids[x]!), ub: exact, exact: exact.slice() };
    this.remember(sig, out);
    return out;
  }

  /** The exact similarity of entry x of a match list (0 below the minimum), computed once. */
  private exactSim(m: MatchList, x: number): number {
    const known = m.exact[x]!;
    if (!Number.isNaN(known)) return known;
    const q = m.token;
    const p = m.ids[x]!;
    const part = this.parts[p]!;
    let sim: number;
    if (m.joined || this.joined[p] === 1) {
      sim = m.joined ? joinedSimilarity(q, part) : joinedSimilarity(part, q);
      if (sim < JOIN_MIN_SIM) sim = 0;
    } else if (q.norm === part.norm || q.key === part.key) sim = m.ub[x]!;
    else {
      // compareTokens for two name parts, computed only as far as the minimum similarity needs.
      const min = MIN_SIM / 0.97;
      const vowelless = q.vowelless || part.vowelless || q.origin !== part.origin;
      sim = Math.max(plainSimilarity(q.norm, part.norm), keySimilarityAtLeast(q.key, part.key, vowelless, min)) * 0.97;
      if (sim < MIN_SIM) sim = 0;
    }
    m.exact[x] = sim;
    return sim;
  }

  /**
   * Names whose score bound (times their name-kind factor) reaches `floor`, best bound first.
   * Stage 1 expands every part a query unit may match to its names, crediting the part's cheap
   * similarity bound; stage 2 recomputes the bound of the surviving names from exact similarities.
   */
  find(query: NameToken[], floor: number): Bounded[] {
    const gen = ++this.generation;
    const touched: number[] = [];
    // Query parts: indexable ones take part in the bound; the others are assumed matched.
    const qPos: number[] = [];
    let extra = 0;
    let qOther = 0;
    let qShort = 0;
    for (let i = 0; i < query.length; i++) {
      if (isIndexable(query[i]!) && i <= MAX_POS) {
        qPos.push(i);
        if (query[i]!.skel.length <= 1) qShort |= 1 << i;
      } else {
        extra += query[i]!.weight;
        if (i <= MAX_POS) qOther |= 1 << i;
      }
    }
    if (qPos.length === 0) return [];
    this.qOther = qOther;
    this.qShort = qShort;
    const units: Unit[] = qPos.map((i) => ({ token: query[i]!, bits: 1 << i, w: query[i]!.weight, joined: false }));
    for (let i = 0; i + 1 < query.length && i + 1 <= MAX_POS; i++) {
      const a = query[i]!;
      const b = query[i + 1]!;
      if (a.role === 'name' && b.role === 'name') {
        units.push({ token: joinedQueryToken(a, b), bits: (1 << i) | (1 << (i + 1)), w: a.weight + b.weight, joined: true });
      }
    }
    const lists = units.map((u) => this.matchesOf(u));
    // Driver positions: the rarest query parts such that a name matching none of them cannot reach
    // the floor even if it matched every other part exactly. Only units touching a driver position
    // are expanded through the postings; the others are probed on the names found that way.
    const order = qPos.map((_, k) => k).sort((a, b) => this.positionMass(units, lists, a) - this.positionMass(units, lists, b));
    let driverBits = 0;
    for (const k of order) {
      if (this.qShort & (1 << qPos[k]!)) continue;
      driverBits |= 1 << qPos[k]!;
      if (this.boundWithout(query, qPos, extra, driverBits) < floor) break;
    }
    // Only one-consonant parts: they must find the names themselves.
    if (driverBits === 0) for (const i of qPos) driverBits |= 1 << i;
    const probed: number[] = [];
    for (let u = 0; u < units.length; u++) {
      if (units[u]!.bits & driverBits) this.expand(units[u]!, lists[u]!, gen, touched);
      else probed.push(u);
    }
    for (const u of probed) this.probe(units[u]!, lists[u]!, touched, false);
    const crude: number[] = [];
    for (const name of touched) {
      if (this.bound(name, query, qPos, extra, this.qmask[name]!, this.cmask[name]!, this.got[name]!, this.matched[name]!) >= floor) crude.push(name);
    }
    if (crude.length === 0) return [];
    // Stage 2: the same accumulation with exact similarities, only for the names that passed stage 1.
    for (const name of crude) {
      this.qmask[name] = 0;
      this.cmask[name] = 0;
      this.got[name] = 0;
      this.matched[name] = 0;
    }
    for (let u = 0; u < units.length; u++) this.probe(units[u]!, lists[u]!, crude, true);
    const out: Bounded[] = [];
    for (const name of crude) {
      const b = this.bound(name, query, qPos, extra, this.qmask[name]!, this.cmask[name]!, this.got[name]!, this.matched[name]!);
      if (b >= floor) out.push({ nameId: name, bound: b, order: this.bound(name, query, qPos, extra, this.qmask[name]!, this.cmask[name]!, this.got[name]!, this.matched[name]!, true) });
    }
    // Equal bounds (one-consonant parts are never charged) are ordered by the bound that charges them.
    out.sort((a, b) => b.bound - a.bound || b.order - a.order);
    return out;
  }

  /** Postings a query position's units would traverse (its own unit and the joined pairs with it). */
  private positionMass(units: Unit[], lists: MatchList[], k: number): number {
    let mass = 0;
    const bit = units[k]!.bits;
    for (let u = 0; u < units.length; u++) if (units[u]!.bits & bit) mass += this.massOf(lists[u]!);
    return mass;
  }

  private massOf(m: MatchList): number {
    if (m.mass < 0) {
      let mass = 0;
      for (let x = 0; x < m.ids.length; x++) mass += this.postStart[m.ids[x]! + 1]! - this.postStart[m.ids[x]!]!;
      m.mass = mass;
    }
    return m.mass;
  }

  /** Best score of a name that matches every query part except those in `without`, exactly. */
  private boundWithout(query: NameToken[], qPos: number[], extra: number, without: number): number {
    let got = extra;
    let lo = this.qOther ? 31 - Math.clz32(this.qOther & -this.qOther) : 32;
    let hi = this.qOther ? 31 - Math.clz32(this.qOther) : -1;
    for (const i of qPos) {
      if (without & (1 << i)) continue;
      got += query[i]!.weight;
      if (i < lo) lo = i;
      if (i > hi) hi = i;
    }
    let missing = 0;
    for (const i of qPos) if (without & (1 << i)) missing += query[i]!.weight * (i > lo && i < hi ? MISSING_MIDDLE : MISSING_QUERY);
    return got + missing === 0 ? 0 : got / (got + missing);
  }

  /**
   * Adds one unit's matches to the accumulators of the given names (already reset), looking up
   * each of their parts in the unit's match list: cheap bounds in stage 1, exact similarities in stage 2.
   */
  private probe(unit: Unit, m: MatchList, names: number[], exact: boolean): void {
    const ug = ++this.unitGeneration;
    for (let x = 0; x < m.ids.length; x++) {
      this.partStamp[m.ids[x]!] = ug;
      this.partSlot[m.ids[x]!] = x;
    }
    for (const name of names) {
      let best = 0;
      let bestW = 0;
      let cm = 0;
      for (let k = this.posStart[name]!; k < this.posStart[name + 1]!; k++) {
        const j = this.pos[k]!;
        for (let pass = 0; pass < 2; pass++) {
          const p = pass === 0 ? this.partAt[k]! : this.joinedAt[k]!;
          if (p < 0 || this.partStamp[p] !== ug) continue;
          const x = this.partSlot[p]!;
          const sim = exact ? this.exactSim(m, x) : m.ub[x]!;
          if (sim === 0) continue;
          const w = (unit.w + (pass === 1 ? 2 : 1) * this.weightOf[p]!) / 2;
          cm |= pass === 1 ? 3 << j : 1 << j;
          if (w * credit(sim) > best) {
            best = w * credit(sim);
            bestW = w;
          }
        }
      }
      if (best === 0) continue;
      this.cmask[name] |= cm;
      if (unit.joined && (this.qmask[name]! & unit.bits) !== 0) continue;
      this.qmask[name] |= unit.bits;
      this.got[name] += best;
      this.matched[name] += bestW;
    }
  }

  /**
   * Stage 1 for a driver unit: every name holding a part the unit may match is touched, and the
   * unit's best bound credit is added to the name's accumulators.
   */
  private expand(unit: Unit, m: MatchList, gen: number, touched: number[]): void {
    const ug = ++this.unitGeneration;
    const unitTouched: number[] = [];
    for (let x = 0; x < m.ids.length; x++) {
      const p = m.ids[x]!;
      const pj = this.joined[p] === 1;
      const partW = this.weightOf[p]!;
      const w = (unit.w + (pj ? 2 * partW : partW)) / 2; // a joined part weighs as both its parts
      const sim = m.ub[x]!;
      const end = this.postStart[p + 1]!;
      for (let y = this.postStart[p]!; y < end; y++) {
        const packed = this.postNames[y]!;
        const name = (packed / SLOTS) | 0;
        const slot = packed - name * SLOTS;
        const j = slot & MAX_POS;
        if (this.stamp[name] !== gen) {
          this.stamp[name] = gen;
          this.qmask[name] = 0;
          this.cmask[name] = 0;
          this.got[name] = 0;
          this.matched[name] = 0;
          touched.push(name);
        }
        const value = w * credit(sim);
        this.cmask[name] |= slot & JOINED_FLAG ? 3 << j : 1 << j;
        if (this.unitStamp[name] !== ug) {
          this.unitStamp[name] = ug;
          this.unitBest[name] = value;
          this.unitW[name] = w;
          unitTouched.push(name);
        } else if (value > this.unitBest[name]!) {
          this.unitBest[name] = value;
          this.unitW[name] = w;
        }
      }
    }
    for (const name of unitTouched) {
      // A joined query pair counts only where neither of its parts matched on its own.
      if (unit.joined && (this.qmask[name]! & unit.bits) !== 0) continue;
      this.qmask[name] |= unit.bits;
      this.got[name] += this.unitBest[name]!;
      this.matched[name] += this.unitW[name]!;
    }
  }

  /** got / (matched + missing), missing parts charged their cheapest cost, times the name-kind factor. */
  private bound(name: number, query: NameToken[], qPos: number[], extra: number, qm: number, cm: number, got: number, matched: number, pessimistic = false): number {
    if (qm === 0) return 0;
    const qr = qm | this.qOther;
    const qLo = 31 - Math.clz32(qr & -qr);
    const qHi = 31 - Math.clz32(qr);
    let missing = 0;
    for (const i of qPos) {
      if (qm & (1 << i)) continue;
      if (!pessimistic && this.qShort & (1 << i)) continue;
      missing += query[i]!.weight * (i > qLo && i < qHi ? MISSING_MIDDLE : MISSING_QUERY);
    }
    const cr = this.qOther !== 0 ? cm | this.otherMask[name]! : cm;
    const cLo = 31 - Math.clz32(cr & -cr);
    const cHi = 31 - Math.clz32(cr);
    for (let k = this.posStart[name]!; k < this.posStart[name + 1]!; k++) {
      const j = this.pos[k]!;
      if (cm & (1 << j)) continue;
      if (!pessimistic && this.short[k] === 1) continue;
      missing += this.weight[k]! * (j > cLo && j < cHi ? MISSING_MIDDLE : MISSING_LIST);
    }
    return ((got + extra) / (matched + extra + missing)) * this.kindFactor[name]!;
  }


  designation(nameId: number): number {
    return this.designationOf[nameId]!;
  }
}
