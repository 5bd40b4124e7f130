import { describe, expect, it } from 'vitest';
import { GrowableArray } from './growable-array.js';

describe('GrowableArray', () => {
  it('keeps every value pushed across its doublings, in order', () => {
    const list = new GrowableArray((n) => new Int32Array(n));
    for (let i = 0; i < 5000; i++) list.push(i * 3 - 7);
    expect(list.length).toBe(5000);
    const out = list.trimmed();
    expect(out.length).toBe(5000);
    for (let i = 0; i < 5000; i++) expect(out[i]).toBe(i * 3 - 7);
    expect([...list.view().subarray(0, 3)]).toEqual([-7, -4, -1]);
  });

  it('stores floats at its own precision, and clear drops them', () => {
    const list = new GrowableArray((n) => new Float64Array(n));
    list.push(2 ** 40 + 0.5);
    list.push(0.1);
    expect([...list.trimmed()]).toEqual([2 ** 40 + 0.5, 0.1]);
    list.clear();
    expect(list.length).toBe(0);
    expect(list.trimmed().length).toBe(0);
  });
});
