// Builds the candidate index: every distinct indexable part (role name/number, compared fields
// only) is interned once and indexed under its consonant skeleton and the skeleton's one-deletion
// and one-substitution neighbourhoods, so a typo or a q/g swap still shares a key. Two adjacent name
// parts written as one ("binalshibh", "vanderbilt") are interned as a virtual *joined* part, keyed in
// a namespace of its own (index-keys.ts joinedPartKeys). Each part keeps a posting list of the names
// (and positions) that contain it.

import { PartIndex } from './candidates.js';
import { abdCompoundStem } from './compare.js';
import { indexKeys, joinedPartKeys, KeyTable, nearSkeletonKeys, spellingKeys } from './index-keys.js';
import { skeleton } from './keys.js';
import { canBeContained } from './align.js';
import { GrowableArray } from './growable-array.js';
import { CONTAINABLE, isIndexable, JOINED_FLAG, joinedToken, MAX_POS, PERSON, signature, SLOTS } from './postings.js';
import type { NameToken } from './token.js';
import { compactTokens, nameKindOf } from './tokenize.js';

export class PartIndexBuilder {
  readonly parts: NameToken[] = [];
  readonly joined: boolean[] = [];
  /** (part, posting) pairs packed into one float each: part * 2^31 + posting, in the order added. */
  private readonly postingPairs = new GrowableArray((n) => new Float64Array(n));
  private readonly postingCount: number[] = [];
  private readonly byId = new Map<string, number>();
  /**
   * (key hash, part) pairs packed into one float each: (hash + 2^31) * 2^21 + part, sorted at build.
   * Keys are stored by a 32-bit hash: a collision only adds parts to examine, never loses one.
   */
  private readonly keyPairs = new GrowableArray((n) => new Float64Array(n));

  private addKey(hash: number, part: number): void {
    this.keyPairs.push((hash + 2 ** 31) * 2 ** 21 + part);
  }
  // Per indexed part of each name, in name order (posStart: where each name's entries begin).
  private readonly posStart = new GrowableArray((n) => new Int32Array(n));
  private readonly pos = new GrowableArray((n) => new Int32Array(n));
  private readonly weight = new GrowableArray((n) => new Float32Array(n));
  private readonly partAt = new GrowableArray((n) => new Int32Array(n));
  private readonly joinedAt = new GrowableArray((n) => new Int32Array(n));
  private readonly short = new GrowableArray((n) => new Int32Array(n));
  /** Per name: positions of parts that are not indexed (particles, titles…), which may still match. */
  private readonly otherMask = new GrowableArray((n) => new Int32Array(n));
  /**
   * Per name: PERSON when it was tokenised as a person's name, and CONTAINABLE unless it can never be
   * the contained side of align.ts's contained-name rule (fewer than two name parts, or lighter than
   * CONTAINED_MIN_WEIGHT), which lets candidates.ts bound its score more tightly.
   */
  private readonly nameFlags = new GrowableArray((n) => new Int32Array(n));

  constructor() {
    this.posStart.push(0);
  }

  /**
   * Every distinct token of the names added, by its text: names share one object per distinct
   * token (518k tokens are 45k distinct at 150,000 name strings), and build() renumbers their ids.
   */
  private readonly tokensByText = new Map<string, NameToken[]>();
  /** Interned joined part of each pair of adjacent parts met (key: left id × 2^24 + right id). */
  private readonly joinedIds = new Map<number, number>();

  /** The shared token equal to t in every field (t itself when it is the first such). */
  private shared(t: NameToken): NameToken {
    let same = this.tokensByText.get(t.text);
    if (same === undefined) this.tokensByText.set(t.text, (same = []));
    for (const s of same) {
      if (s.norm === t.norm && s.key === t.key && s.skel === t.skel && s.role === t.role && s.weight === t.weight && s.origin === t.origin && s.vowelless === t.vowelless && s.chain === t.chain) return s;
    }
    if (isIndexable(t)) t.id = this.intern(t);
    same.push(t);
    return t;
  }

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
    this.postingCount.push(0);
    const keys: number[] = [];
    if (joined) joinedPartKeys(t.skel, keys);
    else {
      indexKeys(t.skel, keys);
      if (t.role === 'name') spellingKeys(t.norm, keys);
      if (t.role === 'name' && t.origin === 'arabic') nearSkeletonKeys(t.skel, keys);
      // An abd compound also matches its stem written bare (compare.ts): index it under the stem's keys too.
      const stem = t.role === 'name' ? abdCompoundStem(t.key) : undefined;
      if (stem !== undefined) indexKeys(skeleton(stem), keys);
    }
    for (const k of keys) this.addKey(k, id);
    return id;
  }

  /**
   * Interned id of the joined part of two adjacent name parts. Its signature depends only on the two
   * parts' signatures (postings.ts joinedToken), so it is remembered by their ids: most pairs recur.
   */
  private joinedPart(a: NameToken, b: NameToken): number {
    const pair = a.id! * 2 ** 24 + b.id!;
    let id = this.joinedIds.get(pair);
    if (id === undefined) this.joinedIds.set(pair, (id = this.intern(joinedToken(a, b), true)));
    return id;
  }

  /** Adds one name; returns its token list (shared tokens, whose `id` is the interned part id of an indexable part), at its exact size. */
  addName(tokens: NameToken[], nameId: number): NameToken[] {
    // Tokens come fresh from tokenizeName: each is replaced by the shared one with the same fields
    // (the list keeps its kind, nameKindOf), which carries the part id.
    const out = tokens;
    for (let j = 0; j < out.length; j++) out[j] = this.shared(out[j]!);
    // Each (part, position) of a name is added once: a name's postings are distinct by position.
    const add = (partId: number, packed: number): void => {
      this.postingPairs.push(partId * 2 ** 31 + packed);
      this.postingCount[partId]!++;
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
      if (t.role === 'name' && next?.role === 'name' && j + 1 <= MAX_POS) add((joinedId = this.joinedPart(t, next)), nameId * SLOTS + JOINED_FLAG + j);
      this.pos.push(j);
      this.weight.push(t.weight);
      this.partAt.push(t.id!);
      this.joinedAt.push(joinedId);
      // A one-consonant part ("Zia") shares no key with its variants ("Dya"): if no query part hits
      // it, the bound cannot tell whether it would match, so it is not charged as missing.
      this.short.push(t.skel.length <= 1 ? 1 : 0);
    }
    this.otherMask.push(other);
    // A listed initial can match a query word that the bound sees unmatched ("Adnan" / "A."): for such
    // names the bound keeps charging that word as a contained name's extra part would be (0.2).
    const containable = canBeContained(out) || out.some((t) => t.role === 'initial');
    this.nameFlags.push(nameKindOf(tokens) === 'person' ? PERSON | (containable ? CONTAINABLE : 0) : 0);
    this.posStart.push(this.pos.length);
    return compactTokens(out);
  }

  build(nameKindFactor: Float32Array, nameDesignation: Int32Array): PartIndex {
    // Renumber parts in skeleton order: the parts a query word reaches through one key then sit
    // side by side in the part table, and a search touches fewer cache lines.
    const n = this.parts.length;
    const order = Array.from({ length: n }, (_, p) => p).sort((a, b) => {
      const pa = this.parts[a]!;
      const pb = this.parts[b]!;
      return pa.skel < pb.skel ? -1 : pa.skel > pb.skel ? 1 : a - b;
    });
    const newId = new Int32Array(n);
    order.forEach((old, p) => (newId[old] = p));
    const parts = order.map((old, p) => ({ ...this.parts[old]!, id: p }));
    const joined = Uint8Array.from(order, (old) => (this.joined[old] ? 1 : 0));
    for (const same of this.tokensByText.values()) for (const t of same) if (t.id !== undefined) t.id = newId[t.id]!;
    const partAt = this.partAt.trimmed().map((p) => newId[p]!);
    const joinedAt = this.joinedAt.trimmed().map((p) => (p < 0 ? -1 : newId[p]!));
    const pairs = this.keyPairs.view();
    for (let x = 0; x < pairs.length; x++) {
      const hash = Math.floor(pairs[x]! / 2 ** 21);
      pairs[x] = hash * 2 ** 21 + newId[pairs[x]! - hash * 2 ** 21]!;
    }
    pairs.sort();
    const hashes = new Int32Array(pairs.length);
    const keyParts = new Int32Array(pairs.length);
    for (let x = 0; x < pairs.length; x++) {
      const hash = Math.floor(pairs[x]! / 2 ** 21);
      keyParts[x] = pairs[x]! - hash * 2 ** 21;
      hashes[x] = hash - 2 ** 31;
    }
    const keys = new KeyTable(hashes);
    this.keyPairs.clear();
    // Postings by new part id, each part's in the order added (name order), by a counting sort.
    const postStart = new Int32Array(n + 1);
    for (let p = 0; p < n; p++) postStart[p + 1] = postStart[p]! + this.postingCount[order[p]!]!;
    const cursor = Int32Array.from({ length: n }, (_, old) => postStart[newId[old]!]!);
    const postNames = new Int32Array(postStart[n]!);
    const added = this.postingPairs.view();
    for (let x = 0; x < added.length; x++) {
      const old = Math.floor(added[x]! / 2 ** 31);
      postNames[cursor[old]!++] = added[x]! - old * 2 ** 31;
    }
    // The build lists are packed now: release them even if the builder stays reachable.
    this.postingPairs.clear();
    this.postingCount.length = 0;
    this.byId.clear();
    this.tokensByText.clear();
    this.joinedIds.clear();
    this.parts.length = 0;
    this.joined.length = 0;
    return new PartIndex(
      parts,
      joined,
      postStart,
      postNames,
      keys,
      keyParts,
      this.posStart.trimmed(),
      Uint8Array.from(this.pos.view()),
      this.weight.trimmed(),
      partAt,
      joinedAt,
      Uint8Array.from(this.short.view()),
      this.otherMask.trimmed(),
      Uint8Array.from(this.nameFlags.view()),
      nameKindFactor,
      nameDesignation,
    );
  }
}
