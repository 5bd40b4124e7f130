import { describe, expect, it } from 'vitest';
import { compareTokens } from './compare.js';
import { compareNames, scoreNames } from './score-names.js';
import { tokenizeName } from './tokenize.js';
import { legalForm } from './vocabulary.js';

const T = 0.8;
const part = (name: string): ReturnType<typeof tokenizeName>[number] => tokenizeName(name, 'person')[0]!;

describe('an "Abdul" present on one side only', () => {
  it('matches an abd compound with its bare stem, as a weaker match', () => {
    const m = compareTokens(part('Abdul Hanif'), part('Hanif'));
    expect(m.sim).toBeGreaterThanOrEqual(0.7);
    expect(m.sim).toBeLessThan(0.85);
    // Also when the stem's first letters read like an assimilated article ("Abdul Abbas" → abd + "bas").
    expect(compareTokens(part('Abdul Abbas'), part('Abbas')).sim).toBeGreaterThanOrEqual(0.7);
  });
  it('lets names with other matching parts reach an alert', () => {
    expect(scoreNames('DIN MOHAMMAD ABDUL HANIF', 'DIN MOHAMMAD HANIF', 'person')).toBeGreaterThan(T);
    expect(scoreNames('MOHAMMAD ABDUL ABBAS AKHUND', 'MOHAMMAD ABBAS AKHUND', 'person')).toBeGreaterThan(T);
    expect(scoreNames('QARI SAIFULLAH TOKHI', 'QARI ABDUL SAIFULLAH TOKHI', 'person')).toBeGreaterThan(T);
    expect(scoreNames('عبد الغفور سندس', 'Ghafur Sundus', 'person')).toBeGreaterThan(T);
  });
  it('is not enough on its own', () => {
    expect(scoreNames('Abdul Rahman', 'Rahman', 'person')).toBeLessThan(T);
  });
  it('never makes Abdullah match Allah, nor different stems or abu compounds match', () => {
    expect(compareTokens(part('Abdullah'), part('Allah')).sim).toBe(0);
    expect(scoreNames('Abdullah Khan Haqqani', 'Allah Khan Haqqani', 'person')).toBeLessThan(T);
    expect(compareTokens(part('Abd al-Rahim'), part('Rahman')).sim).toBe(0);
    expect(compareTokens(part('Abu Bakr'), part('Bakr')).sim).toBe(0);
  });
  it('does not fire when another name stands where the "Abdul" stood', () => {
    // "Abdul Mohammad" / "Dost Mohammad": two different compound names in one slot.
    expect(scoreNames('NIK MOHAMMAD ABDUL MOHAMMAD', 'NIK MOHAMMAD DOST MOHAMMAD', 'person')).toBeLessThan(T);
    expect(scoreNames('SAYED MOHAMMAD ABDUL AGHA', 'SAYED MOHAMMAD AZIM AGHA', 'person')).toBeLessThan(T);
  });
});

describe("a person's name contained in a longer one", () => {
  it('charges the extra parts at the ends as dropped middle parts', () => {
    expect(scoreNames('MOHAMMAD YAQOUB HAQQANI', 'MOHAMMAD YAQOUB', 'person')).toBeGreaterThan(T);
    expect(scoreNames('MOHAMMAD YAQOUB', 'MOHAMMAD YAQOUB HAQQANI', 'person')).toBeGreaterThan(T);
    expect(scoreNames('ANJEM IFTIKHAR CHOUDARY MAHMOOD', 'ANJEM CHOUDARY', 'person')).toBeGreaterThan(T);
    expect(scoreNames('SHER ABBAS STANEKZAI', 'SHER MOHAMMAD ABBAS STANEKZAI PADSHAH KHAN', 'person')).toBeGreaterThan(T);
    const r = compareNames('FAZL RABI ABDUL HAMID', 'FAZL RABI', 'person');
    expect(r.reasons.join(' ')).toMatch(/not in the listed name: ABDUL HAMID/);
  });
  it('not for organisations', () => {
    const [a, b] = ['Hon Hai Precision', 'Hon Hai Precision Industry Shenzhen'];
    expect(scoreNames(a, b, 'entity')).toBeLessThan(scoreNames(a, b, 'person'));
    const [c, d] = ['Faberlic Cosmetics', 'Faberlic Cosmetics Trading Europe'];
    expect(scoreNames(c, d, 'entity')).toBeLessThan(T);
    expect(scoreNames(c, d, 'person')).toBeGreaterThan(T);
  });
  it('not when the shorter name is two very frequent names, a single name, or out of order', () => {
    expect(scoreNames('Muhammad Ali', 'Muhammad Ali Hamadi', 'person')).toBeLessThan(T);
    expect(scoreNames('SHAMSUDDIN MOHAMMED HAQQANI', 'SHAMSUDDIN', 'person')).toBeLessThan(T);
    expect(scoreNames('Yaqoub Haqqani', 'Haqqani Yaqoub Mohammad Saleh', 'person')).toBeLessThan(T);
  });
  it('not when a part of the shorter name is unmatched', () => {
    expect(scoreNames('MOHAMMAD YAQOUB KARIMI', 'MOHAMMAD YAQOUB HAQQANI SALEH', 'person')).toBeLessThan(T);
  });
});

describe('organisation names', () => {
  it('folds Russian legal forms', () => {
    expect(tokenizeName('OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU VEB', 'entity').map((t) => t.norm)).toEqual(['llc', 'veb']);
    expect(tokenizeName('Акционерное общество Протон', 'entity').map((t) => `${t.norm}:${t.role}`)).toEqual(['jsc:legal', 'proton:name']);
    expect(tokenizeName('AKTSIONERNOYE OBSHCHESTVO PROTON', 'entity').map((t) => t.norm)).toEqual(['jsc', 'proton']);
  });
  it('does not read a short last word after legal forms only as a cut-off name', () => {
    expect(scoreNames('ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ "БАЙ"', 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ "БАЙКАЛ"', 'entity')).toBeLessThan(T);
  });
  it('reads a long legal-form word misspelt by one letter as the legal form', () => {
    expect(legalForm('aktiengeselschaft')).toBe('ag');
    expect(legalForm('corporaton')).toBe('corp');
    expect(legalForm('foundaton')).toBe('foundation');
    expect(legalForm('constructor')).toBeUndefined();
    expect(legalForm('cooperation')).toBeUndefined();
    expect(legalForm('gmbx')).toBeUndefined();
    expect(scoreNames('Siemens Aktiengeselschaft', 'Siemens AG', 'entity')).toBeGreaterThan(0.95);
  });
  it('splits a legal form written joined in capitals', () => {
    expect(tokenizeName('SiemensAG', 'entity').map((t) => `${t.norm}:${t.role}`)).toEqual(['siemens:name', 'ag:legal']);
    expect(tokenizeName('Ultrasa', 'entity').map((t) => t.norm)).toEqual(['ultrasa']);
    expect(tokenizeName('SiemensAG', 'person').map((t) => t.norm)).toEqual(['siemensag']);
    expect(scoreNames('SiemensAG', 'Siemens AG', 'entity')).toBeGreaterThan(0.95);
  });
  it('reads "fourty" as forty', () => {
    expect(scoreNames('Brigade Fourty-four', 'Brigade 44', 'entity')).toBeGreaterThan(T);
  });
});

describe('explanations of the name rules', () => {
  // The web app translates these sentences (web/src/finance/reasons.ts): keep both sides in step.
  it('say when a name is wholly contained in the other', () => {
    expect(compareNames('Anjem Choudary', 'ANJEM IFTIKHAR CHOUDARY MAHMOOD', 'person').reasons).toContain(
      'the query is wholly contained in the listed name: the extra parts count as omitted middle names',
    );
    expect(compareNames('Dost Mohammad Khan Haqqani', 'DOST MOHAMMAD', 'person').reasons).toContain(
      'the listed name is wholly contained in the query: the extra parts count as omitted middle names',
    );
  });
  it('say when "Abdul" stands on one side only', () => {
    expect(compareNames('MOHAMMAD ABBAS AKHUND', 'MOHAMMAD ABDUL ABBAS AKHUND', 'person').reasons).toContain('"abd" prefix on one side only: ABBAS / ABDUL ABBAS');
  });
  it('say when two different names stand in the same position, and when only initials matched', () => {
    expect(compareNames('Mostafa Hassan Mostafa', 'Mostafa Kamel Mostafa', 'person').reasons.some((r) => r.startsWith('different name(s) in the same position: '))).toBe(true);
    expect(compareNames('N.N.', 'Nursultan Nazarbayev', 'person').reasons).toContain('only initials matched');
  });
});
