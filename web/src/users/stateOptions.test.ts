import { describe, expect, it } from 'vitest';
import { stateLabel, stateOptions } from './stateOptions';

const members = [
  { code: 'EG', isoNumeric: '818', name: { ar: 'مصر', en: 'Egypt', fr: 'Égypte' }, delegateCount: 0 },
  { code: 'AE', isoNumeric: '784', name: { ar: 'الإمارات العربية المتحدة', en: 'United Arab Emirates', fr: 'Émirats arabes unis' }, delegateCount: 0 },
  { code: 'BH', isoNumeric: '048', name: { ar: 'البحرين', en: 'Bahrain', fr: 'Bahreïn' }, delegateCount: 0 },
  { code: 'DZ', isoNumeric: '012', name: { ar: 'الجزائر', en: 'Algeria', fr: 'Algérie' }, delegateCount: 0 },
];

describe('stateOptions', () => {
  it('puts the secretariat first, then sorts by name in the reader’s language', () => {
    expect(stateOptions(members, 'en', 'Secretariat').map((o) => o.code)).toEqual(['SECRETARIAT', 'DZ', 'BH', 'EG', 'AE']);
  });

  it('sorts accented French names as a French reader expects (É with E)', () => {
    expect(stateOptions(members, 'fr', 'Secrétariat').map((o) => o.label)).toEqual(['Secrétariat', 'Algérie', 'Bahreïn', 'Égypte', 'Émirats arabes unis']);
  });

  it('sorts Arabic names alphabetically', () => {
    expect(stateOptions(members, 'ar', 'الأمانة العامة').slice(1).map((o) => o.code)).toEqual(['AE', 'BH', 'DZ', 'EG']);
  });

  it('labels a code, falling back to the code itself', () => {
    const options = stateOptions(members, 'en', 'Secretariat');
    expect(stateLabel(options, 'EG')).toBe('Egypt');
    expect(stateLabel(options, 'SECRETARIAT')).toBe('Secretariat');
    expect(stateLabel(options, 'ZZ')).toBe('ZZ');
  });
});
