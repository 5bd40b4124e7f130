import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALIGN_FLOOR } from './align.js';
import { compareAtLeast, compareTokens } from './compare.js';
import type { NameToken } from './token.js';
import { tokenizeName } from './tokenize.js';

// Name parts of every kind the comparison treats apart: frequent names, abd/abu compounds, initials,
// Arabic script, near spellings.
const NAMES = [
  'Muhammad', 'Mohamed', 'Ahmad', 'Ahmed', 'Hasan', 'Husain', 'Hussein', 'Abdullah', 'Abdul Rahman', 'Abd al-Rahim',
  'Abu Bakr', 'Abubakar', 'Yusuf', 'Youssef', 'Zawahiri', 'Zawahri', 'Tikriti', 'Rahim', 'Rahman', 'Hanif',
  'Abdul Hanif', 'Abbas', 'Abdul Abbas', 'محمد', 'حسين', 'عبد الله', 'A.', 'M.', 'Mansour', 'Mansur', 'Karimi',
];
const token = (name: string): NameToken => tokenizeName(name, 'person')[0]!;
const word = fc.string({ unit: fc.constantFrom(...'aeiouhywkgjqxzdstbpfvlmnrc'), minLength: 2, maxLength: 10 });
const part = fc.oneof(fc.constantFrom(...NAMES), word).map(token);
/** A word and a variant one edit away: random pairs are rarely near enough to reach the floor. */
const nearPair = fc.tuple(word, fc.nat(), fc.constantFrom('swap', 'delete', 'insert', 'substitute'), fc.constantFrom(...'aeiuhykgsz')).map(([a, at, edit, letter]) => {
  const i = at % a.length;
  const b =
    edit === 'swap' && i + 1 < a.length ? a.slice(0, i) + a[i + 1] + a[i] + a.slice(i + 2)
    : edit === 'delete' ? a.slice(0, i) + a.slice(i + 1)
    : edit === 'insert' ? a.slice(0, i) + letter + a.slice(i)
    : a.slice(0, i) + letter + a.slice(i + 1);
  return [token(a), token(b.length > 1 ? b : a)] as const;
});

describe('compareAtLeast', () => {
  it("gives compareTokens' answer whenever it reaches the floor, and something below the floor otherwise", () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(part, part), nearPair), ([a, b]) => {
        const full = compareTokens(a, b);
        const fast = compareAtLeast(a, b, ALIGN_FLOOR);
        if (full.sim >= ALIGN_FLOOR) expect(fast).toEqual(full);
        else expect(fast.sim).toBeLessThan(ALIGN_FLOOR);
      }),
      { numRuns: 4000 },
    );
  });

  it('is compareTokens itself with no floor', () => {
    for (const x of NAMES) for (const y of NAMES) expect(compareAtLeast(token(x), token(y), 0)).toEqual(compareTokens(token(x), token(y)));
  });
});
