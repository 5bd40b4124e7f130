// What the candidate search reads of every distinct indexed part, packed as one 32-byte record per
// part. A query word is checked against ~180 parts at scattered ids; one record per part costs one
// cache miss where a dozen parallel arrays cost a dozen.

import { isAbdKey } from './compare.js';
import { hashKey } from './index-keys.js';
import { features } from './similarity.js';
import type { NameToken } from './token.js';

const STRIDE = 8;
const ALPHA = /^[a-z]+$/;

export const ORIGIN_CODE: Record<NameToken['origin'], number> = { latin: 0, arabic: 1, script: 2 };

export const JOINED = 1;
export const NAME = 2;
export const ALPHA_KEY = 4;
export const VOWELLESS = 8;
export const ABD = 64;

export class PartTable {
  private readonly ints: Int32Array;
  private readonly floats: Float32Array;

  readonly length: number;

  constructor(parts: readonly NameToken[], joined: Uint8Array) {
    this.length = parts.length;
    const buffer = new ArrayBuffer(parts.length * STRIDE * 4);
    this.ints = new Int32Array(buffer);
    this.floats = new Float32Array(buffer);
    parts.forEach((t, p) => {
      const f = features(t);
      const base = p * STRIDE;
      this.ints[base] =
        (joined[p] === 1 ? JOINED : 0) | (t.role === 'name' ? NAME : 0) | (ALPHA.test(t.key) ? ALPHA_KEY : 0) | (t.vowelless ? VOWELLESS : 0) | (ORIGIN_CODE[t.origin] << 4) | (t.role === 'name' && isAbdKey(t.key) ? ABD : 0);
      this.ints[base + 1] = hashKey(t.norm);
      this.ints[base + 2] = hashKey(t.key);
      this.ints[base + 3] = f.letters;
      this.ints[base + 4] = f.normMask;
      this.ints[base + 5] = f.normLen;
      this.floats[base + 6] = f.wl;
      this.floats[base + 7] = f.wlVowelless;
    });
  }

  /** Offset of part p's record (pass it to the accessors below). */
  at(p: number): number {
    return p * STRIDE;
  }
  /** The flag bits above (JOINED … ABD) and the origin code in bits 4–5. */
  flags(r: number): number {
    return this.ints[r]! & 0x7f;
  }
  joined(r: number): boolean {
    return (this.ints[r]! & JOINED) !== 0;
  }
  isName(r: number): boolean {
    return (this.ints[r]! & NAME) !== 0;
  }
  alpha(r: number): boolean {
    return (this.ints[r]! & ALPHA_KEY) !== 0;
  }
  vowelless(r: number): boolean {
    return (this.ints[r]! & VOWELLESS) !== 0;
  }
  origin(r: number): number {
    return (this.ints[r]! >>> 4) & 3;
  }
  /** An abd compound name (compared with bare names by compare.ts's own rule). */
  abd(r: number): boolean {
    return (this.ints[r]! & ABD) !== 0;
  }
  normHash(r: number): number {
    return this.ints[r + 1]!;
  }
  keyHash(r: number): number {
    return this.ints[r + 2]!;
  }
  letters(r: number): number {
    return this.ints[r + 3]!;
  }
  normMask(r: number): number {
    return this.ints[r + 4]!;
  }
  normLen(r: number): number {
    return this.ints[r + 5]!;
  }
  wl(r: number, vowelless: boolean): number {
    return this.floats[r + (vowelless ? 7 : 6)]!;
  }
}
