// Compares two name parts and says how they match.

import { keySimilarity, plainSimilarity } from './similarity.js';
import type { NameToken } from './token.js';

export type MatchHow = 'exact' | 'phonetic' | 'transliteration' | 'fuzzy' | 'initial' | 'joined';

export interface TokenMatch {
  sim: number;
  how: MatchHow;
}

const NONE: TokenMatch = { sim: 0, how: 'fuzzy' };

/** Similarity of two parts of the same role; 0 when they cannot correspond. */
export function compareTokens(a: NameToken, b: NameToken): TokenMatch {
  if (a.role === 'initial' || b.role === 'initial') return compareInitial(a, b);
  if (a.role !== b.role) return NONE;
  const crossScript = a.origin !== b.origin;
  if (a.norm === b.norm) return { sim: 1, how: crossScript ? 'transliteration' : 'exact' };
  if (a.role === 'number') return NONE;
  if (a.key === b.key) return { sim: 0.96, how: crossScript ? 'transliteration' : 'phonetic' };
  if (!/^[a-z]+$/.test(a.key) || !/^[a-z]+$/.test(b.key)) return NONE; // unromanised scripts: exact only
  // Across scripts the short vowels are a guess on the transliterated side, so they are cheap.
  const vowelless = a.vowelless || b.vowelless || crossScript;
  const sim = Math.max(keySimilarity(a.key, b.key, vowelless), plainSimilarity(a.norm, b.norm)) * 0.97;
  return { sim, how: crossScript ? 'transliteration' : 'fuzzy' };
}

/** An initial matches a part that starts with the same letter (or the particle "bin" for "b."). */
function compareInitial(a: NameToken, b: NameToken): TokenMatch {
  if (a.role === 'initial' && b.role === 'initial') return a.norm === b.norm ? { sim: 1, how: 'exact' } : NONE;
  const initial = a.role === 'initial' ? a : b;
  const other = a.role === 'initial' ? b : a;
  if (other.role !== 'name' && other.role !== 'bin') return NONE;
  return other.norm.startsWith(initial.norm) ? { sim: 0.9, how: 'initial' } : NONE;
}
