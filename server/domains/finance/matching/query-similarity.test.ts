import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyTable } from './index-keys.js';
import { letterCodes, QuerySimilarity } from './query-similarity.js';
import { features, FixedKeyBound, keyBound, keySimilarity, keySimilarityIfWithin, maxKeySimilarity, maxPlainSimilarity, plainSimilarity } from './similarity.js';

// Short strings over letters that exercise the cheap edits: vowels, h/y/w, and the near pairs.
const word = fc.string({ unit: fc.constantFrom(...'aeiouhywkgjqxzdstsbpfvlmnrc'), minLength: 1, maxLength: 12 });
const MIN = 0.7 / 0.97;
/** A word and a near variant of it (random pairs of words are rarely close enough to test the exact path). */
const nearPair = fc.tuple(word, fc.nat(), fc.constantFrom('swap', 'delete', 'insert', 'substitute', 'same'), fc.constantFrom(...'aeiuhykgsz')).map(([a, at, edit, letter]) => {
  const i = at % a.length;
  const b =
    edit === 'swap' && i + 1 < a.length ? a.slice(0, i) + a[i + 1] + a[i] + a.slice(i + 2)
    : edit === 'delete' ? a.slice(0, i) + a.slice(i + 1)
    : edit === 'insert' ? a.slice(0, i) + letter + a.slice(i)
    : edit === 'substitute' ? a.slice(0, i) + letter + a.slice(i + 1)
    : a;
  return [a, b || a] as const;
});
const pairs = fc.oneof(fc.tuple(word, word), nearPair);

describe('per-query similarities', () => {
  it('give the plain Levenshtein similarity whenever it reaches the minimum, else 0', () => {
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        const qs = new QuerySimilarity(a, a);
        const codes = Uint16Array.from(b, (c) => c.charCodeAt(0));
        const full = plainSimilarity(a, b);
        const fast = qs.plainAtLeast(codes, 0, codes.length, MIN);
        if (full >= MIN) expect(fast).toBeCloseTo(full, 9);
        else expect(fast).toBe(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('give the weighted key similarity whenever it reaches the minimum, in both vowel modes', () => {
    fc.assert(
      fc.property(pairs, fc.boolean(), ([a, b], vowelless) => {
        const qs = new QuerySimilarity(a, a);
        // Keys live in one shared buffer: put b after some other letters.
        const codes = letterCodes(`xyz${b}`);
        const full = keySimilarity(a, b, vowelless);
        const fast = qs.keyAtLeast(codes, 3, codes.length, vowelless, MIN);
        if (full >= MIN) expect(fast).toBeCloseTo(full, 9);
        else expect(fast).toBe(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('agree with the full key distance on real name keys', () => {
    const keys = ['muhamad', 'ahmad', 'hasan', 'husain', 'zawahiri', 'zawahri', 'tikriti', 'takriti', 'kasim', 'abdalah', 'said', 'saiid', 'putin', 'pulin', 'lakhal', 'lkhl', 'mazhari', 'mdhhri', 'yusuf', 'yusif'];
    for (const a of keys) {
      const qs = new QuerySimilarity(a, a);
      for (const b of keys) {
        const codes = letterCodes(b);
        for (const vowelless of [false, true]) {
          const full = keySimilarity(a, b, vowelless);
          const fast = qs.keyAtLeast(codes, 0, codes.length, vowelless, MIN);
          if (full >= MIN) expect(fast).toBeCloseTo(full, 9);
          else expect(fast).toBe(0);
        }
      }
    }
  });

  it('give the same answers from one instance reused for every query part', () => {
    const reused = new QuerySimilarity('', '');
    fc.assert(
      fc.property(pairs, fc.boolean(), ([a, b], vowelless) => {
        reused.set(a, a);
        const fresh = new QuerySimilarity(a, a);
        const plain = Uint16Array.from(b, (c) => c.charCodeAt(0));
        const key = letterCodes(b);
        expect(reused.plainAtLeast(plain, 0, plain.length, MIN)).toBe(fresh.plainAtLeast(plain, 0, plain.length, MIN));
        expect(reused.keyAtLeast(key, 0, key.length, vowelless, MIN)).toBe(fresh.keyAtLeast(key, 0, key.length, vowelless, MIN));
      }),
      { numRuns: 2000 },
    );
  });

  it('bound a fixed key against many others exactly as keyBound does', () => {
    const fixed = new FixedKeyBound();
    fc.assert(
      fc.property(pairs, fc.boolean(), ([a, b], vowelless) => {
        const fa = features({ key: a, norm: a });
        const fb = features({ key: b, norm: b });
        fixed.set(fa.letters);
        const [wa, wb] = vowelless ? [fa.wlVowelless, fb.wlVowelless] : [fa.wl, fb.wl];
        expect(fixed.bound(fb.letters, wa, wb, vowelless)).toBe(keyBound(fa.letters, fb.letters, wa, wb, vowelless));
      }),
      { numRuns: 3000 },
    );
  });

  it('give the same bound when it reaches the minimum, and a value below the minimum only when the bound is', () => {
    const fixed = new FixedKeyBound();
    fc.assert(
      fc.property(pairs, fc.boolean(), fc.double({ min: 0.3, max: 1, noNaN: true }), ([a, b], vowelless, min) => {
        const fa = features({ key: a, norm: a });
        const fb = features({ key: b, norm: b });
        fixed.set(fa.letters);
        const [wa, wb] = vowelless ? [fa.wlVowelless, fb.wlVowelless] : [fa.wl, fb.wl];
        const exact = keyBound(fa.letters, fb.letters, wa, wb, vowelless);
        const within = fixed.boundWithin(fb.letters, wa, wb, vowelless, min);
        if (exact >= min) expect(within).toBe(exact);
        else expect(within).toBeLessThan(min);
      }),
      { numRuns: 3000 },
    );
  });

  it('skip only key distances that cannot reach the threshold', () => {
    fc.assert(
      fc.property(pairs, fc.boolean(), ([a, b], vowelless) => {
        const full = keySimilarity(a, b, vowelless);
        const within = keySimilarityIfWithin(a, b, vowelless, MIN);
        if (full >= MIN) expect(within).toBe(full);
        else expect(within === 0 || within === full).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('bounds never fall below the real similarity', () => {
    fc.assert(
      fc.property(pairs, fc.boolean(), ([a, b], vowelless) => {
        const fa = features({ key: a, norm: a });
        const fb = features({ key: b, norm: b });
        expect(maxKeySimilarity(fa, fb, vowelless) + 1e-9).toBeGreaterThanOrEqual(keySimilarity(a, b, vowelless));
        expect(maxPlainSimilarity(fa, fb) + 1e-9).toBeGreaterThanOrEqual(plainSimilarity(a, b));
      }),
      { numRuns: 5000 },
    );
  });

  it('bound a letter by its real partner: j in one key and k in the other is not a near pair', () => {
    const bound = (a: string, b: string): number => maxKeySimilarity(features({ key: a, norm: a }), features({ key: b, norm: b }), false);
    // q/k/g/j are near letters only where the pair exists (k–g, g–j), so "jud" and "kud" differ by a full edit.
    expect(bound('jud', 'kud')).toBeLessThan(bound('jud', 'gud'));
    // The bound sums its costs in floating point, the distance in exact units: they may differ in the
    // last bit, which the search's BOUND_SLACK covers.
    expect(keySimilarity('jud', 'kud')).toBeLessThanOrEqual(bound('jud', 'kud') + 1e-9);
  });
});

describe('key table', () => {
  it('finds the run of every key and nothing else', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: 1, maxLength: 300 }), fc.integer(), (raw, absent) => {
        const hashes = Int32Array.from(raw).sort();
        const table = new KeyTable(hashes);
        for (const h of new Set(raw)) {
          const run = table.find(h);
          expect(run).toBeGreaterThanOrEqual(0);
          const inRun = hashes.subarray(table.start(run), table.end(run));
          expect(inRun.length).toBe(raw.filter((x) => x === h).length);
          expect([...inRun].every((x) => x === h)).toBe(true);
        }
        if (!raw.includes(absent | 0)) expect(table.find(absent | 0)).toBe(-1);
      }),
    );
  });
});
