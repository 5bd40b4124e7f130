import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

type Tree = { [key: string]: string | Tree };
const languages: Record<string, Tree> = { ar, en, fr };

/** Every leaf as "a.b.c" → value. */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') for (const [k, v] of flatten(value, name)) out.set(k, v);
    else out.set(name, value);
  }
  return out;
}

const flat = Object.fromEntries(Object.entries(languages).map(([lang, tree]) => [lang, flatten(tree)]));
const allKeys = new Set(Object.values(flat).flatMap((map) => [...map.keys()]));
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

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
    const differing = [...allKeys].filter((key) => {
      const sets = Object.values(flat).map((map) => JSON.stringify(variables(String(map.get(key) ?? ''))));
      return new Set(sets).size > 1;
    });
    expect(differing).toEqual([]);
  });

  it('carry the coalition slogan in each language', () => {
    expect(flat.ar.get('app.slogan')).toBe('متحالفون ضد الإرهاب');
    expect(flat.en.get('app.slogan')).toBe('Allied against terrorism');
    expect(flat.fr.get('app.slogan')).toBe('Alliés contre le terrorisme');
  });
});

const sourceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('keys used in the sources', () => {
  const used = new Map<string, string>();
  for (const file of sourceFiles(sourceRoot)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*['"`]([^'"`$]+)['"`]/g)) {
      // "ns:key" belongs to another namespace with its own resources and tests.
      if (!match[1].includes(':')) used.set(match[1], path.relative(sourceRoot, file));
    }
  }

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
