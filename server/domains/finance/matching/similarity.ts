// Weighted edit distance over name keys: short vowels and h are cheap to insert or drop
// (Arabic script does not write short vowels; "Mohd"), and letters that transliterate the
// same Arabic sound (q/k/g, g/j, z/d/dh, s/sh) are cheap to swap.

const VOWELS = 'aeiu';
function indelTable(vowelCost: number): Float64Array {
  const t = new Float64Array(128).fill(1);
  for (const v of VOWELS) t[v.charCodeAt(0)] = vowelCost;
  t['h'.charCodeAt(0)] = 0.5;
  t['y'.charCodeAt(0)] = 0.5;
  t['w'.charCodeAt(0)] = 0.5;
  return t;
}
const INDEL_NORMAL = indelTable(0.3);
// Against a vowel-less transliteration (no short vowels written), vowels are nearly free.
const INDEL_VOWELLESS = indelTable(0.1);
let INDEL = INDEL_NORMAL;

const SUB = new Float64Array(128 * 128).fill(1);
function near(pairs: string, cost: number): void {
  for (const pair of pairs.split(' ')) {
    const a = pair.charCodeAt(0);
    const b = pair.charCodeAt(1);
    SUB[a * 128 + b] = cost;
    SUB[b * 128 + a] = cost;
  }
}
near('ae ei', 0.2);
near('ai au iu eu', 0.4);
let VOWEL_SUB_VOWELLESS = false;
near('iy uw', 0.2);
// ث is th/s/t and ذ/ظ/ض are dh/z/d across romanisations (Arabic, Persian, Urdu, Turkish).
near('kg gj xh xk bp fv vw sz zd cs cj ck td ts', 0.45);
for (let c = 0; c < 128; c++) SUB[c * 128 + c] = 0;
// Against a transliteration from Arabic script, letters that render one Arabic letter in different
// romanisations are nearly the same: ض/ذ/ظ = d/z/dh, ث = t/s, ق = q/k/g, ج = j/g, خ = kh/h/x.
const SUB_VOWELLESS = SUB.slice();
for (const pair of 'dz ts kg gj xh xk sz'.split(' ')) {
  const a = pair.charCodeAt(0);
  const b = pair.charCodeAt(1);
  SUB_VOWELLESS[a * 128 + b] = SUB_VOWELLESS[b * 128 + a] = 0.2;
}
let SUBS = SUB;

function indel(code: number): number {
  return code < 128 ? INDEL[code]! : 1;
}
function sub(a: number, b: number): number {
  if (a === b) return 0;
  if (VOWEL_SUB_VOWELLESS && isVowel(a) && isVowel(b)) return 0.15;
  return a < 128 && b < 128 ? SUBS[a * 128 + b]! : 1;
}

function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 117;
}

function weightedLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n += indel(s.charCodeAt(i));
  return n;
}

let rowA = new Float64Array(64);
let rowB = new Float64Array(64);
let rowC = new Float64Array(64);

/** Weighted edit distance between two keys. */
export function keyDistance(a: string, b: string): number {
  const m = b.length;
  if (rowA.length <= m) {
    rowA = new Float64Array(m * 2 + 1);
    rowB = new Float64Array(m * 2 + 1);
    rowC = new Float64Array(m * 2 + 1);
  }
  let prev2 = rowC; // row i-2, for transpositions
  let prev = rowA;
  let cur = rowB;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + indel(b.charCodeAt(j - 1));
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    const da = indel(ca);
    cur[0] = prev[0]! + da;
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let best = prev[j - 1]! + sub(ca, cb);
      const del = prev[j]! + da;
      if (del < best) best = del;
      const ins = cur[j - 1]! + indel(cb);
      if (ins < best) best = ins;
      // Adjacent transposition ("Asasd" for "Assad") costs one substitution.
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && cb === a.charCodeAt(i - 2) && ca !== cb) {
        const t = prev2[j - 2]! + 0.6;
        if (t < best) best = t;
      }
      cur[j] = best;
    }
    const oldest = prev2;
    prev2 = prev;
    prev = cur;
    cur = oldest;
  }
  return prev[m]!;
}

/**
 * keySimilarity when it is at least `min`, otherwise 0: the same dynamic programme, abandoned as
 * soon as every cell of a row exceeds the distance that `min` allows.
 */
export function keySimilarityAtLeast(a: string, b: string, vowelless: boolean, min: number): number {
  if (a === b) return 1;
  const table = vowelless ? INDEL_VOWELLESS : INDEL_NORMAL;
  const subs = vowelless ? SUB_VOWELLESS : SUB;
  let wa = 0;
  let wb = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    wa += c < 128 ? table[c]! : 1;
  }
  for (let j = 0; j < b.length; j++) {
    const c = b.charCodeAt(j);
    wb += c < 128 ? table[c]! : 1;
  }
  const denom = wa > wb ? wa : wb;
  if (denom === 0) return 0;
  const maxDist = (1 - min) * denom + 1e-9;
  const m = b.length;
  if (rowA.length <= m) {
    rowA = new Float64Array(m * 2 + 1);
    rowB = new Float64Array(m * 2 + 1);
    rowC = new Float64Array(m * 2 + 1);
  }
  let prev2 = rowC;
  let prev = rowA;
  let cur = rowB;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) {
    const c = b.charCodeAt(j - 1);
    prev[j] = prev[j - 1]! + (c < 128 ? table[c]! : 1);
  }
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    const da = ca < 128 ? table[ca]! : 1;
    const va = ca === 97 || ca === 101 || ca === 105 || ca === 117;
    cur[0] = prev[0]! + da;
    let rowMin = cur[0]!;
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let s: number;
      if (ca === cb) s = 0;
      else if (vowelless && va && (cb === 97 || cb === 101 || cb === 105 || cb === 117)) s = 0.15;
      else s = ca < 128 && cb < 128 ? subs[ca * 128 + cb]! : 1;
      let best = prev[j - 1]! + s;
      const del = prev[j]! + da;
      if (del < best) best = del;
      const ins = cur[j - 1]! + (cb < 128 ? table[cb]! : 1);
      if (ins < best) best = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && cb === a.charCodeAt(i - 2) && ca !== cb) {
        const t = prev2[j - 2]! + 0.6;
        if (t < best) best = t;
      }
      cur[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // A transposition reaches back two rows, so stop only when two rows in a row are over budget.
    if (rowMin > maxDist && i > 1) {
      let prevMin = Infinity;
      for (let j = 0; j <= m; j++) if (prev[j]! < prevMin) prevMin = prev[j]!;
      if (prevMin > maxDist) return 0;
    }
    const oldest = prev2;
    prev2 = prev;
    prev = cur;
    cur = oldest;
  }
  const sim = 1 - prev[m]! / denom;
  return sim >= min ? sim : 0;
}

/** Similarity 0..1 between two keys: 1 − distance / weighted length of the longer. */
export function keySimilarity(a: string, b: string, vowelless = false): number {
  if (a === b) return 1;
  INDEL = vowelless ? INDEL_VOWELLESS : INDEL_NORMAL;
  SUBS = vowelless ? SUB_VOWELLESS : SUB;
  VOWEL_SUB_VOWELLESS = vowelless;
  const denom = Math.max(weightedLength(a), weightedLength(b));
  const sim = denom === 0 ? 0 : Math.max(0, 1 - keyDistance(a, b) / denom);
  INDEL = INDEL_NORMAL;
  SUBS = SUB;
  VOWEL_SUB_VOWELLESS = false;
  return sim;
}

let plainPrev = new Int32Array(64);
let plainCur = new Int32Array(64);

/** Plain Levenshtein similarity of two spellings, for typos that the phonetic key weighs heavily. */
export function plainSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const n = Math.max(a.length, b.length);
  if (n === 0 || Math.abs(a.length - b.length) > n / 2) return 0;
  const m = b.length;
  if (plainPrev.length <= m) {
    plainPrev = new Int32Array(m * 2 + 1);
    plainCur = new Int32Array(m * 2 + 1);
  }
  let prev = plainPrev;
  let cur = plainCur;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const d = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const x = prev[j]! + 1;
      const y = cur[j - 1]! + 1;
      cur[j] = d < x ? (d < y ? d : y) : x < y ? x : y;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return 1 - prev[m]! / n;
}

/**
 * Per-part data for cheap similarity upper bounds: which letters a key contains, split by the
 * cheapest edit that can remove them (1 for l/m/n/r…, 0.45 for letters with a near sound,
 * the vowel cost for vowels and y/w), which letters the spelling contains, and lengths.
 */
export interface Features {
  hard: number;
  mid: number;
  soft: number;
  normMask: number;
  normLen: number;
  wl: number;
  wlVowelless: number;
}

const MID_LETTERS = 'kgjxhbpfvszdct';
/**
 * The weighted lengths differ by at most (indels) + (substitutions × weight difference), and every
 * substitution costs at least 0.4 × the difference of the two letters' weights: distance ≥ 0.4 × |Δ|.
 */
const LENGTH_FACTOR = 0.4;
const SOFT_LETTERS = 'aeiuyw';

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function letterMask(s: string, letters?: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const c = s.charCodeAt(i) - 97;
    if (c < 0 || c >= 26) continue;
    if (letters === undefined || letters.includes(ch)) m |= 1 << c;
  }
  return m;
}

export function features(t: { key: string; norm: string }): Features {
  INDEL = INDEL_VOWELLESS;
  const wlVowelless = weightedLength(t.key);
  INDEL = INDEL_NORMAL;
  const all = letterMask(t.key);
  const mid = letterMask(t.key, MID_LETTERS);
  const soft = letterMask(t.key, SOFT_LETTERS);
  return { hard: all & ~mid & ~soft, mid, soft, normMask: letterMask(t.norm), normLen: t.norm.length, wl: weightedLength(t.key), wlVowelless };
}

/**
 * Upper bound of keySimilarity: every letter one key has and the other lacks must be deleted or
 * substituted, each in its own edit costing at least that letter's cheapest edit; and the weighted
 * lengths must be bridged (LENGTH_FACTOR).
 */
export function maxKeySimilarity(a: Features, b: Features, vowelless: boolean): number {
  const soft = vowelless ? 0.1 : 0.2;
  const mid = vowelless ? 0.2 : 0.45; // SUB_VOWELLESS makes d/z, t/s, k/g… 0.2 apart
  const onlyA = popcount(a.hard & ~b.hard) + mid * popcount(a.mid & ~b.mid) + soft * popcount(a.soft & ~b.soft);
  const onlyB = popcount(b.hard & ~a.hard) + mid * popcount(b.mid & ~a.mid) + soft * popcount(b.soft & ~a.soft);
  const wa = vowelless ? a.wlVowelless : a.wl;
  const wb = vowelless ? b.wlVowelless : b.wl;
  const denom = Math.max(wa, wb);
  return denom === 0 ? 0 : 1 - Math.max(onlyA, onlyB, LENGTH_FACTOR * Math.abs(wa - wb)) / denom;
}

/** Upper bound of plainSimilarity: a length difference, and every letter only one spelling has, each need an edit. */
export function maxPlainSimilarity(a: Features, b: Features): number {
  const n = Math.max(a.normLen, b.normLen);
  const dl = Math.abs(a.normLen - b.normLen);
  if (n === 0 || dl > n / 2) return 0;
  const lower = Math.max(dl, popcount(a.normMask & ~b.normMask), popcount(b.normMask & ~a.normMask));
  return 1 - lower / n;
}

/** Features of many parts in parallel typed arrays (monomorphic, cache-friendly). */
export class FeatureTable {
  readonly hard: Int32Array;
  readonly mid: Int32Array;
  readonly soft: Int32Array;
  readonly normMask: Int32Array;
  readonly normLen: Uint8Array;
  readonly wl: Float32Array;
  readonly wlVowelless: Float32Array;
  constructor(fs: Features[]) {
    this.hard = Int32Array.from(fs, (f) => f.hard);
    this.mid = Int32Array.from(fs, (f) => f.mid);
    this.soft = Int32Array.from(fs, (f) => f.soft);
    this.normMask = Int32Array.from(fs, (f) => f.normMask);
    this.normLen = Uint8Array.from(fs, (f) => Math.min(255, f.normLen));
    this.wl = Float32Array.from(fs, (f) => f.wl);
    this.wlVowelless = Float32Array.from(fs, (f) => f.wlVowelless);
  }
}

/** maxKeySimilarity against entry i of a feature table. */
export function maxKeySimilarityAt(a: Features, t: FeatureTable, i: number, vowelless: boolean): number {
  const soft = vowelless ? 0.1 : 0.2;
  const mid = vowelless ? 0.2 : 0.45; // SUB_VOWELLESS makes d/z, t/s, k/g… 0.2 apart
  const bh = t.hard[i]!;
  const bm = t.mid[i]!;
  const bs = t.soft[i]!;
  const onlyA = popcount(a.hard & ~bh) + mid * popcount(a.mid & ~bm) + soft * popcount(a.soft & ~bs);
  const onlyB = popcount(bh & ~a.hard) + mid * popcount(bm & ~a.mid) + soft * popcount(bs & ~a.soft);
  const wa = vowelless ? a.wlVowelless : a.wl;
  const wb = vowelless ? t.wlVowelless[i]! : t.wl[i]!;
  const denom = Math.max(wa, wb);
  return denom === 0 ? 0 : 1 - Math.max(onlyA, onlyB, LENGTH_FACTOR * Math.abs(wa - wb)) / denom;
}

/** maxPlainSimilarity against entry i of a feature table. */
export function maxPlainSimilarityAt(a: Features, t: FeatureTable, i: number): number {
  const bl = t.normLen[i]!;
  const n = Math.max(a.normLen, bl);
  const dl = Math.abs(a.normLen - bl);
  if (n === 0 || dl > n / 2) return 0;
  const bm = t.normMask[i]!;
  const lower = Math.max(dl, popcount(a.normMask & ~bm), popcount(bm & ~a.normMask));
  return 1 - lower / n;
}
