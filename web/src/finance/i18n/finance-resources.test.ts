import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flattenLanguages, keysWithDifferingVariables, sourceFiles, usedKeys } from '../../i18n/resource-checks';
import { financeResources } from './index';

const { flat, allKeys } = flattenLanguages(financeResources);

describe('finance translations', () => {
  it('exist in Arabic, English and French', () => {
    expect(Object.keys(financeResources).sort()).toEqual(['ar', 'en', 'fr']);
    expect(allKeys.size).toBeGreaterThan(150);
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

  it('are really translated: Arabic text is in Arabic script, French differs from English', () => {
    const notArabic = [...flat.ar].filter(([, v]) => !/[\u0600-\u06FF]/.test(String(v))).map(([k]) => k);
    // Only labels that are codes or proper names may stay Latin.
    expect(notArabic).toEqual([]);
    const sameAsEnglish = [...flat.fr].filter(([k, v]) => v === flat.en.get(k)).map(([k]) => k);
    // Cognates (Type, Score, Documents…) are the same words; a mostly untranslated file is not.
    expect(sameAsEnglish.length).toBeLessThan(allKeys.size / 10);
    expect(flat.ar.get('nav.ctf')).toBe('مكافحة تمويل الإرهاب');
  });
});

// Every finance source file, tests excluded.
const financeRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
describe('finance keys used in the sources', () => {
  // The finance namespace's translate function is called `tf` (the app's own `t` scan covers the
  // core namespace); a `t('…')` here would be a finance key too.
  const used = usedKeys(financeRoot, /\bt[f]?\(\s*['"`]([^'"`$]+)['"`]/g);

  it('are found by the scan (the scan itself works)', () => {
    expect(used.size).toBeGreaterThan(150);
    expect(used.get('screen.noMatch')).toBe('ScreenPage.tsx');
  });

  it('all exist in the resources', () => {
    const unknown = [...used].filter(([key]) => !allKeys.has(key)).map(([key, file]) => `${key} (${file})`);
    expect(unknown).toEqual([]);
  });

  it('leave no resource unused', () => {
    const unused = [...allKeys].filter((key) => !used.has(key));
    expect(unused).toEqual([]);
  });

  it('never use a plain `t(` call, which the app-wide scan would check against the wrong namespace', () => {
    const plain = sourceFiles(financeRoot).filter((file) => /\bt\(\s*['"`]/.test(fs.readFileSync(file, 'utf8')));
    expect(plain.map((file) => path.relative(financeRoot, file))).toEqual([]);
  });
});
