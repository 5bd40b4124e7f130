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

function indel(code: number): number {
  return code < 128 ? INDEL[code]! : 1;
}
function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 117;
}

function weightedLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n += indel(s.charCodeAt(i));
  return n;
}

/**
 * The costs above in twentieths: each is a multiple of 0.05, so distances are summed exactly in
 * integers, and the per-query form (query-similarity.ts) gives the very same similarity.
 */
export const COST_UNIT = 20;

function inUnits(costs: Float64Array): Int32Array {
  return Int32Array.from(costs, (c) => Math.round(c * COST_UNIT));
}
const VOWEL_CODES = [97, 101, 105, 117];
/** Indel costs per code below 128, and substitution costs [a * 128 + b], in units; [normal, vowel-less]. */
const INDEL_UNITS = [inUnits(INDEL_NORMAL), inUnits(INDEL_VOWELLESS)] as const;
const SUB_UNITS = [inUnits(SUB), inUnits(SUB_VOWELLESS)] as const;
for (const a of VOWEL_CODES) for (const b of VOWEL_CODES) if (a !== b) SUB_UNITS[1][a * 128 + b] = Math.round(0.15 * COST_UNIT);
const TRANSPOSE_UNITS = Math.round(0.6 * COST_UNIT);

function weightedUnits(s: string, indel: Int32Array): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 128 ? indel[c]! : COST_UNIT;
  }
  return n;
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** Weighted edit distance between two keys, in COST_UNITs. */
function keyDistanceUnits(a: string, b: string, vowelless: boolean): number {
  const indelOf = INDEL_UNITS[vowelless ? 1 : 0];
  const subOf = SUB_UNITS[vowelless ? 1 : 0];
  const m = b.length;
  if (rowA.length <= m) {
    rowA = new Int32Array(m * 2 + 1);
    rowB = new Int32Array(m * 2 + 1);
    rowC = new Int32Array(m * 2 + 1);
  }
  let prev2 = rowC; // row i-2, for transpositions
  let prev = rowA;
  let cur = rowB;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) {
    const cb = b.charCodeAt(j - 1);
    prev[j] = prev[j - 1]! + (cb < 128 ? indelOf[cb]! : COST_UNIT);
  }
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    const da = ca < 128 ? indelOf[ca]! : COST_UNIT;
    cur[0] = prev[0]! + da;
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let best = prev[j - 1]! + (ca === cb ? 0 : ca < 128 && cb < 128 ? subOf[ca * 128 + cb]! : COST_UNIT);
      const del = prev[j]! + da;
      if (del < best) best = del;
      const ins = cur[j - 1]! + (cb < 128 ? indelOf[cb]! : COST_UNIT);
      if (ins < best) best = ins;
      // Adjacent transposition ("Asasd" for "Assad") costs 0.6.
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && cb === a.charCodeAt(i - 2) && ca !== cb) {
        const t = prev2[j - 2]! + TRANSPOSE_UNITS;
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

/** The costs keySimilarity uses, for code that lays them out per query (query-similarity.ts). */
export interface KeyCosts {
  indel: Float64Array;
  sub(a: number, b: number): number;
}

export function keyCosts(vowelless: boolean): KeyCosts {
  const subs = vowelless ? SUB_VOWELLESS : SUB;
  return {
    indel: vowelless ? INDEL_VOWELLESS : INDEL_NORMAL,
    sub: (a, b) => {
      if (a === b) return 0;
      if (vowelless && isVowel(a) && isVowel(b)) return 0.15;
      return a < 128 && b < 128 ? subs[a * 128 + b]! : 1;
    },
  };
}

/** Similarity 0..1 between two keys: 1 − distance / weighted length of the longer. */
export function keySimilarity(a: string, b: string, vowelless = false): number {
  if (a === b) return 1;
  const indel = INDEL_UNITS[vowelless ? 1 : 0];
  const denom = Math.max(weightedUnits(a, indel), weightedUnits(b, indel));
  return denom === 0 ? 0 : Math.max(0, 1 - keyDistanceUnits(a, b, vowelless) / denom);
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
 * Per-part data for cheap similarity upper bounds: which letters the key and the spelling contain,
 * and their lengths.
 */
export interface Features {
  /** a–z letters of the key, as a bit mask. */
  letters: number;
  normMask: number;
  normLen: number;
  wl: number;
  wlVowelless: number;
}

/**
 * The weighted lengths differ by at most (indels) + (substitutions × weight difference), and every
 * substitution costs at least 0.4 × the difference of the two letters' weights: distance ≥ 0.4 × |Δ|.
 */
const LENGTH_FACTOR = 0.4;

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function letterMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) m |= 1 << c;
  }
  return m;
}

export function features(t: { key: string; norm: string }): Features {
  INDEL = INDEL_VOWELLESS;
  const wlVowelless = weightedLength(t.key);
  INDEL = INDEL_NORMAL;
  return { letters: letterMask(t.key), normMask: letterMask(t.norm), normLen: t.norm.length, wl: weightedLength(t.key), wlVowelless };
}

/**
 * For each letter, the edits that can remove it from one key when the other key lacks it: its
 * deletion, or its substitution by a letter the other key has. `tierMask[c][k]` holds the letters
 * substituting c at cost `tierCost[c][k]` (ascending, each below the deletion cost `dropCost[c]`).
 */
interface RemovalCosts {
  dropCost: Float64Array;
  tierMask: Int32Array[];
  tierCost: Float64Array[];
}

function removalCosts(vowelless: boolean): RemovalCosts {
  const costs = keyCosts(vowelless);
  const dropCost = new Float64Array(26);
  const tierMask: Int32Array[] = [];
  const tierCost: Float64Array[] = [];
  for (let c = 0; c < 26; c++) {
    dropCost[c] = costs.indel[c + 97]!;
    const byCost = new Map<number, number>();
    for (let d = 0; d < 26; d++) {
      const cost = costs.sub(c + 97, d + 97);
      if (d !== c && cost < dropCost[c]!) byCost.set(cost, (byCost.get(cost) ?? 0) | (1 << d));
    }
    const tiers = [...byCost].sort((a, b) => a[0] - b[0]);
    tierMask.push(Int32Array.from(tiers, ([, m]) => m));
    tierCost.push(Float64Array.from(tiers, ([cost]) => cost));
  }
  return { dropCost, tierMask, tierCost };
}
const REMOVAL_NORMAL = removalCosts(false);
const REMOVAL_VOWELLESS = removalCosts(true);

/** Cheapest total cost of removing the letters in `only` (one occurrence each) given the other key's letters. */
function removalCost(only: number, other: number, r: RemovalCosts): number {
  let total = 0;
  while (only !== 0) {
    const c = 31 - Math.clz32(only & -only);
    only &= only - 1;
    let cost = r.dropCost[c]!;
    const masks = r.tierMask[c]!;
    for (let k = 0; k < masks.length; k++) {
      if (masks[k]! & other) {
        cost = r.tierCost[c]![k]!;
        break;
      }
    }
    total += cost;
  }
  return total;
}

/**
 * Upper bound of keySimilarity: every letter one key has and the other lacks must be deleted or
 * substituted by a letter of the other key, each in its own edit (an edit touches at most one letter
 * of each side); and the weighted lengths must be bridged (LENGTH_FACTOR).
 */
export function maxKeySimilarity(a: Features, b: Features, vowelless: boolean): number {
  return keyBound(a.letters, b.letters, vowelless ? a.wlVowelless : a.wl, vowelless ? b.wlVowelless : b.wl, vowelless);
}

/** The bound of maxKeySimilarity from letter masks and weighted lengths. */
export function keyBound(la: number, lb: number, wa: number, wb: number, vowelless: boolean): number {
  const denom = wa > wb ? wa : wb;
  if (denom === 0) return 0;
  const r = vowelless ? REMOVAL_VOWELLESS : REMOVAL_NORMAL;
  const onlyA = removalCost(la & ~lb, lb, r);
  const onlyB = removalCost(lb & ~la, la, r);
  const lengthGap = LENGTH_FACTOR * Math.abs(wa - wb);
  return 1 - Math.max(onlyA, onlyB, lengthGap) / denom;
}

/** The part of keyBound the weighted lengths alone give (never below keyBound). */
export function lengthBound(wa: number, wb: number): number {
  const denom = wa > wb ? wa : wb;
  return denom === 0 ? 0 : 1 - (LENGTH_FACTOR * Math.abs(wa - wb)) / denom;
}

/**
 * keyBound against one fixed key (a query word) and many others: the cost of removing each letter
 * the fixed key lacks, with the fixed key's letters as substitutes, is laid out once per vowel mode.
 */
export class FixedKeyBound {
  private letters = 0;
  private readonly removal = [new Float64Array(26), new Float64Array(26)];
  /** Whether each vowel mode's table is laid out for the current key (done on first use: many keys need none). */
  private readonly ready = [false, false];

  /** Starts over for another fixed key, given its letter mask. */
  set(letters: number): void {
    this.letters = letters;
    this.ready[0] = this.ready[1] = false;
  }

  /** keyBound(fixed key's letters, lb, wa, wb, vowelless), the same value. */
  bound(lb: number, wa: number, wb: number, vowelless: boolean): number {
    return this.boundWithin(lb, wa, wb, vowelless, -Infinity);
  }

  /**
   * keyBound's value whenever it reaches `min`; below `min`, possibly a looser value still
   * below it: the letters only the other key has are counted first (a table look-up each), and
   * when they alone keep it below `min`, the fixed key's own letters are not costed.
   */
  boundWithin(lb: number, wa: number, wb: number, vowelless: boolean, min: number): number {
    const denom = wa > wb ? wa : wb;
    if (denom === 0) return 0;
    const mode = vowelless ? 1 : 0;
    const removal = this.removal[mode]!;
    const r = vowelless ? REMOVAL_VOWELLESS : REMOVAL_NORMAL;
    if (!this.ready[mode]) {
      for (let c = 0; c < 26; c++) removal[c] = removalCost(1 << c, this.letters, r);
      this.ready[mode] = true;
    }
    let onlyB = 0;
    for (let only = lb & ~this.letters; only !== 0; only &= only - 1) onlyB += removal[31 - Math.clz32(only & -only)]!;
    const byB = 1 - onlyB / denom;
    if (byB < min) return byB;
    const onlyA = removalCost(this.letters & ~lb, lb, r);
    const lengthGap = LENGTH_FACTOR * Math.abs(wa - wb);
    return 1 - Math.max(onlyA, onlyB, lengthGap) / denom;
  }
}

/**
 * keySimilarity(a, b, vowelless) when the cheap bound lets it reach `min`, else 0: most pairs of
 * unrelated parts are told apart by their letters and lengths without the dynamic programme.
 */
export function keySimilarityIfWithin(a: string, b: string, vowelless: boolean, min: number): number {
  if (a === b) return 1;
  INDEL = vowelless ? INDEL_VOWELLESS : INDEL_NORMAL;
  const wa = weightedLength(a);
  const wb = weightedLength(b);
  INDEL = INDEL_NORMAL;
  return keyBound(letterMask(a), letterMask(b), wa, wb, vowelless) < min ? 0 : keySimilarity(a, b, vowelless);
}

/** Upper bound of plainSimilarity: a length difference, and every letter only one spelling has, each need an edit. */
export function maxPlainSimilarity(a: Features, b: Features): number {
  return plainBound(a.normMask, a.normLen, b.normMask, b.normLen);
}

/** The bound of maxPlainSimilarity from letter masks and lengths. */
export function plainBound(maskA: number, lenA: number, maskB: number, lenB: number): number {
  const n = Math.max(lenA, lenB);
  const dl = Math.abs(lenA - lenB);
  if (n === 0 || dl > n / 2) return 0;
  const lower = Math.max(dl, popcount(maskA & ~maskB), popcount(maskB & ~maskA));
  return 1 - lower / n;
}
