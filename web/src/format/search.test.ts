import { describe, expect, it } from 'vitest';
import type { MemberSummary } from '../api/types';
import { filterMembers, fold } from './search';

const m = (code: string, ar: string, en: string, fr: string): MemberSummary => ({ code, isoNumeric: '000', name: { ar, en, fr }, delegateCount: 0 });
const items = [
  m('EG', 'مصر', 'Egypt', 'Égypte'),
  m('AE', 'الإمارات العربية المتحدة', 'United Arab Emirates', 'Émirats arabes unis'),
  m('DJ', 'جيبوتي', 'Djibouti', 'Djibouti'),
  m('BH', 'البحرين', 'Bahrain', 'Bahreïn'),
  m('SA', 'المملكة العربية السعودية', 'Saudi Arabia', 'Arabie saoudite'),
  m('FX', 'فرنسا', 'France', 'France'),
];
const codes = (list: MemberSummary[]) => list.map((x) => x.code);

describe('filterMembers', () => {
  it('sorts by the name in the interface language, accents in their place', () => {
    expect(codes(filterMembers(items, '', 'fr'))).toEqual(['SA', 'BH', 'DJ', 'EG', 'AE', 'FX']);
    expect(codes(filterMembers(items, '', 'en'))).toEqual(['BH', 'DJ', 'EG', 'FX', 'SA', 'AE']);
  });

  it('sorts Arabic names in Arabic alphabetical order', () => {
    // ا (with its article) < ج < ف < م
    expect(codes(filterMembers(items, '', 'ar'))).toEqual(['AE', 'BH', 'SA', 'DJ', 'FX', 'EG']);
  });

  it('matches any language, ignoring case, accents and hamza seats', () => {
    expect(codes(filterMembers(items, 'bahrein', 'en'))).toEqual(['BH']);
    expect(codes(filterMembers(items, 'EMIRATS', 'en'))).toEqual(['AE']);
    expect(codes(filterMembers(items, 'الامارات', 'ar'))).toEqual(['AE']);
    expect(codes(filterMembers(items, 'السعودية', 'ar'))).toEqual(['SA']);
    expect(codes(filterMembers(items, 'sa', 'en'))).toEqual(['SA']);
    expect(filterMembers(items, 'zzz', 'en')).toEqual([]);
  });

  it('folds Arabic short vowels and tatweel', () => {
    expect(fold('عُمان')).toBe(fold('عمان'));
    expect(fold('مـصر')).toBe('مصر');
  });
});
