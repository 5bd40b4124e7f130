// Which distinct listed parts a query unit (one query part, or two adjacent ones joined) matches,
// and how well: the parts sharing a look-up key with it are bounded on their run entries
// (key-runs.ts), the survivors' similarities computed exactly, and the lists kept for later queries
// (match-cache.ts). candidates.ts turns these lists into candidate names.

import { JOIN_MIN_SIM, MIN_SIM } from './align.js';
import { abdCompoundStem, compareTokens, isAbdKey } from './compare.js';
import { Generations } from './generations.js';
import { hashKey, joinedQueryKeys, type KeyTable, nearSkeletonKeys, queryKeys, spellingKeys } from './index-keys.js';
import { BOUND_SLACK, KeyRuns } from './key-runs.js';
import { nameKey, skeleton } from './keys.js';
import { joinedSignatureHash, MatchCache, type MatchList, signatureHash } from './match-cache.js';
import { ABD, ALPHA_KEY, JOINED, NAME, ORIGIN_CODE, PartTable, VOWELLESS } from './part-table.js';
import { QuerySimilarity } from './query-similarity.js';
import { features, FixedKeyBound, keySimilarity, plainBound, plainSimilarity } from './similarity.js';
import type { NameToken } from './token.js';

/**
 * A joined query pair for candidate generation, keyed as alignment keys it (align.ts joinedToken): the
 * keys concatenated differ at the seam ("abdur" + "rehman" doubles the r that nameKey of the joined
 * spelling keeps single). Its skeleton, for looking keys up, comes from the keys concatenated (the
 * skeleton collapses the doubled consonant), so the key is computed only once a key is found.
 */
function joinedQueryToken(a: NameToken, b: NameToken, skel: string): NameToken {
  const norm = a.norm + b.norm;
  return { text: `${a.text} ${b.text}`, norm, key: nameKey(norm), skel, role: a.role, weight: a.weight, origin: a.origin, vowelless: a.vowelless || b.vowelless, chain: undefined, id: undefined };
}

/** Similarity of a joined pair with one part (align.ts joinLeftovers uses the same rule). */
function joinedSimilarity(joined: NameToken, other: NameToken): number {
  if (other.role !== 'name') return 0;
  return other.key === joined.key ? 1 : keySimilarity(joined.key, other.key, joined.vowelless || other.vowelless) * 0.97;
}

// Match lists are plain arrays: building typed arrays for a few elements costs more than it saves.
const NO_IDS: readonly number[] = [];
const NO_SIMS: readonly number[] = [];
const NO_SPANS: readonly number[] = [];
const NO_WEIGHTS: readonly number[] = [];
/**
 * The list of every joined pair that shares no key with any part (nearly all of them): such a list is
 * never kept, so its token is never compared, and neither it nor the pair's token is built.
 */
const NO_JOINED_MATCH: MatchList = {
  token: { text: '', norm: '', key: '', skel: '', role: 'name', weight: 0, origin: 'latin', vowelless: false, chain: undefined, id: undefined },
  joined: true,
  mass: 0,
  spans: NO_SPANS,
  partWeights: NO_WEIGHTS,
  ids: NO_IDS,
  sim: NO_SIMS,
};

const ALPHA = /^[a-z]+$/;
const NEED_PLAIN = 1;
const NEED_KEY = 2;
/** The bound is the exact similarity already. */
const EXACT = 4;
/** Two a–z name parts, neither joined, spelled and keyed differently: only the measures in need are left. */
const KNOWN = 8;
/** …compared in vowel-less mode. */
const KNOWN_VOWELLESS = 16;

/** A query unit: one query part, or two adjacent ones joined (whose token is only built when their list is not kept). */
export interface QueryUnit {
  token: NameToken | undefined;
  left: NameToken;
  right: NameToken | undefined;
  joined: boolean;
}

export class PartMatcher {
  /** Per part: the search that last met it (a part reached through several keys is bounded once). */
  private readonly partStamp: Int32Array;
  private readonly searches: Generations;
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
  /** Keys of the a–z parts as letter codes in one buffer: part p is keyCodes[keyAt[p]..keyAt[p + 1]). */
  private readonly keyCodes: Uint8Array;
  private readonly keyAt: Int32Array;
  /** Spellings of every part as character codes in one buffer, likewise. */
  private readonly normCodes: Uint16Array;
  private readonly normAt: Int32Array;
  /** Where the read-ahead loops leave their result, so that their loads are not optimised away. */
  private sink = 0;

  /** `keyParts` holds the parts of the key table's runs. */
  constructor(
    private readonly parts: readonly NameToken[],
    joined: Uint8Array,
    private readonly keys: KeyTable,
    keyParts: Int32Array,
  ) {
    this.table = new PartTable(parts, joined);
    this.runs = new KeyRuns(keyParts, this.table);
    this.partStamp = new Int32Array(parts.length);
    this.searches = new Generations(() => this.partStamp.fill(0));
    this.normOf = parts.map((p) => p.norm);
    this.keyOf = parts.map((p) => p.key);
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
  matchesOf(unit: QueryUnit): MatchList {
    // A joined pair's list is kept only when it is not empty, and nearly every pair shares no key with
    // any part: its keys are looked up first (below), and the cache only when one is found.
    let sig = 0;
    if (!unit.joined) {
      sig = signatureHash(unit.left, false);
      const hit = this.cache.get(sig, unit.left, false);
      if (hit !== undefined) return hit;
    }
    const keys: number[] = [];
    // A joined pair's skeleton from its keys concatenated (joinedQueryToken); its token is built
    // only once a key is found.
    const joinedSkel = unit.joined ? skeleton(unit.left.key + unit.right!.key) : '';
    // Only a single name word can match a listed joined part: it alone looks up their keys.
    const qWord = !unit.joined && unit.left.role === 'name';
    if (unit.joined) joinedQueryKeys(joinedSkel, keys);
    else queryKeys(unit.left.skel, keys);
    if (qWord) queryKeys(unit.left.skel, keys, true);
    // A typo can move the skeleton two consonants (Mihcel / Michel): the spelling's own keys reach
    // every listed part one typo away (index-keys.ts spellingKeys).
    if (qWord) spellingKeys(unit.left.norm, keys);
    // A two-consonant skeleton read from Arabic script also looks up its near letters (index-keys.ts).
    if (qWord && unit.left.origin === 'arabic') nearSkeletonKeys(unit.left.skel, keys);
    // An abd compound also matches its stem written bare: look the stem up too.
    const qAbd = qWord && isAbdKey(unit.left.key);
    const qStem = qAbd ? abdCompoundStem(unit.left.key) : undefined;
    if (qStem !== undefined) {
      const stemSkel = skeleton(qStem);
      queryKeys(stemSkel, keys);
      queryKeys(stemSkel, keys, true);
    }
    // Most joined pairs and many rare words share no key with any part: find that out before
    // laying out anything for the comparisons.
    const runs: number[] = [];
    this.sink ^= this.keys.touch(keys); // read ahead, as candidates.ts expand does
    for (const k of keys) {
      const run = this.keys.find(k);
      if (run >= 0) runs.push(run);
    }
    if (runs.length === 0) {
      // Nearly every joined pair finds nothing and is seen once: kept, they would push out the
      // lists of words that do come back, and finding nothing again is cheap.
      if (unit.joined) return NO_JOINED_MATCH;
      const none: MatchList = { token: unit.left, joined: false, mass: 0, spans: NO_SPANS, partWeights: NO_WEIGHTS, ids: NO_IDS, sim: NO_SIMS };
      this.cache.set(sig, none);
      return none;
    }
    if (unit.joined) {
      sig = joinedSignatureHash(unit.left, unit.right!);
      const hit = this.cache.getJoined(sig, unit.left, unit.right!);
      if (hit !== undefined) return hit;
    }
    const q = (unit.token ??= joinedQueryToken(unit.left, unit.right!, joinedSkel));
    const gen = this.searches.next();
    // The parts' stamps read first in a tight loop, whose loads overlap (see candidates.ts expand).
    let touch = 0;
    for (const run of runs) {
      const end = this.keys.end(run);
      for (let x = this.keys.start(run); x < end; x++) touch ^= this.partStamp[this.runs.part(x)]!;
    }
    this.sink ^= touch;
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
        if (unit.joined || plainWord) {
          const flags = entries.flags(x);
          if (plainWord && (flags & simpleMask) === simpleValue) {
            // A part reached again through another key gets the same answer: stamp it either way.
            const p = entries.part(x);
            if (this.partStamp[p] === gen) continue;
            this.partStamp[p] = gen;
            const vowelless = qVowelless || (flags & VOWELLESS) !== 0 || qOrigin !== (flags >>> 4) % 4;
            const reach = MIN_SIM - BOUND_SLACK;
            const plainUb = entries.plainBound(x, qf.normMask, qf.normLen) * 0.97;
            const keyUb = entries.keyBoundByLetters(x, qBound, vowelless ? qf.wlVowelless : qf.wl, vowelless, reach / 0.97) * 0.97;
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
          // A joined query pair against a single listed name part, or a word against a listed joined
          // part: it must be nearly whole (JOIN_MIN_SIM), and most fail on the entry alone.
          if ((flags & (JOINED | NAME)) === (unit.joined ? NAME : JOINED | NAME)) {
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
          if (unit.joined) continue; // a joined pair matches no other part
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
    if (qs !== undefined) {
      // The candidates' letter codes read first, their loads overlapping (see above). A part with no
      // a–z key has no codes: its offset may be the buffer's end, which is not read.
      let codes = 0;
      const keyEnd = this.keyCodes.length;
      for (let x = 0; x < ids.length; x++) {
        const p = ids[x]!;
        const at = this.keyAt[p]!;
        codes ^= this.normCodes[this.normAt[p]!]! ^ (at < keyEnd ? this.keyCodes[at]! : 0);
      }
      this.sink ^= codes;
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
    const out: MatchList = keptIds.length === 0 ? { token: q, joined: unit.joined, mass: 0, spans: NO_SPANS, partWeights: NO_WEIGHTS, ids: NO_IDS, sim: NO_SIMS } : { token: q, joined: unit.joined, mass: -1, spans: undefined, partWeights: undefined, ids: keptIds, sim: keptSims };
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
      // joinedSimilarity below, with the cut-off DP: the key similarity is symmetric. The key's hash
      // first: the part object is scattered on the heap, and most joined parts are keyed differently.
      if (qs && table.alpha(r) && !(table.keyHash(r) === keyHash && this.keyOf[p] === q.key)) {
        const sim = qs.keyAtLeast(this.keyCodes, this.keyAt[p]!, this.keyAt[p + 1]!, q.vowelless || table.vowelless(r), JOIN_MIN_SIM / 0.97 - 1e-9) * 0.97;
        return sim < JOIN_MIN_SIM ? 0 : sim;
      }
      const part = this.parts[p]!;
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
}
