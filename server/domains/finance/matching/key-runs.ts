// The parts filed under each look-up key, each with what the cheap similarity bounds need, in
// one 16-byte entry: a query word scans its ~10 runs front to back and rejects most of the ~190
// parts it meets there without reading their scattered part records (part-table.ts).

import { PartTable } from './part-table.js';
import { type FixedKeyBound, lengthBound, plainBound } from './similarity.js';

const STRIDE = 4;
const PART_BITS = 24;
const PART_MASK = (1 << PART_BITS) - 1;
/** Stored spelling length for 63 letters or more: the entry cannot bound those, the record must. */
const LONG = 63;
/**
 * Bounds from an entry may differ from the part record's in the last bits (weighted lengths are
 * stored ×10, exact, since every letter weighs a multiple of 0.1): compare them with this slack.
 */
export const BOUND_SLACK = 1e-6;

export class KeyRuns {
  private readonly entries: Int32Array;

  /** `keyParts[x]` is the part of run entry x (the key table's runs index into it). */
  constructor(keyParts: Int32Array, table: PartTable) {
    if (table.length >= 1 << PART_BITS) throw new Error(`too many distinct name parts for the key runs: ${table.length}`);
    this.entries = new Int32Array(keyParts.length * STRIDE);
    for (let x = 0; x < keyParts.length; x++) {
      const p = keyParts[x]!;
      const r = table.at(p);
      const e = x * STRIDE;
      this.entries[e] = p | (table.flags(r) << PART_BITS);
      this.entries[e + 1] = table.letters(r) | (Math.min(table.normLen(r), LONG) << 26);
      this.entries[e + 2] = table.normMask(r);
      this.entries[e + 3] = Math.round(table.wl(r, false) * 10) | (Math.round(table.wl(r, true) * 10) << 16);
    }
  }

  part(x: number): number {
    return this.entries[x * STRIDE]! & PART_MASK;
  }

  /** The part's flags (part-table.ts: JOINED, NAME, ALPHA_KEY, VOWELLESS, origin << 4, ABD). */
  flags(x: number): number {
    return this.entries[x * STRIDE]! >>> PART_BITS;
  }

  /** plainBound (similarity.ts) of a query spelling with this entry's part (1 when its spelling is too long to tell). */
  plainBound(x: number, normMask: number, normLen: number): number {
    const e = x * STRIDE;
    const len = this.entries[e + 1]! >>> 26;
    return len === LONG ? 1 : plainBound(normMask, normLen, this.entries[e + 2]!, len);
  }

  /**
   * keyBound (similarity.ts) of a query key with this entry's part, from the weighted length stored
   * ×10; below `min`, possibly a looser bound still below it (FixedKeyBound.boundWithin), such as the
   * lengths' alone when they suffice (the letters are not compared).
   */
  keyBound(x: number, query: FixedKeyBound, wl: number, vowelless: boolean, min: number): number {
    const e = x * STRIDE;
    const weights = this.entries[e + 3]!;
    const wb = (vowelless ? weights >>> 16 : weights & 0xffff) / 10;
    const byLength = lengthBound(wl, wb);
    return byLength < min ? byLength : query.boundWithin(this.entries[e + 1]! & 0x3ffffff, wl, wb, vowelless, min);
  }

  /**
   * keyBound without the lengths' test first, for a single word against single parts: it reached
   * them through a key, so their weighted lengths are close, and the test settled 367 of the
   * 2,499,713 bounds of the throughput stream (against 28.5 % of a word's bounds with joined parts).
   * The lengths still count in the value (FixedKeyBound.boundWithin).
   */
  keyBoundByLetters(x: number, query: FixedKeyBound, wl: number, vowelless: boolean, min: number): number {
    const e = x * STRIDE;
    const weights = this.entries[e + 3]!;
    const wb = (vowelless ? weights >>> 16 : weights & 0xffff) / 10;
    return query.boundWithin(this.entries[e + 1]! & 0x3ffffff, wl, wb, vowelless, min);
  }
}
