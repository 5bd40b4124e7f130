// Pairwise comparison of two names, without a list or secondary evidence.

import { alignNames, type Alignment } from './align.js';
import { tokenizeName, type NameKindHint } from './tokenize.js';

/** Scores how likely two names denote the same person or organisation (0..1), with the alignment. */
export function compareNames(a: string, b: string, kind?: NameKindHint): Alignment {
  // "Al-Qa'ida/Islamic Army": a slash separates alternative names; the best alternative counts.
  let best: Alignment | undefined;
  for (const x of alternatives(a)) {
    for (const y of alternatives(b)) {
      const r = alignNames(tokenizeName(x, kind), tokenizeName(y, kind));
      if (!best || r.score > best.score) best = r;
    }
  }
  return best!;
}

function alternatives(name: string): string[] {
  const parts = name.split('/').map((p) => p.trim()).filter(Boolean);
  return parts.length > 1 ? [name, ...parts] : [name];
}

/** Score only; see compareNames for the explanation. */
export function scoreNames(a: string, b: string, kind?: NameKindHint): number {
  return compareNames(a, b, kind).score;
}
