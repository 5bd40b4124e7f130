import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flattenLanguages, keysWithDifferingVariables, usedKeys } from './resource-checks';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

const { flat, allKeys } = flattenLanguages({ ar, en, fr });

describe('translation resources', () => {
  it('have a reasonable number of keys', () => {
    expect(allKeys.size).toBeGreaterThan(50);
  });

  for (const [lang, map] of Object.entries(flat)) {
    it(`${lang} has every key, each a non-empty string`, () => {
      const missing = [...allKeys].filter((key) => !map.has(key));
      const empty = [...map].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
      expect({ missing, empty }).toEqual({ missing: [], empty: [] });
    });
  }

  it('use the same interpolation variables in every language', () => {
    expect(keysWithDifferingVariables(flat, allKeys)).toEqual([]);
  });

  it('carry the coalition slogan in each language', () => {
    expect(flat.ar.get('app.slogan')).toBe('متحالفون ضد الإرهاب');
    expect(flat.en.get('app.slogan')).toBe('Allied against terrorism');
    expect(flat.fr.get('app.slogan')).toBe('Alliés contre le terrorisme');
  });
});

const sourceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('keys used in the sources', () => {
  // "ns:key" belongs to another namespace with its own resources and tests.
  const used = usedKeys(sourceRoot, /\bt\(\s*['"`]([^'"`$]+)['"`]/g, (key) => !key.includes(':'));

  it('are found by the scan (the scan itself works)', () => {
    expect(used.size).toBeGreaterThan(50);
    expect(used.has('app.slogan')).toBe(true);
  });

  it('all exist in the resources', () => {
    const unknown = [...used].filter(([key]) => !allKeys.has(key)).map(([key, file]) => `${key} (${file})`);
    expect(unknown).toEqual([]);
  });

  it('leave no resource unused', () => {
    const unused = [...allKeys].filter((key) => !used.has(key));
    expect(unused).toEqual([]);
  });
});
