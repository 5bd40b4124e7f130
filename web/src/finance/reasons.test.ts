import i18next from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { financeI18nForTests } from './i18n/for-tests';
import { readReason } from './reasons';

const tf = () => i18next.getFixedT(null, 'finance');

describe('readReason', () => {
  beforeEach(() => financeI18nForTests('en'));

  it('reads the effect sign and translates the known sentences', async () => {
    expect(readReason('+ date of birth 1975-03-04 matches', tf(), 'en')).toEqual({
      effect: 'raises', text: 'Date of birth 4 March 1975 matches', original: '+ date of birth 1975-03-04 matches',
    });
    expect(readReason('− nationality SA differs from listed YE', tf(), 'en').effect).toBe('lowers');
    expect(readReason('= year of birth 1976 is within one year of the listed one', tf(), 'en').effect).toBe('neutral');
    expect(readReason('query part(s) not in the listed name: Saleh', tf(), 'en')).toMatchObject({ effect: null, text: 'Part(s) of the searched name not in the listed name: Saleh' });
  });

  it('speaks Arabic and French, with the values kept', async () => {
    await financeI18nForTests('ar');
    expect(readReason('+ date of birth 1975-03-04 matches', tf(), 'ar').text).toBe('تاريخ الميلاد 4 مارس 1975 مطابق');
    expect(readReason('− nationality SA differs from listed YE', tf(), 'ar').text).toBe('الجنسية SA تختلف عن الجنسية المُدرجة YE');
    expect(readReason('− query is a entity but the listed entry is a person', tf(), 'ar').text).toBe('نوعه في الفحص: كيان، ونوعه في القائمة: شخص');
    await financeI18nForTests('fr');
    expect(readReason('matched a low-quality alias', tf(), 'fr').text).toBe('Correspond à un alias de faible qualité');
  });

  it('translates every sentence of the name alignment (the same sentences name-bench-rules.test.ts expects from the server)', async () => {
    await financeI18nForTests('ar');
    expect(readReason('different name(s) in the same position: KAMEL', tf(), 'ar').text).toBe('أسماء مختلفة في الموضع نفسه: KAMEL');
    expect(readReason('only initials matched', tf(), 'ar').text).toBe('لم تتطابق إلا الحروف الأولى');
    expect(readReason('the listed name is wholly contained in the query: the extra parts count as omitted middle names', tf(), 'ar').text).toBe(
      'الاسم المُدرج وارد بكامله في الاسم المفحوص: تُحسب الأجزاء الزائدة أسماءً وسطى محذوفة',
    );
    expect(readReason('the query is wholly contained in the listed name: the extra parts count as omitted middle names', tf(), 'ar').text).toBe(
      'الاسم المفحوص وارد بكامله في الاسم المُدرج: تُحسب الأجزاء الزائدة أسماءً وسطى محذوفة',
    );
    expect(readReason('"abd" prefix on one side only: ABBAS / ABDUL ABBAS', tf(), 'ar').text).toBe('«عبد» في أحد الاسمين فقط: ABBAS / ABDUL ABBAS');
    await financeI18nForTests('fr');
    expect(readReason('only initials matched', tf(), 'fr').text).toBe('Seules des initiales correspondent');
  });

  it('keeps an unknown sentence as the server wrote it', () => {
    expect(readReason('+ something new the server says', tf(), 'en')).toEqual({ effect: 'raises', text: null, original: '+ something new the server says' });
  });
});
