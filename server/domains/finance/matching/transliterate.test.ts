import { describe, expect, it } from 'vitest';
import { scoreNames } from './score-names.js';
import { transliterateArabic } from './transliterate.js';

describe('transliterateArabic', () => {
  it('uses the name table for frequent names', () => {
    expect(transliterateArabic('محمد')).toBe('mohamed');
    expect(transliterateArabic('عبد الله')).toBe('abd allah');
  });
  it('splits the article and joined abd compounds', () => {
    expect(transliterateArabic('عبدالرحمن').startsWith('abd al ')).toBe(true);
    expect(transliterateArabic('التكريتي').startsWith('al ')).toBe(true);
  });
  it('renders unknown words by letter rules with long vowels', () => {
    expect(transliterateArabic('تكريتي')).toBe('tkriti');
    expect(transliterateArabic('سليوة')).toBe('sliwa');
  });
});

describe('cross-script matching', () => {
  it('an Arabic-script query matches the Latin spelling', () => {
    expect(scoreNames('صدام حسين التكريتي', 'SADDAM HUSSEIN AL-TIKRITI', 'person')).toBeGreaterThan(0.85);
    expect(scoreNames('أسامة بن لادن', 'Usama bin Laden', 'person')).toBeGreaterThan(0.85);
  });
  it('a Latin query matches an Arabic-script name', () => {
    expect(scoreNames('Abdul Rahman al-Shami', 'عبد الرحمن الشامي', 'person')).toBeGreaterThan(0.85);
  });
  it('different names stay apart across scripts', () => {
    expect(scoreNames('صدام حسين التكريتي', 'Khalid Sheikh Mohammed', 'person')).toBeLessThan(0.5);
  });
});
