import { describe, expect, it } from 'vitest';
import { normalizeArabic } from './arabic.js';

describe('normalizeArabic', () => {
  it('removes harakat, tanween, shadda, sukun and superscript alef', () => {
    expect(normalizeArabic('مُحَمَّدٌ')).toBe('محمد');
    expect(normalizeArabic('عَبْدُ')).toBe('عبد');
    expect(normalizeArabic('رحمٰن')).toBe('رحمن');
  });
  it('removes tatweel', () => expect(normalizeArabic('محـــمد')).toBe('محمد'));
  it('unifies alef forms', () => {
    expect(normalizeArabic('أحمد إبراهيم آمنة ٱلله')).toBe('احمد ابراهيم امنه الله');
  });
  it('folds ta marbuta to ha and alef maqsura to ya', () => {
    expect(normalizeArabic('فاطمة')).toBe('فاطمه');
    expect(normalizeArabic('مصطفى')).toBe('مصطفي');
  });
  it('keeps ta marbuta and alef maqsura when asked (for transliteration)', () => {
    expect(normalizeArabic('مصطفى فاطمة', { keepAlefMaqsura: true, keepTaMarbuta: true })).toBe('مصطفى فاطمة');
  });
  it('reads a ta marbuta that begins a word as the ha it must be, also when keeping ta marbuta', () => {
    expect(normalizeArabic('ةاني')).toBe('هاني');
    expect(normalizeArabic('سامي ةاني فاطمة', { keepTaMarbuta: true })).toBe('سامي هاني فاطمة');
  });
  it('folds hamza carriers and drops standalone hamza', () => {
    expect(normalizeArabic('مؤمن')).toBe('مومن');
    expect(normalizeArabic('هانئ')).toBe('هاني');
    expect(normalizeArabic('علاء')).toBe('علا');
  });
  it('maps Persian/Urdu letter variants', () => {
    expect(normalizeArabic('کریمی')).toBe('كريمي');
  });
  it('maps Arabic-Indic and Eastern Arabic-Indic digits to ASCII', () => {
    expect(normalizeArabic('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789 0123456789');
  });
});
