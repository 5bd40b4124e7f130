import { afterEach, describe, expect, it } from 'vitest';
import type { Designation } from '../designation.js';
import { Generations } from './generations.js';
import { buildIndex } from './name-index.js';

describe('Generations', () => {
  it('counts up to its last value, then clears the stamps and starts again at 1', () => {
    let clears = 0;
    const g = new Generations(() => clears++, 3);
    expect([g.next(), g.next(), g.next()]).toEqual([1, 2, 3]);
    expect(clears).toBe(0);
    expect(g.next()).toBe(1);
    expect(clears).toBe(1);
  });
});

function person(id: string, name: string): Designation {
  return { source: 'un', id, kind: 'person', names: [{ text: name, kind: 'primary' }], nationalities: [], datesOfBirth: [], placesOfBirth: [], documents: [], programmes: [] };
}

describe('an index whose stamps wrap around', () => {
  afterEach(() => {
    Generations.limit = 0x7fffffff;
  });

  it('screens exactly as one whose stamps never do', () => {
    const list = [
      person('QDi.001', 'Ayman Muhammad Rabi al-Zawahiri'),
      person('QDi.002', 'Usama bin Muhammad bin Awad bin Ladin'),
      person('QDi.003', 'Salman bin Muhammad al-Rawi'),
      person('QDi.004', 'Muhammad bin Salman al-Rawi'),
      person('QDi.005', 'Qasim Abdullah Khalid'),
      person('QDi.006', 'Abdul Rahman Yasin'),
    ];
    const queries = ['Aiman al-Zawahri', 'Osama bin Laden', 'Mohammed bin Salman al Rawi', 'Kasim Abdallah Khaled', 'Abdurrahman Yassin', 'Salman Rawi'];
    // Every query and its one-letter typos: new words, so each needs fresh part stamps.
    const variants = queries.flatMap((q) => [q, ...Array.from(q, (_, i) => q.slice(0, i) + q.slice(i + 1))]);
    const steady = buildIndex(list);
    Generations.limit = 2; // stamps wrap on nearly every step below
    const wrapping = buildIndex(list);
    let found = 0;
    for (const name of variants) {
      const expected = steady.screen({ name, kind: 'person' }, { threshold: 0.6 });
      found += expected.length;
      expect(wrapping.screen({ name, kind: 'person' }, { threshold: 0.6 }), name).toEqual(expected);
    }
    expect(found).toBeGreaterThan(variants.length / 2);
  });
});
