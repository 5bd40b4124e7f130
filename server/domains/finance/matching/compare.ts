// Compares two name parts and says how they match.

import { nameKey } from './keys.js';
import { keySimilarity, keySimilarityIfWithin, letterMask, plainBound, plainSimilarity } from './similarity.js';
import type { NameToken } from './token.js';
import { abdStem } from './tokenize.js';
import { COMMON_NAME_KEYS } from './vocabulary.js';

export type MatchHow = 'exact' | 'phonetic' | 'transliteration' | 'fuzzy' | 'initial' | 'joined';

export interface TokenMatch {
  sim: number;
  how: MatchHow;
}

const NONE: TokenMatch = { sim: 0, how: 'fuzzy' };
const COMMON_DISTINCT = 0.85;
// A two-letter stem is a vowel-less transliteration (عبد الحق → abd + "hq").
const COMPOUND = /^(abd|abu)([a-z]{2,})$/;
/** Minimum similarity of the parts after abd/abu for two compounds to be the same name. */
const MIN_STEM = 0.7;
/**
 * "Abdul Hanif" / "Hanif": in South Asian and Afghan lists "Abdul" is often dropped or added as a
 * prefix of a given name. A compound matches its own stem written bare, as a weak match (the
 * alignment then needs other matching parts to reach an alert). The stem must be the same name
 * (≥ ABD_STEM_MIN); Abdullah never matches Allah.
 */
export const ABD_BARE_FACTOR = 0.82;
const ABD_STEM_MIN = 0.85;

/** Similarity of two parts of the same role; 0 when they cannot correspond. */
export function compareTokens(a: NameToken, b: NameToken): TokenMatch {
  return compareAtLeast(a, b, 0);
}

/**
 * compareTokens(a, b) whenever its similarity reaches `floor`; below it, some similarity still below
 * `floor` (often 0), found without the dynamic programmes the cheap bounds rule out. For a caller that
 * only tells similarities from `floor` up apart from one another (the alignment: align.ts ALIGN_FLOOR).
 */
export function compareAtLeast(a: NameToken, b: NameToken, floor: number): TokenMatch {
  if (a.role === 'initial' || b.role === 'initial') return compareInitial(a, b);
  if (a.role !== b.role) return NONE;
  const crossScript = a.origin !== b.origin;
  if (a.norm === b.norm) return { sim: 1, how: crossScript ? 'transliteration' : 'exact' };
  if (a.role === 'number') return NONE;
  if (a.key === b.key) return { sim: 0.96, how: crossScript ? 'transliteration' : 'phonetic' };
  if (!isLowerAz(a.key) || !isLowerAz(b.key)) return NONE; // unromanised scripts: exact only
  // "Abd X" / "Abu X" compounds: the shared prefix says nothing; compare what follows it, and a
  // compound never matches a name without the prefix (Abd al-Muhammad is not Muhammad).
  const preA = startsWithAb(a.key) ? COMPOUND.exec(a.key) : null;
  const preB = startsWithAb(b.key) ? COMPOUND.exec(b.key) : null;
  if ((preA === null) !== (preB === null)) return abdBare(a, b, preA ?? preB!, preA ? b : a);
  if (preA && preB) {
    if (preA[1] !== preB[1]) return NONE;
    // Only whether the stems reach MIN_STEM matters: a key distance that cannot is not computed.
    const stem = Math.max(keySimilarityIfWithin(preA[2]!, preB[2]!, a.vowelless || b.vowelless || crossScript, MIN_STEM / 0.97 - 1e-9), plainSimilarity(preA[2]!, preB[2]!)) * 0.97;
    if (stem < MIN_STEM) return NONE;
  }
  // Across scripts the short vowels are a guess on the transliterated side, so they are cheap.
  const vowelless = a.vowelless || b.vowelless || crossScript;
  const sim = floor > 0 ? fuzzyAtLeast(a, b, vowelless, floor) : Math.max(keySimilarity(a.key, b.key, vowelless), plainSimilarity(a.norm, b.norm)) * 0.97;
  if (sim < floor) return NONE;
  // Two different very frequent names (Ahmad / Muhammad, Hasan / Husayn) are different names, not
  // misspellings of one another; spelling variants of one of them (Ahmad / Ahmed) stay close.
  if (sim < COMMON_DISTINCT && COMMON_NAME_KEYS.has(a.key) && COMMON_NAME_KEYS.has(b.key)) return NONE;
  return { sim, how: crossScript ? 'transliteration' : 'fuzzy' };
}

/** Whether a key is all a–z (a character loop: the alignment asks it of every pair it compares). */
function isLowerAz(key: string): boolean {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Whether COMPOUND can match: the regular expression runs only for keys that start "ab". */
function startsWithAb(key: string): boolean {
  return key.charCodeAt(0) === 97 && key.charCodeAt(1) === 98;
}

/** max(key, spelling similarity) × 0.97 when it reaches `floor`, else a value below `floor`: a measure whose bound cannot reach it is not computed. */
function fuzzyAtLeast(a: NameToken, b: NameToken, vowelless: boolean, floor: number): number {
  const min = floor / 0.97 - 1e-9;
  const key = keySimilarityIfWithin(a.key, b.key, vowelless, min);
  const plain = plainBound(letterMask(a.norm), a.norm.length, letterMask(b.norm), b.norm.length) < min ? 0 : plainSimilarity(a.norm, b.norm);
  return Math.max(key, plain) * 0.97;
}

/** True when one part is an abd compound and the other a name without the prefix. */
export function isAbdBare(a: NameToken, b: NameToken): boolean {
  return a.role === 'name' && b.role === 'name' && isAbdKey(a.key) !== isAbdKey(b.key);
}
const ABD_KEY = /^abd[a-z]{2,}$/;

/** True for the key of an abd compound (compared with a bare name by abdBare, not by spelling). */
export function isAbdKey(key: string): boolean {
  return ABD_KEY.test(key);
}

/** The stem key of an abd compound that can match its stem written bare (see abdBare), else undefined. */
export function abdCompoundStem(key: string): string | undefined {
  const pre = COMPOUND.exec(key);
  if (!pre || pre[1] !== 'abd' || pre[2] === 'ala' || pre[2]!.length < 3) return undefined;
  return pre[2];
}

/** An abd compound against a bare name: its stem's similarity, discounted (see ABD_BARE_FACTOR). */
function abdBare(a: NameToken, b: NameToken, pre: RegExpExecArray, bare: NameToken): TokenMatch {
  const stem = pre[2]!;
  if (pre[1] !== 'abd' || stem === 'ala' || stem.length < 3 || bare.key.length < 3) return NONE;
  const compound = bare === a ? b : a;
  const vowelless = a.vowelless || b.vowelless || a.origin !== b.origin;
  // The bare name is also read as it would be after "abd" (article or assimilation removed), so
  // "Abdul Abbas" (stem "bas", the "ab" read as an assimilated article) still meets "Abbas".
  // Only whether the best reading reaches ABD_STEM_MIN matters below it: key distances that cannot are not computed.
  const reach = ABD_STEM_MIN / 0.97 - 1e-9;
  const asStem = abdStem(bare.norm);
  const compoundRest = compound.norm.slice(3);
  const sim =
    Math.max(
      keySimilarityIfWithin(stem, bare.key, vowelless, reach),
      plainBound(letterMask(compoundRest), compoundRest.length, letterMask(bare.norm), bare.norm.length) < reach ? 0 : plainSimilarity(compoundRest, bare.norm),
      asStem === bare.norm ? 0 : keySimilarityIfWithin(stem, nameKey(asStem), vowelless, reach),
    ) * 0.97;
  if (sim < ABD_STEM_MIN) return NONE;
  return { sim: sim * ABD_BARE_FACTOR, how: a.origin !== b.origin ? 'transliteration' : 'fuzzy' };
}

/** An initial matches a part that starts with the same letter (or the particle "bin" for "b."). */
function compareInitial(a: NameToken, b: NameToken): TokenMatch {
  if (a.role === 'initial' && b.role === 'initial') return a.norm === b.norm ? { sim: 1, how: 'exact' } : NONE;
  const initial = a.role === 'initial' ? a : b;
  const other = a.role === 'initial' ? b : a;
  if (other.role !== 'name' && other.role !== 'bin') return NONE;
  return other.norm.startsWith(initial.norm) ? { sim: 0.9, how: 'initial' } : NONE;
}
