// How the candidate index records where a part occurs: each posting is name id × SLOTS + position,
// with JOINED_FLAG set for a virtual part made of the part at that position and the next one.

import { nameKey, skeleton } from './keys.js';
import type { NameToken } from './token.js';

/** Positions are packed in 5 bits; parts beyond this position are not indexed. */
export const MAX_POS = 31;
export const JOINED_FLAG = 32;
export const SLOTS = 64;
/** Name flags (part-index-builder.ts): a person's name, and one that could be the contained side of align.ts's contained-name rule. */
export const PERSON = 1;
export const CONTAINABLE = 2;

export function isIndexable(t: NameToken): boolean {
  return t.role === 'name' || t.role === 'number';
}

/** Two adjacent name parts written as one ("Abd Allah" / "Abdallah", "van der bilt" / "vanderbilt"). */
export function joinedToken(a: NameToken, b: NameToken): NameToken {
  const norm = a.norm + b.norm;
  const key = nameKey(norm);
  return { ...a, text: `${a.text} ${b.text}`, norm, key, skel: skeleton(key), vowelless: a.vowelless || b.vowelless, chain: undefined };
}

/** Comparison-relevant identity of a part (not its display text or chain position). */
export function signature(t: NameToken, joined: boolean): string {
  return `${joined ? 'J' : ''}${t.role}|${t.norm}|${t.origin}|${t.vowelless ? 1 : 0}`;
}
