import { describe, expect, it } from 'vitest';
import { nameKey, skeleton } from './keys.js';
import { tokenizeName } from './tokenize.js';

const key = (w: string): string => nameKey(w);
const keysOf = (name: string): string[] => tokenizeName(name).filter((t) => t.role === 'name').map((t) => t.key);

describe('Arabic name key (Latin transliteration variation)', () => {
  it('folds Muhammad spellings', () => {
    const k = key('muhammad');
    for (const v of ['mohammed', 'mohamed', 'mohamad', 'mehmet', 'mohd']) expect(key(v)).toBe(k);
  });
  it('folds Yusuf / Joseph and Husayn spellings', () => {
    for (const v of ['yousef', 'youssef', 'joseph']) expect(key(v)).toBe(key('yusuf'));
    for (const v of ['hussein', 'hosain', 'hussain']) expect(key(v)).toBe(key('husayn'));
  });
  it('folds q/k and gh/g, ou/oo/u, ee/i and double letters', () => {
    expect(key('qasim')).toBe(key('kasim'));
    expect(key('mahmoud')).toBe(key('mahmud'));
    expect(key('noor')).toBe(key('nur'));
    expect(key('saeed')).toBe(key('said'));
    expect(key('hassan')).toBe(key('hasan'));
    expect(key('fatimah')).toBe(key('fatima'));
  });
  it('q/k/g share a skeleton so Gasim finds Qasim', () => {
    expect(skeleton(key('gasim'))).toBe(skeleton(key('qasim')));
  });
  it('joins every abd-compound spelling into one part', () => {
    const k = keysOf('Abdullah')[0];
    for (const v of ['Abd Allah', 'Abdallah', 'Abdalla', 'Abdulla', 'Abd-ul-lah', "'Abd Allah"]) expect(keysOf(v)).toEqual([k]);
    expect(keysOf('Abdurrahman')).toEqual(keysOf('Abd al-Rahman'));
    expect(keysOf('Abdel Aziz')).toEqual(keysOf('Abdulaziz'));
  });
  it('treats the article, including sun-letter forms, as a particle', () => {
    const roles = tokenizeName('Ash-Shami al-Rawi').map((t) => [t.norm, t.role]);
    expect(roles).toEqual([['al', 'particle'], ['shami', 'name'], ['al', 'particle'], ['rawi', 'name']]);
  });
  it('recognises bin/ibn/ben/bint and abu/abou as the same particles', () => {
    const bins = ['bin', 'ibn', 'bint'].map((b) => tokenizeName(`Ali ${b} Omar`)[1]!.role);
    expect(bins).toEqual(['bin', 'bin', 'bin']);
    expect(keysOf('Abou Bakr')).toEqual(keysOf('Abu Bakr'));
    expect(keysOf('Abubakr')).toEqual(keysOf('Abu Bakr'));
  });
});
