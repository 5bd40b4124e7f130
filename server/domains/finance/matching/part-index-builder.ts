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
import { CONTAINABLE, isIndexable, JOINED_FLAG, joinedToken, MAX_POS, PERSON, signature, SLOTS } from './postings.js';
import type { NameToken } from './token.js';
import { nameKindOf } from './tokenize.js';

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
  /**
   * Per name: PERSON when it was tokenised as a person's name, and CONTAINABLE unless it can never be
   * the contained side of align.ts's contained-name rule (fewer than two name parts, or lighter than
   * CONTAINED_MIN_WEIGHT), which lets candidates.ts bound its score more tightly.
   */
  private readonly nameFlags: number[] = [];

  /** Token lists handed out by addName, whose part ids build() renumbers. */
  private readonly named: NameToken[][] = [];

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

  /** Adds one name; returns its tokens with `id` set to the interned part id (indexable parts only). */
  addName(tokens: NameToken[], nameId: number): NameToken[] {
    // Tokens come fresh from tokenizeName: set the part id in place (no copies kept per name).
    const out = tokens;
    for (const t of out) if (isIndexable(t)) t.id = this.intern(t);
    this.named.push(out);
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
    // A listed initial can match a query word that the bound sees unmatched ("Adnan" / "A."): for such
    // names the bound keeps charging that word as a contained name's extra part would be (0.2).
    const containable = canBeContained(out) || out.some((t) => t.role === 'initial');
    this.nameFlags.push(nameKindOf(tokens) === 'person' ? PERSON | (containable ? CONTAINABLE : 0) : 0);
    this.posStart.push(this.pos.length);
    return out;
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
    const postings = order.map((old) => this.postings[old]!);
    for (const tokens of this.named) for (const t of tokens) if (t.id !== undefined) t.id = newId[t.id]!;
    const partAt = Int32Array.from(this.partAt, (p) => newId[p]!);
    const joinedAt = Int32Array.from(this.joinedAt, (p) => (p < 0 ? -1 : newId[p]!));
    const pairs = this.keyPairs.subarray(0, this.keyPairCount);
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
    const postStart = new Int32Array(n + 1);
    for (let p = 0; p < n; p++) postStart[p + 1] = postStart[p]! + postings[p]!.length;
    const postNames = new Int32Array(postStart[n]!);
    for (let p = 0; p < n; p++) postNames.set(postings[p]!, postStart[p]!);
    // The build lists are packed now: release them even if the builder stays reachable.
    this.keyPairs = new Float64Array(0);
    this.postings.length = 0;
    this.byId.clear();
    this.named.length = 0;
    this.parts.length = 0;
    this.joined.length = 0;
    return new PartIndex(
      parts,
      joined,
      postStart,
      postNames,
      keys,
      keyParts,
      Int32Array.from(this.posStart),
      Uint8Array.from(this.pos),
      Float32Array.from(this.weight),
      partAt,
      joinedAt,
      Uint8Array.from(this.short),
      Int32Array.from(this.otherMask),
      Uint8Array.from(this.nameFlags),
      nameKindFactor,
      nameDesignation,
    );
  }
}
