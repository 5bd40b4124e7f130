import { describe, expect, it } from 'vitest';
import { normalizeLatin } from './latin.js';
import { romanizeOtherScripts } from './other-scripts.js';

describe('normalizeLatin', () => {
  it('lower-cases and strips diacritics', () => expect(normalizeLatin('Usāma ÇELİK Müller')).toBe('usama celik muller'));
  it('drops ayn/hamza apostrophes inside words', () => expect(normalizeLatin("Qa'ida ʿAbd")).toBe('qaida abd'));
  it('turns other punctuation into word breaks', () => expect(normalizeLatin('AL-AHMAD, Mohammed (B.)')).toBe('al ahmad mohammed b'));
  it('reads look-alike digits inside words as letters but keeps numbers', () => {
    expect(normalizeLatin('Ig0r Sech1n Brigade 44 1st')).toBe('igor sechin brigade 44 1st');
  });
});

describe('romanizeOtherScripts', () => {
  it('romanises Cyrillic and Greek', () => {
    expect(romanizeOtherScripts('Владимир Путин')).toBe('vladimir putin');
    expect(romanizeOtherScripts('Κυριάκος')).toBe('kyriakos');
  });
});
