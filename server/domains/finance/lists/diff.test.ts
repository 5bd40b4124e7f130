import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Designation } from '../designation.js';
import { comparableForm, diffLists } from './diff.js';

function entry(id: string, over: Partial<Designation> = {}): Designation {
  return {
    source: 'un', id, kind: 'person',
    names: [{ text: `NAME ${id}`, kind: 'primary', script: 'latin' }, { text: `ALIAS ${id}`, kind: 'alias-strong', script: 'latin' }],
    nationalities: ['IQ', 'SY'], datesOfBirth: [{ date: '1970-01-01' }, { year: 1971 }], placesOfBirth: ['Mosul, Iraq'],
    documents: [{ type: 'Passport', number: 'A1', country: 'IQ' }], programmes: ['Al-Qaida'], listedOn: '2010-01-01', remarks: 'r',
    ...over,
  };
}

describe('diffLists', () => {
  it('reports a change of address, and keeps the content form of an entry without addresses as it was', () => {
    const moved = diffLists([entry('A', { addresses: [{ city: 'Mosul', country: 'IQ' }] })], [entry('A', { addresses: [{ city: 'Raqqa', country: 'SY' }] })]);
    expect(moved.changed.map((c) => c.fields)).toEqual([['addresses']]);
    // Entries stored before addresses were kept have none: "none" and "an empty list" are the same content.
    expect(comparableForm(entry('A', { addresses: [] }))).toBe(comparableForm(entry('A')));
    expect(comparableForm(entry('A', { addresses: [{ city: 'Mosul' }] }))).not.toBe(comparableForm(entry('A')));
    expect(diffLists([entry('A')], [entry('A', { addresses: [] })]).changed).toEqual([]);
  });
  it('finds added, removed and changed entries with the fields that changed', () => {
    const before = [entry('A'), entry('B'), entry('C')];
    const after = [
      entry('A'),
      entry('B', { names: [{ text: 'NAME B', kind: 'primary', script: 'latin' }], remarks: 'new remark', documents: [] }),
      entry('D'),
    ];
    const diff = diffLists(before, after);
    expect(diff.added.map((d) => d.id)).toEqual(['D']);
    expect(diff.removed.map((d) => d.id)).toEqual(['C']);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0].id).toBe('B');
    expect(diff.changed[0].fields).toEqual(['names', 'documents', 'remarks']);
    expect(diff.changed[0].before).toBe(before[1]);
    expect(diff.changed[0].after).toBe(after[1]);
  });

  it('ignores order inside lists and key order inside objects', () => {
    const a = entry('A');
    const b: Designation = {
      ...a,
      names: [...a.names].reverse(),
      nationalities: ['SY', 'IQ'],
      datesOfBirth: [{ year: 1971 }, { date: '1970-01-01' }],
      documents: [{ country: 'IQ', number: 'A1', type: 'Passport' }],
    };
    expect(diffLists([a], [b])).toEqual({ added: [], removed: [], changed: [] });
  });

  it('notices each kind of field change', () => {
    const a = entry('A');
    const cases: Array<[Partial<Designation>, string]> = [
      [{ kind: 'entity' }, 'kind'],
      [{ nationalities: ['IQ'] }, 'nationalities'],
      [{ datesOfBirth: [{ date: '1970-01-02' }, { year: 1971 }] }, 'datesOfBirth'],
      [{ placesOfBirth: [] }, 'placesOfBirth'],
      [{ documents: [{ type: 'Passport', number: 'A2', country: 'IQ' }] }, 'documents'],
      [{ programmes: ['Al-Qaida', 'Iraq'] }, 'programmes'],
      [{ listedOn: undefined }, 'listedOn'],
      [{ names: [{ text: 'NAME A', kind: 'primary', script: 'latin' }, { text: 'ALIAS A', kind: 'alias-weak', script: 'latin' }] }, 'names'],
    ];
    for (const [change, field] of cases) expect(diffLists([a], [{ ...a, ...change }]).changed[0]?.fields).toEqual([field]);
  });

  it('keys by source and id', () => {
    const un = entry('7');
    const ofac = entry('7', { source: 'ofac' });
    const diff = diffLists([un], [ofac]);
    expect(diff.added).toEqual([ofac]);
    expect(diff.removed).toEqual([un]);
    expect(diff.changed).toEqual([]);
  });

  it('finds nothing between a list and any reordering of it (property)', () => {
    const arb = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 0, maxLength: 20 }).chain((ids) =>
      fc.tuple(fc.constant(ids.map((id) => entry(id))), fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length })),
    );
    fc.assert(
      fc.property(arb, ([list, order]) => {
        const reordered = order.map((id) => {
          const d = list.find((x) => x.id === id)!;
          return { ...d, names: [...d.names].reverse(), nationalities: [...d.nationalities].reverse() };
        });
        const diff = diffLists(list, reordered);
        return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
      }),
    );
  });

  it('accounts for every id exactly once (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 30 })), fc.uniqueArray(fc.integer({ min: 0, max: 30 })), (xs, ys) => {
        const diff = diffLists(xs.map((x) => entry(String(x))), ys.map((y) => entry(String(y), { remarks: y % 2 ? 'odd' : 'r' })));
        const added = new Set(diff.added.map((d) => Number(d.id)));
        const removed = new Set(diff.removed.map((d) => Number(d.id)));
        const changed = new Set(diff.changed.map((d) => Number(d.id)));
        for (const y of ys) if (!xs.includes(y) !== added.has(y)) return false;
        for (const x of xs) if (!ys.includes(x) !== removed.has(x)) return false;
        for (const y of ys) if ((xs.includes(y) && y % 2 === 1) !== changed.has(y)) return false;
        return true;
      }),
    );
  });
});
