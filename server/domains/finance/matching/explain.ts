// Human-readable explanation of a match: which part matched which and how, plus the evidence.

import type { NameKind } from '../designation.js';
import type { Alignment, PartMatch } from './align.js';
import type { Evidence } from './evidence.js';

export interface Explanation {
  parts: PartMatch[];
  reasons: string[];
  text: string;
}

function describe(p: PartMatch): string {
  if (p.matched === null) return `"${p.query}" unmatched`;
  if (p.how === 'exact') return `"${p.query}" = "${p.matched}"`;
  return `"${p.query}" ≈ "${p.matched}" (${p.how}${p.how === 'fuzzy' || p.how === 'transliteration' ? ` ${p.similarity.toFixed(2)}` : ''})`;
}

export function explain(query: string, matched: string, kind: NameKind, alignment: Alignment, evidence: Evidence, score: number): Explanation {
  const reasons = [...alignment.reasons];
  if (kind === 'alias-weak') reasons.push('matched a low-quality alias');
  if (kind === 'original-script') reasons.push('matched the name in its original script');
  reasons.push(...evidence.reasons);
  const text =
    `"${query}" vs "${matched}": score ${score.toFixed(2)} (name ${alignment.score.toFixed(2)}). ` +
    `${alignment.parts.map(describe).join('; ')}.` +
    (reasons.length ? ` ${reasons.join('; ')}.` : '');
  return { parts: alignment.parts, reasons, text };
}
