// The reference the candidate filter is measured against: a query scored against every name of one
// designation with no index at all, so that no look-up key is needed to reach any of them.
import type { Designation } from '../../server/domains/finance/designation.js';
import { alignNames, secondaryEvidence, tokenizeName, type ScreeningQuery } from '../../server/domains/finance/matching/index.js';
import { kindHint, WEAK_ALIAS_FACTOR } from '../../server/domains/finance/matching/name-index.js';

/**
 * Each name aligned as the index aligns it (the designation's kind hint, the weak-alias factor): the
 * best one's score plus the secondary evidence, and that name.
 */
export function exhaustiveMatch(q: ScreeningQuery, d: Designation): { score: number; name: string } {
  const hint = kindHint(d);
  const query = tokenizeName(q.name, q.kind);
  let best = 0;
  let name = '';
  if (query.length === 0) return { score: 0, name };
  for (const n of d.names) {
    const listed = tokenizeName(n.text.trim(), hint);
    if (listed.length === 0) continue;
    const score = alignNames(query, listed).score * (n.kind === 'alias-weak' ? WEAK_ALIAS_FACTOR : 1);
    if (score > best) [best, name] = [score, n.text];
  }
  return { score: Math.min(1, Math.max(0, best + secondaryEvidence(q, d).delta)), name };
}
