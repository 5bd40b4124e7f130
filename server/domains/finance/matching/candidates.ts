// Candidate generation with a score upper bound (the index is built by part-index-builder.ts).
//
// Query time: each query part (and each pair of adjacent query parts, joined) is compared with the
// distinct parts that share a key with it (cached across queries by the part's spelling); parts that
// reach the minimum similarity are expanded to the names holding them. Per name we accumulate the
// best credit of every query part and the positions hit on both sides, which gives an upper bound of
// the alignment score (align.ts) without aligning: missing parts are charged their cheapest possible
// cost (middle parts 0.2) and matched parts their best similarity. Only names whose bound can still
// reach the threshold are aligned, best bound first.

import { CONTAINED_MIN_WEIGHT, credit, JOIN_MIN_SIM, MIN_SIM, MISSING_LIST, MISSING_MIDDLE, MISSING_QUERY } from './align.js';
import { abdCompoundStem, compareTokens, isAbdKey } from './compare.js';
import { skeleton } from './keys.js';
import { hashKey, joinedQueryKeys, type KeyTable, queryKeys } from './index-keys.js';
import { Generations } from './generations.js';
import { joinedSignatureHash, MatchCache, type MatchList, signatureHash } from './match-cache.js';
import { BOUND_SLACK, KeyRuns } from './key-runs.js';
import { ABD, ALPHA_KEY, JOINED, NAME, ORIGIN_CODE, PartTable, VOWELLESS } from './part-table.js';
import { features, FixedKeyBound, keySimilarity, plainBound, plainSimilarity } from './similarity.js';
import { QuerySimilarity } from './query-similarity.js';
import { isIndexable, JOINED_FLAG, MAX_POS, SLOTS } from './postings.js';
import type { NameToken } from './token.js';
import { nameKindOf } from './tokenize.js';

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

// Match lists are plain arrays: building typed arrays for a few elements costs more than it saves.
const NO_IDS: readonly number[] = [];
const NO_SIMS: readonly number[] = [];

/** Hard cap on names fully aligned per query (only hit by very common names, e.g. "Muhammad Ali"). */
export const MAX_ALIGNED = 150;
const ALPHA = /^[a-z]+$/;
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
// positions of its non-indexed parts, and its name id × 2 + 1 if it is a person's name.
const COUNT = 12;
const KIND = 13;
const OTHER = 14;
const ID_PERSON = 15;
/** An entry (a listed part of the name) is 4 ints: part id, joined-with-next part id (-1 if none), position | one-consonant flag << 8, weight (a Float32). */
const ENTRY = 4;
const NEED_PLAIN = 1;
const NEED_KEY = 2;
/** The bound is the exact similarity already. */
const EXACT = 4;
/** Two a–z name parts, neither joined, spelled and keyed differently: only the measures in need are left. */
const KNOWN = 8;
/** …compared in vowel-less mode. */
const KNOWN_VOWELLESS = 16;

interface Unit {
  /** The query part, or the two joined (a joined pair's token is only built when its list is not cached). */
  token: NameToken | undefined;
  left: NameToken;
  right: NameToken | undefined;
  /** Query positions it covers (two for a joined pair). */
  bits: number;
  w: number;
  joined: boolean;
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
  /** Stamps of a query (names' STAMP) and of a query unit (names' UNIT_STAMP, part stamps). */
  private readonly generations: Generations;
  private readonly unitGenerations: Generations;
  /** The last generation before stamps are cleared (lowered by tests to exercise the clearing). */
  static generationLimit = 0x7fffffff;
  /** Positions of the current query's non-indexed parts: assumed matched, they widen the matched range. */
  private qOther = 0;
  /** Positions of the current query's one-consonant parts (never charged as missing). */
  private qShort = 0;
  /** The current query is a person's name, and the positions of all its indexed parts. */
  private qPerson = false;
  private qAll = 0;
  private readonly unitTouched: number[] = [];
  /** The current query unit's letter bound tables, reset per unit. */
  private readonly fixedKeyBound = new FixedKeyBound();
  /** The current query unit's similarity tables, reset per unit. */
  private readonly querySimilarity = new QuerySimilarity('', '');
  /** Query unit → parts it can match, shared by queries (match-cache.ts). */
  private readonly cache = new MatchCache();
  /** Flags, hashes, letter masks and weighted lengths of every part, for cheap similarity bounds. */
  private readonly table: PartTable;
  /** Each key's parts with their bound data (key-runs.ts). */
  private readonly runs: KeyRuns;
  private readonly normOf: string[];
  private readonly keyOf: string[];
  private readonly weightOf: Float32Array;
  /** Keys of the a–z parts as letter codes in one buffer: part p is keyCodes[keyAt[p]..keyAt[p + 1]). */
  private readonly keyCodes: Uint8Array;
  private readonly keyAt: Int32Array;
  /** Spellings of every part as character codes in one buffer, likewise. */
  private readonly normCodes: Uint16Array;
  private readonly normAt: Int32Array;

  constructor(
    readonly parts: NameToken[],
    private readonly joined: Uint8Array,
    private readonly postStart: Int32Array,
    private readonly postNames: Int32Array,
    private readonly keys: KeyTable,
    keyParts: Int32Array,
    posStart: Int32Array,
    pos: Uint8Array,
    weight: Float32Array,
    partAt: Int32Array,
    joinedAt: Int32Array,
    short: Uint8Array,
    otherMask: Int32Array,
    person: Uint8Array,
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
    for (let name = 0; name < n; name++) {
      const a = this.recordOf[name]! * ACC_INTS;
      this.accInt[a + COUNT] = posStart[name + 1]! - posStart[name]!;
      this.accKind[a + KIND] = kindFactor[name]!;
      this.accInt[a + OTHER] = otherMask[name]!;
      this.accInt[a + ID_PERSON] = name * 2 + person[name]!;
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
    }, PartIndex.generationLimit);
    this.unitGenerations = new Generations(() => {
      for (let name = 0; name < n; name++) this.accInt[this.recordOf[name]! * ACC_INTS + UNIT_STAMP] = 0;
      this.partStamp.fill(0);
    }, PartIndex.generationLimit);
    this.table = new PartTable(parts, joined);
    this.runs = new KeyRuns(keyParts, this.table);
    this.partStamp = new Int32Array(parts.length);
    this.partSlot = new Int32Array(parts.length);
    this.normOf = parts.map((p) => p.norm);
    this.keyOf = parts.map((p) => p.key);
    this.weightOf = Float32Array.from(parts, (p) => p.weight);
    this.keyAt = new Int32Array(parts.length + 1);
    for (let p = 0; p < parts.length; p++) this.keyAt[p + 1] = this.keyAt[p]! + (this.table.alpha(this.table.at(p)) ? parts[p]!.key.length : 0);
    this.keyCodes = new Uint8Array(this.keyAt[parts.length]!);
    this.normAt = new Int32Array(parts.length + 1);
    for (let p = 0; p < parts.length; p++) this.normAt[p + 1] = this.normAt[p]! + parts[p]!.norm.length;
    this.normCodes = new Uint16Array(this.normAt[parts.length]!);
    for (let p = 0; p < parts.length; p++) {
      const norm = parts[p]!.norm;
      for (let i = 0; i < norm.length; i++) this.normCodes[this.normAt[p]! + i] = norm.charCodeAt(i);
    }
    for (let p = 0; p < parts.length; p++) {
      if (!this.table.alpha(this.table.at(p))) continue;
      const key = parts[p]!.key;
      for (let i = 0; i < key.length; i++) this.keyCodes[this.keyAt[p]! + i] = key.charCodeAt(i) - 97;
    }
  }

  get keyCount(): number {
    return this.keys.size;
  }

  /**
   * Parts that a query unit (one part, or a joined pair) matches, with their similarities: the
   * key-sharing parts are filtered by a cheap bound, then by the exact similarity (cached by spelling).
   */
  private matchesOf(unit: Unit): MatchList {
    const sig = unit.joined ? joinedSignatureHash(unit.left, unit.right!) : signatureHash(unit.left, false);
    const hit = unit.joined ? this.cache.getJoined(sig, unit.left, unit.right!) : this.cache.get(sig, unit.left, false);
    if (hit !== undefined) return hit;
    const q = (unit.token ??= joinedQueryToken(unit.left, unit.right!));
    const keys: number[] = [];
    if (unit.joined) joinedQueryKeys(q.skel, keys);
    else queryKeys(q.skel, keys);
    // An abd compound also matches its stem written bare: look the stem up too.
    const qAbd = !unit.joined && q.role === 'name' && isAbdKey(q.key);
    const qStem = qAbd ? abdCompoundStem(q.key) : undefined;
    if (qStem !== undefined) queryKeys(skeleton(qStem), keys);
    // Most joined pairs and many rare words share no key with any part: find that out before
    // laying out anything for the comparisons.
    const runs: number[] = [];
    for (const k of keys) {
      const run = this.keys.find(k);
      if (run >= 0) runs.push(run);
    }
    if (runs.length === 0) {
      const none: MatchList = { token: q, joined: unit.joined, mass: 0, ids: NO_IDS, sim: NO_SIMS };
      // Nearly every joined pair finds nothing and is seen once: kept, they would push out the
      // lists of words that do come back, and finding nothing again is cheap.
      if (!unit.joined) this.cache.set(sig, none);
      return none;
    }
    const gen = this.unitGenerations.next();
    const ids: number[] = [];
    const ubs: number[] = [];
    const needs: number[] = [];
    const qf = features(q);
    const qBound = this.fixedKeyBound;
    qBound.set(qf.letters);
    const qAlpha = ALPHA.test(q.key);
    const qName = q.role === 'name';
    const qVowelless = q.vowelless;
    const qOrigin = ORIGIN_CODE[q.origin];
    const qNormHash = hashKey(q.norm);
    const qKeyHash = hashKey(q.key);
    const table = this.table;
    const entries = this.runs;
    // A single a–z name word meets mostly a–z name parts that are not joined: those are tested on
    // their run entry first, and only the survivors' records are read.
    const plainWord = !unit.joined && qName && qAlpha;
    const simpleMask = JOINED | NAME | ALPHA_KEY | ABD;
    const simpleValue = NAME | ALPHA_KEY | (qAbd ? ABD : 0);
    for (const run of runs) {
      const end = this.keys.end(run);
      for (let x = this.keys.start(run); x < end; x++) {
        if (unit.joined && qName) {
          // A joined query pair can only match a single listed name part, nearly whole (JOIN_MIN_SIM).
          const flags = entries.flags(x);
          if ((flags & (JOINED | NAME)) !== NAME) continue;
          const p = entries.part(x);
          if (this.partStamp[p] === gen) continue;
          this.partStamp[p] = gen;
          const vowelless = qVowelless || (flags & VOWELLESS) !== 0;
          const reach = JOIN_MIN_SIM - BOUND_SLACK;
          const keyUb = entries.keyBound(x, qBound, vowelless ? qf.wlVowelless : qf.wl, vowelless, reach / 0.97) * 0.97;
          if (keyUb < reach) continue;
          ids.push(p);
          ubs.push(keyUb >= 0.97 - BOUND_SLACK && q.key === this.keyOf[p] ? 1 : Math.min(1, keyUb));
          needs.push(NEED_PLAIN | NEED_KEY);
          continue;
        }
        if (plainWord) {
          const flags = entries.flags(x);
          if ((flags & simpleMask) === simpleValue) {
            // A part reached again through another key gets the same answer: stamp it either way.
            const p = entries.part(x);
            if (this.partStamp[p] === gen) continue;
            this.partStamp[p] = gen;
            const vowelless = qVowelless || (flags & VOWELLESS) !== 0 || qOrigin !== (flags >>> 4) % 4;
            const reach = MIN_SIM - BOUND_SLACK;
            const plainUb = entries.plainBound(x, qf.normMask, qf.normLen) * 0.97;
            const keyUb = entries.keyBound(x, qBound, vowelless ? qf.wlVowelless : qf.wl, vowelless, reach / 0.97) * 0.97;
            if (plainUb < reach && keyUb < reach) continue;
            // Only a bound of 1 (times 0.97) can be the same spelling or key: then compare.ts decides.
            if ((plainUb >= 0.97 - BOUND_SLACK && q.norm === this.normOf[p]) || (keyUb >= 0.97 - BOUND_SLACK && q.key === this.keyOf[p])) {
              const sim = compareTokens(q, this.parts[p]!).sim;
              if (sim < MIN_SIM) continue;
              ids.push(p);
              ubs.push(Math.min(1, sim));
              needs.push(EXACT);
            } else {
              ids.push(p);
              ubs.push(Math.min(1, Math.max(plainUb, keyUb)));
              needs.push(KNOWN | (vowelless ? KNOWN_VOWELLESS : 0) | (plainUb >= reach ? NEED_PLAIN : 0) | (keyUb >= reach ? NEED_KEY : 0));
            }
            continue;
          }
          if ((flags & (JOINED | NAME)) === (JOINED | NAME)) {
            // A listed joined part must be nearly the whole word (JOIN_MIN_SIM): most fail on the entry alone.
            const p = entries.part(x);
            if (this.partStamp[p] === gen) continue;
            this.partStamp[p] = gen;
            const vowelless = qVowelless || (flags & VOWELLESS) !== 0;
            const reach = JOIN_MIN_SIM - BOUND_SLACK;
            const keyUb = entries.keyBound(x, qBound, vowelless ? qf.wlVowelless : qf.wl, vowelless, reach / 0.97) * 0.97;
            if (keyUb < reach) continue;
            ids.push(p);
            ubs.push(keyUb >= 0.97 - BOUND_SLACK && q.key === this.keyOf[p] ? 1 : Math.min(1, keyUb));
            needs.push(NEED_PLAIN | NEED_KEY);
            continue;
          }
        }
        const p = entries.part(x);
        if (this.partStamp[p] === gen) continue;
        this.partStamp[p] = gen;
        const r = table.at(p);
        const partJoined = table.joined(r);
        const partName = table.isName(r);
        let ub: number;
        let need = NEED_PLAIN | NEED_KEY;
        if (unit.joined || partJoined) {
          if ((unit.joined && partJoined) || !partName || !qName) continue;
          const vowelless = qVowelless || table.vowelless(r);
          ub = table.keyHash(r) === qKeyHash && this.keyOf[p] === q.key ? 1 : qBound.bound(table.letters(r), vowelless ? qf.wlVowelless : qf.wl, table.wl(r, vowelless), vowelless) * 0.97;
          if (ub < JOIN_MIN_SIM) continue;
        } else {
          if (qName !== partName) continue;
          if ((table.normHash(r) === qNormHash && q.norm === this.normOf[p]) || (table.keyHash(r) === qKeyHash && q.key === this.keyOf[p])) ub = compareTokens(q, this.parts[p]!).sim;
          else if (qName && qAbd !== table.abd(r)) {
            // An abd compound against a bare name has its own rule (compare.ts): its similarity is exact here.
            ub = compareTokens(q, this.parts[p]!).sim;
            need = EXACT;
          } else {
            if (!qName || !qAlpha || !table.alpha(r)) continue;
            const vowelless = qVowelless || table.vowelless(r) || qOrigin !== table.origin(r);
            const plainUb = plainBound(qf.normMask, qf.normLen, table.normMask(r), table.normLen(r)) * 0.97;
            const keyUb = qBound.bound(table.letters(r), vowelless ? qf.wlVowelless : qf.wl, table.wl(r, vowelless), vowelless) * 0.97;
            ub = Math.max(plainUb, keyUb);
            // Only the measures whose bound reaches the minimum need their dynamic programme.
            need = (plainUb >= MIN_SIM ? NEED_PLAIN : 0) | (keyUb >= MIN_SIM ? NEED_KEY : 0);
          }
          if (ub < (qName ? MIN_SIM : 0.99)) continue;
        }
        ids.push(p);
        ubs.push(Math.min(1, ub));
        needs.push(need);
      }
    }
    // Exact similarities right away: the list shrinks to the parts that really match, so the
    // posting lists expanded per query are those of ~10 parts, not of every part the bound lets through.
    let qs: QuerySimilarity | undefined;
    if (ids.length > 0 && qAlpha) {
      qs = this.querySimilarity;
      qs.set(q.norm, q.key);
    }
    const keptIds: number[] = [];
    const keptSims: number[] = [];
    for (let x = 0; x < ids.length; x++) {
      const sim = this.exactSim(q, unit.joined, ids[x]!, ubs[x]!, needs[x]!, qs, qNormHash, qKeyHash);
      if (sim > 0) {
        keptIds.push(ids[x]!);
        keptSims.push(Math.fround(sim)); // single precision, like the part weights it is combined with
      }
    }
    const out: MatchList = keptIds.length === 0 ? { token: q, joined: unit.joined, mass: 0, ids: NO_IDS, sim: NO_SIMS } : { token: q, joined: unit.joined, mass: -1, ids: keptIds, sim: keptSims };
    if (!unit.joined || keptIds.length > 0) this.cache.set(sig, out); // see above: an empty joined pair is not kept
    return out;
  }

  /**
   * The similarity of query unit q with part p (0 below the minimum), given the cheap bound `ub`
   * (exact already when the spellings or keys are equal) and which measures can reach the minimum.
   */
  private exactSim(q: NameToken, joined: boolean, p: number, ub: number, need: number, qs: QuerySimilarity | undefined, normHash: number, keyHash: number): number {
    const min = MIN_SIM / 0.97;
    if (need & KNOWN) {
      const plain = need & NEED_PLAIN ? qs!.plainAtLeast(this.normCodes, this.normAt[p]!, this.normAt[p + 1]!, min) : 0;
      const key = need & NEED_KEY ? qs!.keyAtLeast(this.keyCodes, this.keyAt[p]!, this.keyAt[p + 1]!, (need & KNOWN_VOWELLESS) !== 0, min) : 0;
      const sim = Math.max(plain, key) * 0.97;
      return sim < MIN_SIM ? 0 : sim;
    }
    // The part table and code buffers rather than the part object: its fields are scattered on the heap.
    const table = this.table;
    const r = table.at(p);
    if (joined || table.joined(r)) {
      const part = this.parts[p]!;
      // joinedSimilarity below, with the cut-off DP: the key similarity is symmetric.
      if (qs && table.alpha(r) && part.key !== q.key) {
        const sim = qs.keyAtLeast(this.keyCodes, this.keyAt[p]!, this.keyAt[p + 1]!, q.vowelless || table.vowelless(r), JOIN_MIN_SIM / 0.97 - 1e-9) * 0.97;
        return sim < JOIN_MIN_SIM ? 0 : sim;
      }
      const sim = joined ? joinedSimilarity(q, part) : joinedSimilarity(part, q);
      return sim < JOIN_MIN_SIM ? 0 : sim;
    }
    if (need === EXACT || (table.normHash(r) === normHash && q.norm === this.normOf[p]) || (table.keyHash(r) === keyHash && q.key === this.keyOf[p])) return ub;
    // compareTokens for two name parts, computed only as far as the minimum similarity needs.
    const vowelless = q.vowelless || table.vowelless(r) || ORIGIN_CODE[q.origin] !== table.origin(r);
    let sim: number;
    if (qs && table.alpha(r)) {
      const plain = need & NEED_PLAIN ? qs.plainAtLeast(this.normCodes, this.normAt[p]!, this.normAt[p + 1]!, min) : 0;
      const key = need & NEED_KEY ? qs.keyAtLeast(this.keyCodes, this.keyAt[p]!, this.keyAt[p + 1]!, vowelless, min) : 0;
      sim = Math.max(plain, key) * 0.97;
    } else sim = Math.max(plainSimilarity(q.norm, this.normOf[p]!), keySimilarity(q.key, this.keyOf[p]!, vowelless)) * 0.97; // keys beyond a–z: rare, computed in full
    return sim < MIN_SIM ? 0 : sim;
  }

  /**
   * Names whose score bound (times their name-kind factor) reaches `floor`, best bound first.
   * Stage 1 expands the driver units' parts to their names and probes the other units on them;
   * stage 2 re-accumulates the survivors with every unit in query order, so a joined pair is
   * credited only where neither of its parts matched alone (stage 1 may count both: looser, still a bound).
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
    this.qPerson = nameKindOf(query) === 'person';
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
    const lists = units.map((u) => this.matchesOf(u));
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
    for (const u of probed) this.probe(units[u]!, lists[u]!, touched);
    const crude: number[] = [];
    for (const name of touched) {
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
      const b = this.bound(name, query, qPos, extra, this.accInt[name * ACC_INTS + QMASK]!, this.accInt[name * ACC_INTS + CMASK]!, this.accSum[name * ACC_FLOATS + GOT]!, this.accSum[name * ACC_FLOATS + MATCHED]!);
      if (b >= floor) out.push({ nameId: this.accInt[name * ACC_INTS + ID_PERSON]! >>> 1, bound: b, order: this.bound(name, query, qPos, extra, this.accInt[name * ACC_INTS + QMASK]!, this.accInt[name * ACC_INTS + CMASK]!, this.accSum[name * ACC_FLOATS + GOT]!, this.accSum[name * ACC_FLOATS + MATCHED]!, true) });
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
    const ug = this.unitGenerations.next();
    // A 64-bit filter of the list's part ids: most parts of a name are not in the list, and the
    // filter (in registers) spares the look-up in the part stamps (a cache miss).
    let lo = 0;
    let hi = 0;
    for (let x = 0; x < m.ids.length; x++) {
      const p = m.ids[x]!;
      this.partStamp[p] = ug;
      this.partSlot[p] = x;
      if (p & 32) hi |= 1 << (p & 31);
      else lo |= 1 << (p & 31);
    }
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
          if (p < 0 || ((p & 32 ? hi : lo) & (1 << (p & 31))) === 0 || this.partStamp[p] !== ug) continue;
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
      if (unit.joined && (this.accInt[name * ACC_INTS + QMASK]! & unit.bits) !== 0) continue;
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
    for (let x = 0; x < m.ids.length; x++) {
      const p = m.ids[x]!;
      const pj = this.joined[p] === 1;
      const partW = this.weightOf[p]!;
      const w = (unit.w + (pj ? 2 * partW : partW)) / 2; // a joined part weighs as both its parts
      const value = w * credit(m.sim[x]!);
      const end = this.postStart[p + 1]!;
      for (let y = this.postStart[p]!; y < end; y++) {
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
      if (unit.joined && (this.accInt[name * ACC_INTS + QMASK]! & unit.bits) !== 0) continue;
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
    if (this.qPerson && (this.accInt[a + ID_PERSON]! & 1) === 1) {
      contained = (qm & this.qAll) === this.qAll;
      if (!contained) {
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


  designation(nameId: number): number {
    return this.designationOf[nameId]!;
  }
}
