import { describe, expect, it } from 'vitest';
import { readReasonSentence, type ReasonKey } from '../../../contracts/explanation.js';
import { explanationMessages } from '../../../contracts/explanation-messages.js';
import type { Designation } from './designation.js';
import { explanationText, reasonText } from './explanation-text.js';
import { buildIndex, compareNames, secondaryEvidence } from './matching/index.js';

const listed: Designation = {
  source: 'un', id: 'QDi.990', kind: 'person',
  names: [{ text: 'Khalid Ahmad Saleh', kind: 'primary' }, { text: 'Abu Khalid', kind: 'alias-weak' }, { text: 'خالد أحمد صالح', kind: 'original-script' }],
  nationalities: ['Iraq'], datesOfBirth: [{ date: '1970-05-01' }, { year: 1971 }, { fromYear: 1980, toYear: 1983 }],
  placesOfBirth: [], documents: [{ type: 'Passport', number: 'A 123456' }], programmes: [],
};

/** Every sentence the matcher writes, taken from the matcher itself (not written out here). */
function matcherSentences(): string[] {
  const evidence = (q: Parameters<typeof secondaryEvidence>[0], d: Designation = listed) => secondaryEvidence(q, d).reasons;
  const names = (a: string, b: string) => compareNames(a, b, 'person').reasons;
  const index = buildIndex([listed]);
  const screened = (name: string) => index.screen({ name, kind: 'person' }, { threshold: 0.5 }).flatMap((c) => c.explanation.reasons);
  return [
    ...evidence({ name: 'x', dob: '1970-05-01' }),
    ...evidence({ name: 'x', dob: '1971' }),
    ...evidence({ name: 'x', dob: '1981' }),
    ...evidence({ name: 'x', dob: '1972-01-01' }),
    ...evidence({ name: 'x', dob: '1995-03-03' }),
    ...evidence({ name: 'x', nationality: 'iq' }),
    ...evidence({ name: 'x', nationality: 'Jordan' }),
    ...evidence({ name: 'x', kind: 'entity' }),
    ...evidence({ name: 'x', documents: ['a123456'] }),
    ...evidence({ name: 'x', documents: ['B999'] }),
    ...names('Khalid Ahmad Saleh Omar', 'Khalid Ahmad Saleh'),
    ...names('Khalid Saleh', 'Khalid Ahmad Saleh'),
    ...names('SALMAN BIN MUHAMMAD AL-RAWI', 'MUHAMMAD BIN SALMAN AL-RAWI'),
    ...names('Anjem Choudary', 'ANJEM IFTIKHAR CHOUDARY MAHMOOD'),
    ...names('Dost Mohammad Khan Haqqani', 'DOST MOHAMMAD'),
    ...names('MOHAMMAD ABBAS AKHUND', 'MOHAMMAD ABDUL ABBAS AKHUND'),
    ...names('Mostafa Hassan Mostafa', 'Mostafa Kamel Mostafa'),
    ...names('N.N.', 'Nursultan Nazarbayev'),
    ...screened('Abu Khaled'),
    ...screened('خالد احمد صالح'),
  ];
}

describe('explanations in the reader’s language', () => {
  it('know every sentence the matcher writes, and those sentences cover every message', () => {
    const sentences = matcherSentences();
    const unknown = sentences.filter((s) => readReasonSentence(s).key === null);
    expect(unknown).toEqual([]);
    const covered = new Set(sentences.map((s) => readReasonSentence(s).key));
    const all = Object.keys(explanationMessages.en.reasons) as ReasonKey[];
    expect(all.filter((k) => !covered.has(k))).toEqual([]);
  });

  it('say each reason with its values, effect sign and the reader’s date words', () => {
    expect(reasonText('+ date of birth 1975-03-04 matches', 'en')).toBe('+ Date of birth 4 March 1975 matches');
    expect(reasonText('+ date of birth 1975-03-04 matches', 'ar')).toBe('+ تاريخ الميلاد 4 مارس 1975 مطابق');
    expect(reasonText('− query is a entity but the listed entry is a person', 'fr')).toBe('− Recherché comme Entité, mais inscrit comme Personne');
    expect(reasonText('− nationality JO differs from listed IQ', 'ar')).toBe('− الجنسية \u2068JO\u2069 تختلف عن الجنسية المُدرجة \u2068IQ\u2069');
    expect(reasonText('matched a low-quality alias', 'fr')).toBe('Correspond à un alias de faible qualité');
  });

  it('keep a sentence they do not know as the matcher wrote it', () => {
    expect(reasonText('= something the matcher says later', 'ar')).toBe('= something the matcher says later');
    // A kind the messages do not name is kept as a code, even one that is a property of every object.
    expect(reasonText('− query is a constructor but the listed entry is a person', 'en')).toBe('− Searched as constructor, but listed as Person');
  });

  it('give the score, every part and the reasons of a real match in Arabic, English and French', () => {
    const latinOnly = { ...listed, names: listed.names.filter((n) => n.kind === 'primary') };
    const [c] = buildIndex([latinOnly]).screen({ name: 'Khaled Ahmed Saleh', dob: '1970-05-01', kind: 'person' });
    expect(c).toBeDefined();
    const match = { query: 'Khaled Ahmed Saleh', matched: c!.matchedName, score: c!.score, nameScore: c!.nameScore, explanation: c!.explanation };
    const en = explanationText(match, 'en');
    expect(en).toMatch(/^“Khaled Ahmed Saleh” against “Khalid Ahmad Saleh”: score 1\.00 \(name alone 0\.\d\d\)\. /);
    expect(en).toContain('“Saleh” = “Saleh”');
    expect(en).toMatch(/“Khaled” ≈ “Khalid” \(fuzzy, 0\.\d\d\)/);
    expect(en).toContain('+ Date of birth 1 May 1970 matches.');
    const ar = explanationText(match, 'ar');
    expect(ar).toMatch(/^«\u2068Khaled Ahmed Saleh\u2069» مقابل «\u2068Khalid Ahmad Saleh\u2069»: الدرجة 1\.00 \(درجة الاسم وحده 0\.\d\d\)\. /);
    expect(ar).toContain('«\u2068Saleh\u2069» = «\u2068Saleh\u2069»');
    expect(ar).toMatch(/«\u2068Khaled\u2069» ≈ «\u2068Khalid\u2069» \(تقارب، 0\.\d\d\)/);
    expect(ar).toContain('+ تاريخ الميلاد 1 مايو 1970 مطابق.');
    expect(ar).not.toMatch(/\b(?:score|matches|fuzzy)\b/);
    const fr = explanationText(match, 'fr');
    expect(fr).toMatch(/^« Khaled Ahmed Saleh » comparé à « Khalid Ahmad Saleh » : score 1,00 \(nom seul 0,\d\d\)\. /);
    expect(fr).toMatch(/« Khaled » ≈ « Khalid » \(approchée, 0,\d\d\)/);
    expect(fr).toContain('+ La date de naissance 1 mai 1970 correspond.');
  });

  it('say a query part that matched nothing, and leave out the name score when it is not known', () => {
    const text = explanationText({
      query: 'Khalid Saleh Omar', matched: 'Khalid Saleh', score: 0.81,
      explanation: { parts: [{ query: 'Khalid', matched: 'Khalid', how: 'exact', similarity: 1 }, { query: 'Omar', matched: null, how: 'missing', similarity: 0 }], reasons: [] },
    }, 'en');
    expect(text).toBe('“Khalid Saleh Omar” against “Khalid Saleh”: score 0.81. “Khalid” = “Khalid”; “Omar”: not in the listed name.');
  });

  it('isolate Arabic names in English and French lines, so two of them around “=” keep their order', () => {
    const parts = [{ query: 'عبدالله', matched: 'عبد الله', how: 'exact', similarity: 1 }];
    const match = { query: 'عبدالله', matched: 'عبد الله', score: 1, explanation: { parts, reasons: [] } };
    expect(explanationText(match, 'en')).toContain('“\u2068عبدالله\u2069” = “\u2068عبد الله\u2069”');
    expect(explanationText(match, 'fr')).toContain('« \u2068عبدالله\u2069 » = « \u2068عبد الله\u2069 »');
  });
});
