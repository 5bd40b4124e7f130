import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay, formatList, formatNumber, intlLocale } from './locale';

describe('locale formatting', () => {
  it('writes Arabic with Western digits', () => {
    expect(intlLocale('ar')).toBe('ar-SA-u-ca-gregory-nu-latn');
    expect(formatNumber(41, 'ar')).toBe('41');
    expect(formatNumber(1234567, 'fr')).toMatch(/^1\s?234\s?567$/u);
  });

  it('uses the Gregorian calendar in Arabic, with Arabic month names', () => {
    const text = formatDay('2017-11-26', 'ar');
    expect(text).toContain('2017');
    expect(text).toContain('26');
    expect(text).toContain('نوفمبر');
  });

  it('formats days in English and French without shifting them', () => {
    expect(formatDay('2015-12-14', 'en')).toBe('14 December 2015');
    expect(formatDay('2015-12-14', 'fr')).toBe('14 décembre 2015');
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatDay('soon', 'en')).toBe('soon');
    expect(formatDateTime('never', 'fr')).toBe('never');
  });

  it('joins lists with the reader’s own conjunction', () => {
    expect(formatList(['Officer', 'Analyst'], 'en')).toBe('Officer and Analyst');
    expect(formatList(['Agent', 'Analyste'], 'fr')).toBe('Agent et Analyste');
    expect(formatList(['ضابط', 'محلل'], 'ar')).toContain('و');
  });
});
