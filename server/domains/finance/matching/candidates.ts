// Candidate generation: an inverted index from consonant-skeleton keys (and their one-deletion
// neighbourhood, so a typo still shares a key) to the names that contain them.

import { nameKey, skeleton } from './keys.js';
import type { NameToken } from './token.js';

/** Keys under which one part is indexed or looked up: its skeleton and, if long enough, its deletions. */
export function partKeys(skel: string, out: Set<string>): void {
  out.add(skel);
  if (skel.length < 3) return;
  for (let i = 0; i < skel.length; i++) out.add(skel.slice(0, i) + skel.slice(i + 1));
}

/** Skeleton of two adjacent parts written as one ("AlisherUsmanov", "Abdulhai"). */
export function joinedSkeleton(a: NameToken, b: NameToken): string {
  return skeleton(nameKey(a.norm + b.norm));
}

/** At most this many names are scored per query (the accuracy bench measures the recall cost). */
export const MAX_CANDIDATES = 150;

export function isIndexable(t: NameToken): boolean {
  return t.role === 'name' || t.role === 'number';
}

export class PostingsBuilder {
  private readonly lists = new Map<string, number[]>();

  add(key: string, nameId: number): void {
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = []));
    if (list[list.length - 1] !== nameId) list.push(nameId);
  }

  /** Adds every lookup key of a name's parts. */
  addName(tokens: NameToken[], nameId: number): void {
    const keys = new Set<string>();
    const parts = tokens.filter(isIndexable);
    for (const t of parts) partKeys(t.skel, keys);
    for (let i = 0; i + 1 < parts.length; i++) keys.add(joinedSkeleton(parts[i]!, parts[i + 1]!));
    for (const k of keys) this.add(k, nameId);
  }

  build(): Map<string, Int32Array> {
    const out = new Map<string, Int32Array>();
    for (const [k, v] of this.lists) out.set(k, Int32Array.from(v));
    return out;
  }
}

/**
 * Names sharing keys with at least `need(name)` distinct query parts. A hit on a joined key
 * counts for both parts it joins. Uses a stamped scratch array so nothing is cleared per query.
 */
export class CandidateFinder {
  private stamp: Int32Array;
  private mask: Int32Array;
  private generation = 0;

  constructor(
    private readonly postings: Map<string, Int32Array>,
    private readonly partCount: Uint8Array,
  ) {
    this.stamp = new Int32Array(partCount.length);
    this.mask = new Int32Array(partCount.length);
  }

  find(query: NameToken[]): number[] {
    const parts = query.filter(isIndexable).slice(0, 30);
    if (parts.length === 0) return [];
    this.generation++;
    const gen = this.generation;
    const touched: number[] = [];
    const visit = (key: string, bits: number): void => {
      const list = this.postings.get(key);
      if (!list) return;
      for (let k = 0; k < list.length; k++) {
        const id = list[k]!;
        if (this.stamp[id] !== gen) {
          this.stamp[id] = gen;
          this.mask[id] = bits;
          touched.push(id);
        } else this.mask[id] |= bits;
      }
    };
    const keys = new Set<string>();
    parts.forEach((t, i) => {
      keys.clear();
      partKeys(t.skel, keys);
      for (const k of keys) visit(k, 1 << i);
    });
    for (let i = 0; i + 1 < parts.length; i++) visit(joinedSkeleton(parts[i]!, parts[i + 1]!), (1 << i) | (1 << (i + 1)));
    // Bucket by number of query parts hit and keep the best-covered names first, up to a cap:
    // names sharing only common parts ("Muhammad", "Ali") with the query rarely reach threshold.
    const buckets: number[][] = [];
    for (const id of touched) {
      const hits = popcount(this.mask[id]!);
      const need = Math.min(2, parts.length, this.partCount[id]!);
      if (hits < need) continue;
      // Coverage relative to both sides, in 1/8 steps: hits / max(query parts, list parts).
      const cover = Math.floor((8 * hits) / Math.max(parts.length, this.partCount[id]!));
      (buckets[cover] ??= []).push(id);
    }
    const out: number[] = [];
    for (let c = buckets.length - 1; c >= 0 && out.length < MAX_CANDIDATES; c--) {
      const b = buckets[c];
      if (b) for (let k = 0; k < b.length && out.length < MAX_CANDIDATES; k++) out.push(b[k]!);
    }
    return out;
  }
}

function popcount(x: number): number {
  let n = 0;
  while (x) {
    x &= x - 1;
    n++;
  }
  return n;
}
