// Candidate generation with a score upper bound (the index is built by part-index-builder.ts).
//
// Query time: each query part (and each pair of adjacent query parts, joined) gets the distinct
// listed parts it matches (part-matcher.ts); parts that reach the minimum similarity are expanded
// to the names holding them. Per name we accumulate the
// best credit of every query part and the positions hit on both sides, which gives an upper bound of
// the alignment score (align.ts) without aligning: missing parts are charged their cheapest possible
// cost (middle parts 0.2) and matched parts their best similarity. Only names whose bound can still
// reach the threshold are aligned, best bound first.

import { canBeContained, CONTAINED_MIN_WEIGHT, credit, MISSING_LIST, MISSING_MIDDLE, MISSING_QUERY } from './align.js';
import type { KeyTable } from './index-keys.js';
import { Generations } from './generations.js';
import type { MatchList } from './match-cache.js';
import { PartMatcher, type QueryUnit } from './part-matcher.js';
import { CONTAINABLE, isIndexable, JOINED_FLAG, MAX_POS, PERSON, SLOTS } from './postings.js';
import type { NameToken } from './token.js';
import { nameKindOf } from './tokenize.js';

/** Hard cap on names fully aligned per query (only hit by very common names, e.g. "Muhammad Ali"). */
export const MAX_ALIGNED = 150;
// Each name is a block of 64-byte records: its own record (one cache line), then its entries four
// to a record, the block padded to 128 bytes so the record and its first four entries share the
// pair of lines a cache fetches together. In the record, int fields at these Int32 offsets…
const ACC_INTS = 16;
const STAMP = 0;
const QMASK = 1;
const CMASK = 2;
const UNIT_STAMP = 3;
// …the sums at these Float64 offsets (bytes 16–47)…
const ACC_FLOATS = 8;
const GOT = 2;
const MATCHED = 3;
const UNIT_BEST = 4;
const UNIT_W = 5;
// …and the name's constants: its entry count, its name-kind factor (a Float32 at KIND), the
// positions of its non-indexed parts, and its name id × 4 + its flags (PERSON, CONTAINABLE).
const COUNT = 12;
const KIND = 13;
const OTHER = 14;
const ID_FLAGS = 15;
/** An entry (a listed part of the name) is 4 ints: part id, joined-with-next part id (-1 if none), position | one-consonant flag << 8, weight (a Float32). */
const ENTRY = 4;
/** probe()'s filter has FILTER_MASK + 1 words of 32 bits. */
const FILTER_MASK = 31;
interface Unit extends QueryUnit {
  /** Query positions it covers (two for a joined pair). */
  bits: number;
  w: number;
}

/** A name worth aligning, with its score bound (already multiplied by the name-kind factor). */
export interface Bounded {
  nameId: number;
  bound: number;
  /** Secondary order: the bound charging unmatched one-consonant parts too. */
  order: number;
}

/** Whether query part i is searched in the index (prefetch and find must agree on it). */
function searchedAt(query: NameToken[], i: number): boolean {
  return i <= MAX_POS && isIndexable(query[i]!);
}

export class PartIndex {
  private readonly nameCount: number;
  // Per-name scratch, stamped by query generation so nothing is cleared per query.
  /**
   * The names' blocks (see ACC_INTS), seen through three views. A name is known by the index of its
   * record (in 64-byte units) everywhere in the search, postings included: the search's scratch
   * (stamp, query mask, listed mask, unit stamp; credit, matched weight, unit best, unit weight), the
   * name's constants and its entries are then one or two adjacent cache lines.
   */
  private readonly accInt: Int32Array;
  private readonly accSum: Float64Array;
  private readonly accKind: Float32Array;
  /** Record index of each name id. */
  private readonly recordOf: Int32Array;
  /** Per part: the unit generation that last marked it (compact, so probing names stays in cache), and its slot then. */
  private readonly partStamp: Int32Array;
  private readonly partSlot: Int32Array;
  /**
   * Per name record: the query generation in which a joined query pair matched the name after one
   * of its parts had (the accumulation then leaves the pair out; altBound weighs both choices).
   */
  private readonly pairOverlap: Int32Array;
  /** Whether the current query has marked any pairOverlap (rarely: the check per name is a cache miss). */
  private anyOverlap = false;
  /** Stamps of a query (names' STAMP) and of a query unit (names' UNIT_STAMP, part stamps). */
  private readonly generations: Generations;
  private readonly unitGenerations: Generations;
  /** Positions of the current query's non-indexed parts: assumed matched, they widen the matched range. */
  private qOther = 0;
  /** Positions of the current query's one-consonant parts (never charged as missing). */
  private qShort = 0;
  /** The current query is a person's name, and the positions of all its indexed parts. */
  private qPerson = false;
  /** The current query could be the contained side of align.ts's contained-name rule (two names, enough weight). */
  private qContainable = false;
  private qAll = 0;
  private readonly unitTouched: number[] = [];
  /** Which parts each query unit matches (part-matcher.ts). */
  private readonly matcher: PartMatcher;
  private readonly weightOf: Float32Array;
  /** probe()'s filter of the current list's part ids: bit p of 32 × 32. */
  private readonly probeFilter = new Int32Array(FILTER_MASK + 1);
  /** Where the read-ahead loops leave their result, so that their loads are not optimised away. */
  private sink = 0;

  constructor(
    readonly parts: NameToken[],
    private readonly joined: Uint8Array,
    private readonly postStart: Int32Array,
    private readonly postNames: Int32Array,
    keys: KeyTable,
    keyParts: Int32Array,
    posStart: Int32Array,
    pos: Uint8Array,
    weight: Float32Array,
    partAt: Int32Array,
    joinedAt: Int32Array,
    short: Uint8Array,
    otherMask: Int32Array,
    nameFlags: Uint8Array,
    kindFactor: Float32Array,
    private readonly designationOf: Int32Array,
  ) {
    this.nameCount = posStart.length - 1;
    const n = this.nameCount;
    this.recordOf = new Int32Array(n);
    let records = 0;
    for (let name = 0; name < n; name++) {
      this.recordOf[name] = records;
      const blocks = 1 + Math.ceil((posStart[name + 1]! - posStart[name]!) / 4);
      records += blocks + (blocks % 2); // 128-byte blocks
    }
    if (records * SLOTS >= 2 ** 31) throw new Error(`too many names for the name records: ${n}`);
    const buffer = new ArrayBuffer(records * ACC_INTS * 4);
    this.accInt = new Int32Array(buffer);
    this.accSum = new Float64Array(buffer);
    this.accKind = new Float32Array(buffer);
    this.pairOverlap = new Int32Array(records);
    for (let name = 0; name < n; name++) {
      const a = this.recordOf[name]! * ACC_INTS;
      this.accInt[a + COUNT] = posStart[name + 1]! - posStart[name]!;
      this.accKind[a + KIND] = kindFactor[name]!;
      this.accInt[a + OTHER] = otherMask[name]!;
      this.accInt[a + ID_FLAGS] = name * 4 + nameFlags[name]!;
      for (let k = posStart[name]!, e = a + ACC_INTS; k < posStart[name + 1]!; k++, e += ENTRY) {
        this.accInt[e] = partAt[k]!;
        this.accInt[e + 1] = joinedAt[k]!;
        this.accInt[e + 2] = pos[k]! | (short[k]! << 8);
        this.accKind[e + 3] = weight[k]!;
      }
    }
    // Postings name records, not name ids.
    for (let y = 0; y < postNames.length; y++) {
      const packed = postNames[y]!;
      const name = (packed / SLOTS) | 0;
      postNames[y] = this.recordOf[name]! * SLOTS + (packed - name * SLOTS);
    }
    this.generations = new Generations(() => {
      for (let name = 0; name < n; name++) this.accInt[this.recordOf[name]! * ACC_INTS + STAMP] = 0;
      this.pairOverlap.fill(0);
    });
    this.unitGenerations = new Generations(() => {
      for (let name = 0; name < n; name++) this.accInt[this.recordOf[name]! * ACC_INTS + UNIT_STAMP] = 0;
      this.partStamp.fill(0);
    });
    this.matcher = new PartMatcher(parts, joined, keys, keyParts);
    this.partStamp = new Int32Array(parts.length);
    this.partSlot = new Int32Array(parts.length);
    this.weightOf = Float32Array.from(parts, (p) => p.weight);
  }

  get keyCount(): number {
    return this.matcher.keyCount;
  }

  /** Computes the match lists of queries' single words ahead of find(), which then finds them kept. */
  prefetch(queries: NameToken[][]): void {
    for (const query of queries) {
      for (let i = 0; i < query.length; i++) {
        const t = query[i]!;
        if (searchedAt(query, i)) this.matcher.matchesOf({ token: t, left: t, right: undefined, joined: false });
      }
    }
  }

  /**
   * Names whose score bound (times their name-kind factor) reaches `floor`, best bound first.
   * Stage 1 expands the driver units' parts to their names and probes the other units on them;
   * stage 2 re-accumulates the survivors with every unit in query order, so a joined pair is
   * credited only where neither of its parts matched alone (stage 1 may count both: looser, still a bound);
   * a name on which a pair matched after one of its parts had is bounded by altBound, both ways.
   */
  find(query: NameToken[], floor: number): Bounded[] {
    const gen = this.generations.next();
    const touched: number[] = [];
    // Query parts: indexable ones take part in the bound; the others are assumed matched.
    const qPos: number[] = [];
    let extra = 0;
    let qOther = 0;
    let qShort = 0;
    for (let i = 0; i < query.length; i++) {
      if (searchedAt(query, i)) {
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
    this.qPerson = nameKindOf(query) === 'person';
    this.qContainable = canBeContained(query);
    this.qAll = 0;
    for (const i of qPos) this.qAll |= 1 << i;
    const units: Unit[] = qPos.map((i) => ({ token: query[i]!, left: query[i]!, right: undefined, bits: 1 << i, w: query[i]!.weight, joined: false }));
    for (let i = 0; i + 1 < query.length && i + 1 <= MAX_POS; i++) {
      const a = query[i]!;
      const b = query[i + 1]!;
      if (a.role === 'name' && b.role === 'name') {
        units.push({ token: undefined, left: a, right: b, bits: (1 << i) | (1 << (i + 1)), w: a.weight + b.weight, joined: true });
      }
    }
    const lists = units.map((u) => this.matcher.matchesOf(u));
    this.anyOverlap = false;
    // Driver positions: the rarest query parts such that a name matching none of them cannot reach
    // the floor even if it matched every other part exactly. Only units touching a driver position
    // are expanded through the postings; the others are probed on the names found that way.
    const mass = qPos.map((_, k) => this.positionMass(units, lists, k));
    const order = qPos.map((_, k) => k);
    // A stable insertion sort by mass: a query has a handful of parts.
    for (let x = 1; x < order.length; x++) {
      const k = order[x]!;
      let y = x - 1;
      for (; y >= 0 && mass[order[y]!]! > mass[k]!; y--) order[y + 1] = order[y]!;
      order[y + 1] = k;
    }
    let driverBits = 0;
    let enough = false;
    for (const k of order) {
      if (this.qShort & (1 << qPos[k]!)) continue;
      driverBits |= 1 << qPos[k]!;
      if (this.boundWithout(query, qPos, extra, driverBits) < floor) {
        enough = true;
        break;
      }
    }
    // A name matching none of the longer parts can still reach the floor (only one-consonant parts,
    // or "Ri Ynog Mu", whose one longer part missing between two matched ones costs 0.2): the
    // one-consonant parts must find such names themselves.
    if (!enough) for (const i of qPos) driverBits |= 1 << i;
    const probed: number[] = [];
    for (let u = 0; u < units.length; u++) {
      if (units[u]!.bits & driverBits) this.expand(units[u]!, lists[u]!, gen, touched);
      else probed.push(u);
    }
    for (const u of probed) this.probe(units[u]!, lists[u]!, touched);
    const crude: number[] = [];
    for (const name of touched) {
      if (this.anyOverlap && this.pairOverlap[name] === gen) {
        if (this.altBound(name, query, qPos, extra, units, lists) >= floor) crude.push(name);
        continue;
      }
      const qm = this.accInt[name * ACC_INTS + QMASK]!;
      const got = this.accSum[name * ACC_FLOATS + GOT]!;
      const matched = this.accSum[name * ACC_FLOATS + MATCHED]!;
      // Most names found share one query part only: the query's own missing parts, each charged
      // the least any missing part costs, already keep them below the floor (no listed parts read).
      let missing = 0;
      for (const i of qPos) if ((qm & (1 << i)) === 0 && (this.qShort & (1 << i)) === 0) missing += query[i]!.weight * MISSING_MIDDLE;
      if (((got + extra) / (matched + extra + missing)) * this.accKind[name * ACC_INTS + KIND]! < floor) continue;
      if (this.bound(name, query, qPos, extra, qm, this.accInt[name * ACC_INTS + CMASK]!, got, matched) >= floor) crude.push(name);
    }
    if (crude.length === 0) return [];
    // Stage 2: the same accumulation in unit order, only for the names that passed stage 1.
    for (const name of crude) {
      this.accInt[name * ACC_INTS + QMASK] = 0;
      this.accInt[name * ACC_INTS + CMASK] = 0;
      this.accSum[name * ACC_FLOATS + GOT] = 0;
      this.accSum[name * ACC_FLOATS + MATCHED] = 0;
    }
    for (let u = 0; u < units.length; u++) this.probe(units[u]!, lists[u]!, crude);
    const out: Bounded[] = [];
    for (const name of crude) {
      const nameId = this.accInt[name * ACC_INTS + ID_FLAGS]! >>> 2;
      if (this.anyOverlap && this.pairOverlap[name] === gen) {
        const b = this.altBound(name, query, qPos, extra, units, lists);
        if (b >= floor) out.push({ nameId, bound: b, order: this.altBound(name, query, qPos, extra, units, lists, true) });
        continue;
      }
      const b = this.bound(name, query, qPos, extra, this.accInt[name * ACC_INTS + QMASK]!, this.accInt[name * ACC_INTS + CMASK]!, this.accSum[name * ACC_FLOATS + GOT]!, this.accSum[name * ACC_FLOATS + MATCHED]!);
      if (b >= floor) out.push({ nameId, bound: b, order: this.bound(name, query, qPos, extra, this.accInt[name * ACC_INTS + QMASK]!, this.accInt[name * ACC_INTS + CMASK]!, this.accSum[name * ACC_FLOATS + GOT]!, this.accSum[name * ACC_FLOATS + MATCHED]!, true) });
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
      // Plain arrays, as the list's own: typed arrays of a few elements cost more to make.
      const spans: number[] = [];
      const partWeights: number[] = [];
      for (let x = 0; x < m.ids.length; x++) {
        const p = m.ids[x]!;
        const start = this.postStart[p]!;
        const end = this.postStart[p + 1]!;
        spans.push(start, end);
        mass += end - start;
        partWeights.push(this.joined[p] === 1 ? 2 * this.weightOf[p]! : this.weightOf[p]!);
      }
      m.spans = spans;
      m.partWeights = partWeights;
      m.mass = mass;
    }
    return m.mass;
  }

  /** Best score of a name that matches every query part except those in `without`, exactly. */
  private boundWithout(query: NameToken[], qPos: number[], extra: number, without: number): number {
    let got = extra;
    let lo = this.qOther ? 31 - Math.clz32(this.qOther & -this.qOther) : 32;
    let hi = this.qOther ? 31 - Math.clz32(this.qOther) : -1;
    let names = 0;
    let nameWeight = 0;
    for (const i of qPos) {
      if (without & (1 << i)) continue;
      got += query[i]!.weight;
      if (query[i]!.role === 'name') {
        names++;
        nameWeight += query[i]!.weight;
      }
      if (i < lo) lo = i;
      if (i > hi) hi = i;
    }
    // A person's name made of the remaining parts (two names or more, weighing at least
    // CONTAINED_MIN_WEIGHT) would be wholly contained in the query: the left-out parts then cost as
    // dropped middle parts (align.ts).
    const contained = this.qPerson && names >= 2 && nameWeight >= CONTAINED_MIN_WEIGHT;
    let missing = 0;
    for (const i of qPos) if (without & (1 << i)) missing += query[i]!.weight * (contained || (i > lo && i < hi) ? MISSING_MIDDLE : MISSING_QUERY);
    return got + missing === 0 ? 0 : got / (got + missing);
  }

  /**
   * Adds one unit's matches to the accumulators of the given names (already reset), looking up
   * each of their parts in the unit's match list.
   */
  private probe(unit: Unit, m: MatchList, names: number[]): void {
    // An empty list credits no name: most joined pairs, and words that match nothing.
    if (m.ids.length === 0) return;
    const ug = this.unitGenerations.next();
    // A 1,024-bit filter of the list's part ids (128 bytes, in L1): most parts of a name are not in
    // the list, and the filter spares the look-up in the part stamps (a cache miss). A 64-bit filter
    // let a third of them through for a list of 25 parts, as common names have.
    const filter = this.probeFilter;
    filter.fill(0);
    for (let x = 0; x < m.ids.length; x++) {
      const p = m.ids[x]!;
      this.partStamp[p] = ug;
      this.partSlot[p] = x;
      filter[(p >>> 5) & FILTER_MASK] |= 1 << (p & 31);
    }
    // The names' records read first, their misses overlapping (as in expand).
    let touch = 0;
    for (const name of names) touch ^= this.accInt[name * ACC_INTS + COUNT]!;
    this.sink ^= touch;
    for (const name of names) {
      let best = 0;
      let bestW = 0;
      let cm = 0;
      const first = (name + 1) * ACC_INTS;
      const end = first + this.accInt[name * ACC_INTS + COUNT]! * ENTRY;
      for (let k = first; k < end; k += ENTRY) {
        const j = this.accInt[k + 2]! & 0xff;
        for (let pass = 0; pass < 2; pass++) {
          const p = this.accInt[k + pass]!;
          if (p < 0 || (filter[(p >>> 5) & FILTER_MASK]! & (1 << (p & 31))) === 0 || this.partStamp[p] !== ug) continue;
          const x = this.partSlot[p]!;
          const sim = m.sim[x]!;
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
      this.accInt[name * ACC_INTS + CMASK] = this.accInt[name * ACC_INTS + CMASK]! | cm;
      if (unit.joined && (this.accInt[name * ACC_INTS + QMASK]! & unit.bits) !== 0) {
        this.pairOverlap[name] = this.accInt[name * ACC_INTS + STAMP]!;
        this.anyOverlap = true;
        continue;
      }
      this.accInt[name * ACC_INTS + QMASK] = this.accInt[name * ACC_INTS + QMASK]! | unit.bits;
      this.accSum[name * ACC_FLOATS + GOT] += best;
      this.accSum[name * ACC_FLOATS + MATCHED] += bestW;
    }
  }

  /**
   * Stage 1 for a driver unit: every name holding a part the unit may match is touched, and the
   * unit's best bound credit is added to the name's accumulators.
   */
  private expand(unit: Unit, m: MatchList, gen: number, touched: number[]): void {
    const ug = this.unitGenerations.next();
    // The names this unit touched (a scratch array kept between calls: its length is `count`).
    const unitTouched = this.unitTouched;
    let count = 0;
    this.massOf(m); // sets the list's spans and part weights
    const spans = m.spans!;
    const partWeights = m.partWeights!;
    // Read every name's stamp once in a tight loop first: its loads do not wait on one another, so
    // the cache misses overlap, and the loop below finds the records in cache (all the read-ahead: 1.05×).
    let touch = 0;
    for (let x = 0; x < m.ids.length; x++) {
      const end = spans[2 * x + 1]!;
      for (let y = spans[2 * x]!; y < end; y++) touch ^= this.accInt[((this.postNames[y]! / SLOTS) | 0) * ACC_INTS + STAMP]!;
    }
    this.sink ^= touch;
    for (let x = 0; x < m.ids.length; x++) {
      const w = (unit.w + partWeights[x]!) / 2; // a joined part weighs as both its parts
      const value = w * credit(m.sim[x]!);
      const end = spans[2 * x + 1]!;
      for (let y = spans[2 * x]!; y < end; y++) {
        const packed = this.postNames[y]!;
        const name = (packed / SLOTS) | 0;
        const slot = packed - name * SLOTS;
        const j = slot & MAX_POS;
        if (this.accInt[name * ACC_INTS + STAMP] !== gen) {
          this.accInt[name * ACC_INTS + STAMP] = gen;
          this.accInt[name * ACC_INTS + QMASK] = 0;
          this.accInt[name * ACC_INTS + CMASK] = 0;
          this.accSum[name * ACC_FLOATS + GOT] = 0;
          this.accSum[name * ACC_FLOATS + MATCHED] = 0;
          touched.push(name);
        }
        this.accInt[name * ACC_INTS + CMASK] = this.accInt[name * ACC_INTS + CMASK]! | (slot & JOINED_FLAG ? 3 << j : 1 << j);
        if (this.accInt[name * ACC_INTS + UNIT_STAMP] !== ug) {
          this.accInt[name * ACC_INTS + UNIT_STAMP] = ug;
          this.accSum[name * ACC_FLOATS + UNIT_BEST] = value;
          this.accSum[name * ACC_FLOATS + UNIT_W] = w;
          unitTouched[count++] = name;
        } else if (value > this.accSum[name * ACC_FLOATS + UNIT_BEST]!) {
          this.accSum[name * ACC_FLOATS + UNIT_BEST] = value;
          this.accSum[name * ACC_FLOATS + UNIT_W] = w;
        }
      }
    }
    for (let t = 0; t < count; t++) {
      const name = unitTouched[t]!;
      // A joined query pair counts only where neither of its parts matched on its own.
      if (unit.joined && (this.accInt[name * ACC_INTS + QMASK]! & unit.bits) !== 0) {
        this.pairOverlap[name] = this.accInt[name * ACC_INTS + STAMP]!;
        this.anyOverlap = true;
        continue;
      }
      this.accInt[name * ACC_INTS + QMASK] = this.accInt[name * ACC_INTS + QMASK]! | unit.bits;
      this.accSum[name * ACC_FLOATS + GOT] += this.accSum[name * ACC_FLOATS + UNIT_BEST]!;
      this.accSum[name * ACC_FLOATS + MATCHED] += this.accSum[name * ACC_FLOATS + UNIT_W]!;
    }
  }

  /** got / (matched + missing), missing parts charged their cheapest cost, times the name-kind factor. */
  private bound(name: number, query: NameToken[], qPos: number[], extra: number, qm: number, cm: number, got: number, matched: number, pessimistic = false): number {
    if (qm === 0) return 0;
    const a = name * ACC_INTS;
    const start = a + ACC_INTS;
    const end = start + this.accInt[a + COUNT]! * ENTRY;
    // Two persons' names, one of them wholly matched: align.ts charges the other's extra parts as
    // dropped middle parts (a contained name). Charge them so whenever that may happen.
    let contained = false;
    const flags = this.accInt[a + ID_FLAGS]!;
    if (this.qPerson && (flags & PERSON) !== 0) {
      // The wholly matched side must be able to be the contained one (two names, enough weight).
      contained = this.qContainable && (qm & this.qAll) === this.qAll;
      if (!contained && (flags & CONTAINABLE) !== 0) {
        contained = true;
        for (let k = start; k < end && contained; k += ENTRY) contained = (cm & (1 << (this.accInt[k + 2]! & 0xff))) !== 0;
      }
    }
    const qr = qm | this.qOther;
    const qLo = 31 - Math.clz32(qr & -qr);
    const qHi = 31 - Math.clz32(qr);
    let missing = 0;
    for (const i of qPos) {
      if (qm & (1 << i)) continue;
      if (!pessimistic && this.qShort & (1 << i)) continue;
      missing += query[i]!.weight * (contained || (i > qLo && i < qHi) ? MISSING_MIDDLE : MISSING_QUERY);
    }
    const cr = this.qOther !== 0 ? cm | this.accInt[a + OTHER]! : cm;
    const cLo = 31 - Math.clz32(cr & -cr);
    const cHi = 31 - Math.clz32(cr);
    for (let k = start; k < end; k += ENTRY) {
      const packed = this.accInt[k + 2]!;
      const j = packed & 0xff;
      if (cm & (1 << j)) continue;
      if (!pessimistic && packed >> 8 === 1) continue;
      missing += this.accKind[k + 3]! * (contained || (j > cLo && j < cHi) ? MISSING_MIDDLE : MISSING_LIST);
    }
    return ((got + extra) / (matched + extra + missing)) * this.accKind[a + KIND]!;
  }


  /**
   * The bound of a name on which a joined query pair matched after one of its parts had: the
   * accumulation then leaves the pair out, but alignment may prefer it ("Abdour Rehman" joined meets
   * "ABDUR REHMAN" at 0.93, "Rehman" alone meets only its abd stem). Each unit's best credit on the
   * name is found again, every choice of pairs that do not overlap is bounded (a pair replaces its
   * parts), and the best kept. Such names are few, and their lists short.
   */
  private altBound(name: number, query: NameToken[], qPos: number[], extra: number, units: Unit[], lists: MatchList[], pessimistic = false): number {
    const best = new Float64Array(units.length);
    const bestW = new Float64Array(units.length);
    let cm = 0;
    const first = (name + 1) * ACC_INTS;
    const end = first + this.accInt[name * ACC_INTS + COUNT]! * ENTRY;
    const pairs: number[] = [];
    for (let u = 0; u < units.length; u++) {
      const m = lists[u]!;
      for (let k = first; k < end && m.ids.length > 0; k += ENTRY) {
        const j = this.accInt[k + 2]! & 0xff;
        for (let pass = 0; pass < 2; pass++) {
          const p = this.accInt[k + pass]!;
          const x = p < 0 ? -1 : m.ids.indexOf(p);
          if (x < 0 || m.sim[x] === 0) continue;
          const w = (units[u]!.w + (pass === 1 ? 2 : 1) * this.weightOf[p]!) / 2;
          cm |= pass === 1 ? 3 << j : 1 << j;
          if (w * credit(m.sim[x]!) > best[u]!) {
            best[u] = w * credit(m.sim[x]!);
            bestW[u] = w;
          }
        }
      }
      if (units[u]!.joined && best[u]! > 0) pairs.push(u);
    }
    let out = 0;
    for (let choice = 0; choice < 1 << pairs.length; choice++) {
      let used = 0;
      let overlap = false;
      for (let b = 0; b < pairs.length && !overlap; b++) {
        if ((choice & (1 << b)) === 0) continue;
        const bits = units[pairs[b]!]!.bits;
        overlap = (used & bits) !== 0;
        used |= bits;
      }
      if (overlap) continue;
      let qm = 0;
      let got = 0;
      let matched = 0;
      for (let u = 0; u < units.length; u++) {
        if (best[u] === 0) continue;
        const unit = units[u]!;
        if (unit.joined ? (choice & (1 << pairs.indexOf(u))) === 0 : (used & unit.bits) !== 0) continue;
        qm |= unit.bits;
        got += best[u]!;
        matched += bestW[u]!;
      }
      out = Math.max(out, this.bound(name, query, qPos, extra, qm, cm, got, matched, pessimistic));
    }
    return out;
  }

  designation(nameId: number): number {
    return this.designationOf[nameId]!;
  }
}
