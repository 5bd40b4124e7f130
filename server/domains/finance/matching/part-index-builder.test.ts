import { describe, expect, it } from 'vitest';
import { PartIndexBuilder } from './part-index-builder.js';
import { tokenizeName } from './tokenize.js';

// The builder shares one token object among names whose token is equal in every field, which is
// what keeps an index of 150,000 name strings small. Sharing must never merge tokens that differ.
describe('PartIndexBuilder token sharing', () => {
  const add = (builder: PartIndexBuilder, names: string[]) => names.map((n, i) => builder.addName(tokenizeName(n, 'person'), i));

  it('gives names the same object for an equal token, with its part id', () => {
    const builder = new PartIndexBuilder();
    const [a, b] = add(builder, ['Ali Hassan', 'Omar Ali']);
    expect(a![0]).toBe(b![1]);
    expect(a![0]!.id).toBeTypeOf('number');
    expect(a![1]).not.toBe(b![0]);
  });

  it('keeps tokens apart that differ in how they were written or in their place in a nasab chain', () => {
    const builder = new PartIndexBuilder();
    const [plain, upper, chainFirst, chainSecond] = add(builder, ['Ali Hassan', 'ALI Hassan', 'Ali bin Omar', 'Omar bin Ali']);
    expect(upper![0]!.text).toBe('ALI');
    expect(plain![0]!.text).toBe('Ali');
    expect(upper![0]).not.toBe(plain![0]);
    // The same part for the index, though: one interned id.
    expect(upper![0]!.id).toBe(plain![0]!.id);
    const aliFirst = chainFirst!.find((t) => t.text === 'Ali')!;
    const aliSecond = chainSecond!.find((t) => t.text === 'Ali')!;
    expect(aliFirst.chain).toBe(0);
    expect(aliSecond.chain).toBe(1);
    expect(aliFirst).not.toBe(aliSecond);
  });

  it('renumbers the shared tokens once at build, to the ids of the built part table', () => {
    const builder = new PartIndexBuilder();
    const names = add(builder, ['Zaid Ali', 'Ali Zaid', 'Bakr Ali', 'Ali Bakr']);
    const index = builder.build(new Float32Array(4).fill(1), Int32Array.from([0, 1, 2, 3]));
    for (const tokens of names) for (const t of tokens) expect(index.parts[t.id!]!.norm).toBe(t.norm);
  });
});
