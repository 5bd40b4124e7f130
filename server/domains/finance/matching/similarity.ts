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
near('kg gj xh xk bp fv vw sz zd cs cj ck td', 0.45);
for (let c = 0; c < 128; c++) SUB[c * 128 + c] = 0;

function indel(code: number): number {
  return code < 128 ? INDEL[code]! : 1;
}
function sub(a: number, b: number): number {
  if (a === b) return 0;
  if (VOWEL_SUB_VOWELLESS && isVowel(a) && isVowel(b)) return 0.15;
  return a < 128 && b < 128 ? SUB[a * 128 + b]! : 1;
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

/** Similarity 0..1 between two keys: 1 − distance / weighted length of the longer. */
export function keySimilarity(a: string, b: string, vowelless = false): number {
  if (a === b) return 1;
  INDEL = vowelless ? INDEL_VOWELLESS : INDEL_NORMAL;
  VOWEL_SUB_VOWELLESS = vowelless;
  const denom = Math.max(weightedLength(a), weightedLength(b));
  const sim = denom === 0 ? 0 : Math.max(0, 1 - keyDistance(a, b) / denom);
  INDEL = INDEL_NORMAL;
  VOWEL_SUB_VOWELLESS = false;
  return sim;
}

/** Plain Levenshtein similarity of two spellings, for typos that the phonetic key weighs heavily. */
export function plainSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const n = Math.max(a.length, b.length);
  if (n === 0 || Math.abs(a.length - b.length) > n / 2) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return 1 - prev[b.length]! / n;
}
