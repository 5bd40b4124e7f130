// The match lists of recent query units (a word, or two adjacent words joined), shared by queries:
// a word seen before costs one look-up instead of a search of the key runs. A fixed table of
// two-slot sets addressed by a 32-bit hash of the unit's signature, the less recently used slot
// of a set giving way: a look-up reads one slot pair, where a Map of tens of thousands of entries
// costs several dependent reads, and the size stays bounded without sweeps.

import { ORIGIN_CODE } from './part-table.js';
import type { NameToken } from './token.js';

export interface MatchList {
  token: NameToken;
  joined: boolean;
  /** Total posting length of its parts (-1 until computed). */
  mass: number;
  /**
   * Set with `mass` (candidates.ts): each part's posting range, start and end side by side, and its
   * weight (doubled for a joined part), so expanding the list reads no per-part arrays scattered in memory.
   */
  spans: readonly number[] | undefined;
  partWeights: readonly number[] | undefined;
  ids: readonly number[];
  /** Similarity of each part (every one at least the minimum). */
  sim: readonly number[];
}

const ROLE_CODE: Record<NameToken['role'], number> = { name: 1, particle: 2, bin: 3, title: 4, legal: 5, initial: 6, number: 7 };

/** A 32-bit hash of a unit's signature (postings.ts's signature), computed without building that string. */
export function signatureHash(t: NameToken, joined: boolean): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < t.norm.length; i++) h = Math.imul(h ^ t.norm.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (ROLE_CODE[t.role] * 16 + ORIGIN_CODE[t.origin] * 4 + (t.vowelless ? 2 : 0) + (joined ? 1 : 0)), 0x01000193);
  return h | 0;
}

/** signatureHash of the joined pair of a and b (joinedQueryToken in candidates.ts), without joining them. */
export function joinedSignatureHash(a: NameToken, b: NameToken): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < a.norm.length; i++) h = Math.imul(h ^ a.norm.charCodeAt(i), 0x01000193);
  for (let i = 0; i < b.norm.length; i++) h = Math.imul(h ^ b.norm.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (ROLE_CODE[a.role] * 16 + ORIGIN_CODE[a.origin] * 4 + (a.vowelless || b.vowelless ? 2 : 0) + 1), 0x01000193);
  return h | 0;
}

function sameSignature(m: MatchList, t: NameToken, joined: boolean): boolean {
  const c = m.token;
  return m.joined === joined && c.norm === t.norm && c.role === t.role && c.origin === t.origin && c.vowelless === t.vowelless;
}

export class MatchCache {
  private readonly sigs: Int32Array;
  private readonly lastUse: Float64Array;
  private readonly lists: (MatchList | undefined)[];
  private readonly setMask: number;
  private clock = 0;

  /** Room for 2^bits lists. */
  constructor(bits = 16) {
    const size = 1 << bits;
    this.sigs = new Int32Array(size);
    this.lastUse = new Float64Array(size);
    this.lists = new Array<MatchList | undefined>(size).fill(undefined);
    this.setMask = (size - 1) & ~1;
  }

  /** The list of the unit with this token and signature hash, if kept. */
  get(sig: number, token: NameToken, joined: boolean): MatchList | undefined {
    const first = sig & this.setMask;
    for (let slot = first; slot < first + 2; slot++) {
      const m = this.lists[slot];
      if (m !== undefined && this.sigs[slot] === sig && sameSignature(m, token, joined)) {
        this.lastUse[slot] = ++this.clock;
        return m;
      }
    }
    return undefined;
  }

  /** The list of the joined pair of a and b (joinedQueryToken in candidates.ts), if kept. */
  getJoined(sig: number, a: NameToken, b: NameToken): MatchList | undefined {
    const first = sig & this.setMask;
    for (let slot = first; slot < first + 2; slot++) {
      const m = this.lists[slot];
      if (m === undefined || this.sigs[slot] !== sig || !m.joined) continue;
      const c = m.token;
      const norm = c.norm;
      if (norm.length === a.norm.length + b.norm.length && norm.startsWith(a.norm) && norm.endsWith(b.norm) && c.role === a.role && c.origin === a.origin && c.vowelless === (a.vowelless || b.vowelless)) {
        this.lastUse[slot] = ++this.clock;
        return m;
      }
    }
    return undefined;
  }

  set(sig: number, m: MatchList): void {
    const first = sig & this.setMask;
    const slot = this.lists[first] === undefined || this.lastUse[first]! <= this.lastUse[first + 1]! ? first : first + 1;
    this.sigs[slot] = sig;
    this.lists[slot] = m;
    this.lastUse[slot] = ++this.clock;
  }
}
