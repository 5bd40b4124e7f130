// The similarities of one query part against many listed parts, with the per-query work done once:
// a bit-parallel Levenshtein (Myers/Hyyrö) for the plain spelling, and the weighted key distance of
// similarity.ts with the query's substitution and insertion costs laid out in typed arrays.
// Both give exactly what similarity.ts gives whenever the result reaches `min`, and 0 otherwise.

import { COST_UNIT, keyCosts, type KeyCosts } from './similarity.js';

const LETTERS = 26;
const A = 97;

/** Letter codes 0..25 of an a–z string (callers check the string is a–z). */
export function letterCodes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) - A;
  return out;
}

interface KeyTables {
  /** sub[a * 26 + b]: cost of substituting letter a by letter b, in COST_UNITs. */
  sub: Int32Array;
  /** Insertion/deletion cost of each letter, in COST_UNITs. */
  indel: Int32Array;
}

/** The costs of similarity.ts for a–z, laid out once per vowel mode, in the same integer units. */
function keyTables(vowelless: boolean): KeyTables {
  const costs: KeyCosts = keyCosts(vowelless);
  const sub = new Int32Array(LETTERS * LETTERS);
  const indel = new Int32Array(LETTERS);
  for (let a = 0; a < LETTERS; a++) {
    indel[a] = Math.round(costs.indel[a + A]! * COST_UNIT);
    for (let b = 0; b < LETTERS; b++) sub[a * LETTERS + b] = Math.round(costs.sub(a + A, b + A) * COST_UNIT);
  }
  return { sub, indel };
}
const TABLES: readonly [KeyTables, KeyTables] = [keyTables(false), keyTables(true)];
const TRANSPOSE = Math.round(0.6 * COST_UNIT);

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

export class QuerySimilarity {
  private key: Uint8Array = new Uint8Array(0);
  /** Myers pattern masks of the spelling's characters (codes below 128 in an array); unused when too long. */
  private readonly peq = new Int32Array(128);
  private readonly peqOther = new Map<number, number>();
  private norm = '';
  private normBits = 0;
  /** The key's weighted length in each vowel mode (NaN until needed). */
  private readonly weights = [Number.NaN, Number.NaN];

  constructor(norm: string, key: string) {
    this.set(norm, key);
  }

  /** Starts over for another query part (one instance serves every part: no allocation per part). */
  set(norm: string, key: string): void {
    for (let i = 0; i < this.norm.length; i++) {
      const c = this.norm.charCodeAt(i);
      if (c < 128) this.peq[c] = 0;
    }
    this.peqOther.clear();
    this.key = letterCodes(key);
    this.norm = norm;
    this.normBits = norm.length;
    this.weights[0] = this.weights[1] = Number.NaN;
    if (norm.length > 0 && norm.length <= 31) {
      for (let i = 0; i < norm.length; i++) {
        const c = norm.charCodeAt(i);
        if (c < 128) this.peq[c]! |= 1 << i;
        else this.peqOther.set(c, (this.peqOther.get(c) ?? 0) | (1 << i));
      }
    }
  }

  /** plainSimilarity(query spelling, b) when it is at least `min`, else 0; b is codes[start..end). */
  plainAtLeast(codes: Uint16Array, start: number, end: number, min: number): number {
    const m = this.normBits;
    const len = end - start;
    const n = Math.max(m, len);
    if (n === 0 || Math.abs(m - len) > n / 2) return 0;
    const maxDist = Math.floor((1 - min) * n + 1e-9);
    const peq = this.peq;
    if (Math.abs(m - len) > maxDist || m > 31) return 0;
    // Hyyrö's bit-vector form of Myers' algorithm: column j of the edit-distance matrix as
    // vertical +1/−1 deltas packed in Pv/Mv; the last row's value is tracked in `score`.
    const high = 1 << (m - 1);
    let pv = -1;
    let mv = 0;
    let score = m;
    for (let j = 0; j < len; j++) {
      const c = codes[start + j]!;
      const eq = c < 128 ? peq[c]! : (this.peqOther.get(c) ?? 0);
      const xv = eq | mv;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & high) score++;
      else if (mh & high) score--;
      // Every later column can lower the score by at most one.
      if (score - (len - 1 - j) > maxDist) return 0;
      ph = (ph << 1) | 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    const sim = 1 - score / n;
    return sim >= min ? sim : 0;
  }

  /**
   * keySimilarity(query key, b, vowelless) when it is at least `min`, else 0, for an a–z key given as letter codes
   * codes[start..end) (all listed keys share one buffer).
   */
  keyAtLeast(codes: Uint8Array, start: number, end: number, vowelless: boolean, min: number): number {
    const { sub, indel } = TABLES[vowelless ? 1 : 0];
    const a = this.key;
    let wa = this.weights[vowelless ? 1 : 0]!;
    if (Number.isNaN(wa)) {
      wa = 0;
      for (let i = 0; i < a.length; i++) wa += indel[a[i]!]!;
      this.weights[vowelless ? 1 : 0] = wa;
    }
    const m = end - start;
    if (a.length === m) {
      let same = true;
      for (let i = 0; i < m && same; i++) same = a[i] === codes[start + i];
      if (same) return 1;
    }
    let wb = 0;
    for (let j = 0; j < m; j++) wb += indel[codes[start + j]!]!;
    const denom = wa > wb ? wa : wb;
    if (denom === 0) return 0;
    const maxDist = (1 - min) * denom + 1e-9;
    if (rowA.length <= m) {
      rowA = new Int32Array(m * 2 + 1);
      rowB = new Int32Array(m * 2 + 1);
      rowC = new Int32Array(m * 2 + 1);
    }
    let prev2 = rowC;
    let prev = rowA;
    let cur = rowB;
    prev[0] = 0;
    for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + indel[codes[start + j - 1]!]!;
    let prevMin = 0;
    const minIndel = indel[0]!; // a vowel's (a), the cheapest indel
    for (let i = 1; i <= a.length; i++) {
      const ca = a[i - 1]!;
      const da = indel[ca]!;
      const base = ca * LETTERS;
      const before = i > 1 ? a[i - 2]! : -1;
      let left = prev[0]! + da;
      cur[0] = left;
      // Each cell's cost plus the indels its remaining lengths still need (Ukkonen's cut-off).
      const rest = a.length - i;
      let rowMin = left + Math.abs(rest - m) * minIndel;
      // The row above's cells j − 1 and j, and the letter before, carried in locals: one array read a cell.
      let diagonal = prev[0]!;
      let lastB = -1;
      for (let j = 1; j <= m; j++) {
        const cb = codes[start + j - 1]!;
        const up = prev[j]!;
        // Minima without branches (x + (d & (d >> 31)) is min(x, x + d)): which edit wins is data, not a
        // pattern the branch predictor learns, and this loop is most of a new word's search.
        let best = diagonal + sub[base + cb]!;
        let d = up + da - best;
        best += d & (d >> 31);
        d = left + indel[cb]! - best;
        best += d & (d >> 31);
        // Adjacent transposition ("Asasd" for "Assad") costs 0.6.
        if (ca === lastB && cb === before && ca !== cb) {
          const t = prev2[j - 2]! + TRANSPOSE;
          if (t < best) best = t;
        }
        cur[j] = best;
        left = best;
        diagonal = up;
        lastB = cb;
        const gap = rest - m + j;
        d = best + (gap < 0 ? -gap : gap) * minIndel - rowMin;
        rowMin += d & (d >> 31);
      }
      // A transposition reaches back two rows, so stop only when two rows in a row are over budget.
      if (rowMin > maxDist && i > 1 && prevMin > maxDist) return 0;
      prevMin = rowMin;
      const oldest = prev2;
      prev2 = prev;
      prev = cur;
      cur = oldest;
    }
    const sim = 1 - prev[m]! / denom;
    return sim >= min ? sim : 0;
  }
}
