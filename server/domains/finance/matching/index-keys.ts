// Look-up keys of the candidate index, as 32-bit hashes, and the open-addressing table that maps
// each key to its run of parts. Keys are FNV-1a hashes of short strings over the skeleton's letters
// plus '-' and '*'; they are computed straight from the skeleton (no strings built), since every
// query hashes ~20 of them. A hash collision only adds parts to examine, never loses one.

import { skeleton } from './keys.js';
import { keyCosts } from './similarity.js';

const DASH = 45;
const STAR = 42;
/**
 * Listed joined parts (two adjacent name parts written as one) have keys of their own: '+' leads a
 * skeleton compared as it is, '=' one with a consonant of the part left out. Only a single query word
 * looks them up, so a joined query pair's searches never meet them.
 */
const PLUS = 43;
const EQUALS = 61;
const NONE = -1;

/**
 * Hash of a variant of `skel`: `lead` (DASH or NONE) first, then skel with position `skip` left
 * out, position `star` written as '*', and positions `swap` and `swap + 1` exchanged.
 */
export function variantHash(skel: string, lead: number, skip: number, star: number, swap: number): number {
  let h = 0x811c9dc5;
  if (lead !== NONE) h = Math.imul(h ^ lead, 0x01000193);
  for (let i = 0; i < skel.length; i++) {
    if (i === skip) continue;
    let c = i === star ? STAR : skel.charCodeAt(i);
    if (swap !== NONE && (i === swap || i === swap + 1)) c = skel.charCodeAt(i === swap ? i + 1 : i - 1);
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h | 0;
}

function addOnce(out: number[], h: number): void {
  if (!out.includes(h)) out.push(h);
}

/**
 * Skeleton letters that similarity.ts substitutes cheaply (below a whole edit) in either vowel mode,
 * after the skeleton's own folds (q/g/j → k, p → b, v → w): x/h, x/k, c/k, c/s, s/z, z/d, t/d, t/s, f/w.
 */
const NEAR_LETTERS: Readonly<Record<string, string>> = nearLetters();

function nearLetters(): Record<string, string> {
  // A letter's skeleton is the letter as folded, or "a" for a vowel (kept when it begins a word).
  const consonant = (code: number): string => {
    const folded = skeleton(String.fromCharCode(code));
    return folded === 'a' || folded === 'y' ? '' : folded;
  };
  const near: Record<string, string> = {};
  for (const vowelless of [false, true]) {
    const costs = keyCosts(vowelless);
    for (let a = 97; a <= 122; a++) {
      for (let b = 97; b <= 122; b++) {
        const [fa, fb] = [consonant(a), consonant(b)];
        if (!fa || !fb || fa === fb || costs.sub(a, b) >= 1) continue;
        if (!(near[fa] ?? '').includes(fb)) near[fa] = (near[fa] ?? '') + fb;
      }
    }
  }
  return near;
}

/**
 * Keys under which a part is indexed: its skeleton, its one-deletion neighbourhood ("-" prefix: the
 * part has one consonant more than a query with that skeleton) and its one-substitution
 * neighbourhood ("*" marks the substituted consonant). Short skeletons get no neighbourhood.
 */
export function indexKeys(skel: string, out: number[]): void {
  addOnce(out, variantHash(skel, NONE, NONE, NONE, NONE));
  if (skel.length < 3) return;
  for (let i = 0; i < skel.length; i++) {
    addOnce(out, variantHash(skel, DASH, i, NONE, NONE));
    addOnce(out, variantHash(skel, NONE, NONE, i, NONE));
  }
}

/**
 * Keys under which a listed joined part is indexed: its skeleton and its one-deletion neighbourhood,
 * in the joined parts' own namespace. A substituted consonant is found by deleting it on both sides
 * (queryKeys with `joinedParts`), so no substitution keys are needed: a joined skeleton is long,
 * and they were the larger half of its keys.
 */
export function joinedPartKeys(skel: string, out: number[]): void {
  addOnce(out, variantHash(skel, PLUS, NONE, NONE, NONE));
  if (skel.length < 3) return;
  for (let i = 0; i < skel.length; i++) addOnce(out, variantHash(skel, EQUALS, i, NONE, NONE));
}

/**
 * A two-consonant skeleton with each consonant swapped for one that similarity.ts substitutes cheaply
 * (NEAR_LETTERS), as keys of the skeleton namespace. For words read from Arabic script, on both sides:
 * ض, ذ, ظ and ث have no one Latin letter, and فيض reads "fid" (fd) where Latin has "Faiz", "Fiaz"
 * (fz) and "Afiz" (whose deletion gives fz), which meet it at 0.84–0.97 but share no other key, since
 * two-consonant skeletons get no neighbourhood. For every part this cost ~5 % of the speed; for
 * Arabic-script words only it covers the same cases.
 */
export function nearSkeletonKeys(skel: string, out: number[]): void {
  if (skel.length !== 2) return;
  for (let i = 0; i < 2; i++) {
    for (const c of NEAR_LETTERS[skel[i]!] ?? '') addOnce(out, hashKey(i === 0 ? c + skel[1] : skel[0] + c));
  }
}

/** Leads the keys of a name part's spelling (spellingKeys). */
const HASH = 35;

/**
 * Keys of a single name part's spelling, the same for listed parts and query words: the spelling
 * itself and, from four letters, each spelling with one letter left out ('#' first). A listed part
 * and a query word one typo apart (a letter added, dropped, changed, or two adjacent letters swapped)
 * then share a key, as they share none through their skeletons when the typo moves the skeleton by two
 * consonants: a digraph made or broken (Michel / Mihcel, Choe / Croe, Lakhal / Lakahl), an x (which
 * keys as ks), a consonant between two that the skeleton joins (Munandar / Munpandar), a word the key
 * rewrites whole (Mohamed / Mouamed). Below four letters a changed or swapped letter leaves a plain
 * similarity of 0.67 at most, below any match, so only the spelling itself is a key (a letter added
 * to it still meets it); below three letters, nothing.
 */
export function spellingKeys(norm: string, out: number[]): void {
  if (norm.length < 3) return;
  addOnce(out, variantHash(norm, HASH, NONE, NONE, NONE));
  if (norm.length < 4) return;
  for (let i = 0; i < norm.length; i++) addOnce(out, variantHash(norm, HASH, i, NONE, NONE));
}

/**
 * Keys a query part looks up: parts with the same skeleton, one consonant less, one consonant more,
 * one consonant substituted, or two adjacent consonants swapped. With `joinedParts`, the same in the
 * listed joined parts' namespace, where a substitution is a deletion on both sides (joinedPartKeys).
 */
export function queryKeys(skel: string, out: number[], joinedParts = false): void {
  const lead = joinedParts ? PLUS : NONE;
  const longer = joinedParts ? EQUALS : DASH;
  addOnce(out, variantHash(skel, lead, NONE, NONE, NONE));
  addOnce(out, variantHash(skel, longer, NONE, NONE, NONE));
  if (skel.length < 3) return;
  for (let i = 0; i < skel.length; i++) {
    addOnce(out, variantHash(skel, lead, i, NONE, NONE));
    addOnce(out, joinedParts ? variantHash(skel, EQUALS, i, NONE, NONE) : variantHash(skel, NONE, NONE, i, NONE));
    if (i + 1 < skel.length && skel[i] !== skel[i + 1]) addOnce(out, variantHash(skel, lead, NONE, NONE, i));
  }
}

/**
 * Keys a joined query pair looks up: it must be nearly identical to one listed single part
 * (similarity 0.85), so only the same skeleton or one consonant more or less.
 */
export function joinedQueryKeys(skel: string, out: number[]): void {
  // The same hashes as variantHash gives, from the hash state of each prefix: a deletion continues
  // from the state before the letter it leaves out (joined skeletons are long: half the work).
  const n = skel.length;
  if (prefixStates.length <= n) prefixStates = new Int32Array(n * 2 + 1);
  let h = 0x811c9dc5 | 0;
  prefixStates[0] = h;
  for (let i = 0; i < n; i++) prefixStates[i + 1] = h = Math.imul(h ^ skel.charCodeAt(i), 0x01000193);
  addOnce(out, h);
  addOnce(out, variantHash(skel, DASH, NONE, NONE, NONE));
  for (let i = 0; i < n; i++) {
    let v = prefixStates[i]!;
    for (let k = i + 1; k < n; k++) v = Math.imul(v ^ skel.charCodeAt(k), 0x01000193);
    addOnce(out, v);
  }
}
let prefixStates = new Int32Array(64);

/** FNV-1a hash of a key string. */
export function hashKey(k: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < k.length; i++) {
    h ^= k.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

const FILTER_BITS = 23;

/** The filter bit of a key hash: its high bits after a multiplicative mix (the slots use the low bits). */
function filterBit(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - FILTER_BITS);
}

/**
 * Key hash → [start, end) run in a parts array, by open addressing with linear probing: one or two
 * cache lines per look-up, where a Map of half a million entries costs several dependent reads.
 */
export class KeyTable {
  /** Per slot: hash, start, end (end 0 = empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  readonly size: number;
  /**
   * One bit per 2^23 hash buckets (1 MB, mostly in cache): most keys a query looks up are not in
   * the table, and a clear bit says so without reading the 12 MB of slots.
   */
  private readonly present = new Int32Array(1 << (FILTER_BITS - 5));

  /** `hashes` sorted ascending with their parts; runs of equal hashes become one entry. */
  constructor(hashes: Int32Array) {
    let distinct = 0;
    for (let x = 0; x < hashes.length; x++) if (x === 0 || hashes[x] !== hashes[x - 1]) distinct++;
    let cap = 1024;
    while (cap < distinct * 1.5) cap *= 2; // load at most 2/3: short probe runs, half the memory of 1/2
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 3);
    this.size = distinct;
    for (let x = 0; x < hashes.length; ) {
      let end = x + 1;
      while (end < hashes.length && hashes[end] === hashes[x]) end++;
      let i = hashes[x]! & this.mask;
      while (this.slots[i * 3 + 2] !== 0) i = (i + 1) & this.mask;
      this.slots[i * 3] = hashes[x]!;
      this.slots[i * 3 + 1] = x;
      this.slots[i * 3 + 2] = end;
      const bit = filterBit(hashes[x]!);
      this.present[bit >>> 5]! |= 1 << (bit & 31);
      x = end;
    }
  }

  /** Reads the filter word of every key, in a loop whose loads overlap (find then meets them in cache). */
  touch(hashes: readonly number[]): number {
    let t = 0;
    for (const hash of hashes) {
      const bit = filterBit(hash);
      t ^= this.present[bit >>> 5]!;
    }
    // …then the first slot of every key the filter lets through.
    for (const hash of hashes) {
      const bit = filterBit(hash);
      if (this.present[bit >>> 5]! & (1 << (bit & 31))) t ^= this.slots[(hash & this.mask) * 3]!;
    }
    return t;
  }

  /** Slot index of a key (multiply by 3 for `run`), or -1. */
  find(hash: number): number {
    const bit = filterBit(hash);
    if ((this.present[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    let i = hash & this.mask;
    for (;;) {
      const base = i * 3;
      if (this.slots[base + 2] === 0) return -1;
      if (this.slots[base] === hash) return base;
      i = (i + 1) & this.mask;
    }
  }

  start(base: number): number {
    return this.slots[base + 1]!;
  }

  end(base: number): number {
    return this.slots[base + 2]!;
  }
}
