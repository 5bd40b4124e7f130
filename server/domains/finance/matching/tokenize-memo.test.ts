import { describe, expect, it } from 'vitest';
import { isWhitespace, nameKindOf, plainTokens, tokenizeByRules, tokenizeName } from './tokenize.js';

// Names whose every word the rules leave as it is, in several scripts and spellings.
const PLAIN = [
  'John William Smith',
  'Maria Gonzalez Lopez',
  'Mohammed Hussein Tikriti',
  'Yousef Qaradawi',
  'Jean-Pierre Dupont',
  'Øyvind Åsheim',
  '桂荣 兰',
  'सौरब प्रेमा भट्टराई',
  '현숙 배',
  'Ahmad  Shah   Massoud',
  'Fatimah Zahra',
  // White space other than the space bar: where split(/\s+/) cuts, so does the shortcut's own scan.
  ' Omar\tFarouk\u00a0Haddad\u3000Nasser\u2003',
  'Leila\r\nMansour\ufeffKarimi',
];

// Names where a rule changes a word or depends on its neighbour: the shortcut must not take them.
const RULED = [
  'Abd al-Rahman Ahmad', // abd compound with an article
  'Abdurrahman Yasin', // joined abd form
  'Abu Bakr Baghdadi', // abu compound
  'Osama bin Laden', // nasab link
  'Binalshibh Ramzi', // joined bin al-
  'Nur al-Din Zangi', // theophoric with article
  'Noureddine Ahmed', // one-word theophoric form
  'Ehsan Allah Khan', // allah written apart
  'Akhund Zada Mullah', // patronymic suffix written apart
  'Ahmed Elsseid', // assimilated article written joined
  'Sheikh Ahmed Yassin', // title
  'John Smith Jr', // name suffix
  'Charles Third Windsor', // number word
  'J. Edgar Hoover', // initial
  'AL-AHMAD, Mohammed', // surname first
  'Tehrik-e Taliban Pakistan (TTP)', // acronym
  'محمد بن عبد الله الأحمد', // Arabic with bin and abd
  'Agent 007', // digits
];

describe('plain-name shortcut (plainTokens)', () => {
  it('reads white space as \\s does in a regular expression, for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWhitespace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('gives exactly the tokens of the full rules for names it takes', () => {
    for (const kind of ['person', undefined] as const) {
      for (const name of PLAIN) {
        const shortcut = plainTokens(name, kind);
        expect(shortcut, name).toBeDefined();
        expect(shortcut, name).toEqual(tokenizeByRules(name, kind));
        expect(nameKindOf(shortcut!)).toBe(kind);
      }
    }
  });

  it('leaves every name a rule applies to to the rules', () => {
    for (const name of RULED) {
      expect(plainTokens(name, 'person'), name).toBeUndefined();
      expect(tokenizeName(name, 'person')).toEqual(tokenizeByRules(name, 'person'));
    }
  });

  it('is never used for organisations', () => {
    expect(tokenizeName('Siemens AG', 'entity')).toEqual(tokenizeByRules('Siemens AG', 'entity'));
    expect(tokenizeName('Al Rashid Trust', 'entity').map((t) => t.role)).toEqual(tokenizeByRules('Al Rashid Trust', 'entity').map((t) => t.role));
  });

  it('hands out fresh tokens: a change to one query never reaches the next', () => {
    const a = tokenizeName('John William Smith', 'person');
    a[0]!.chain = 3;
    a[1]!.id = 7;
    const b = tokenizeName('John William Smith', 'person');
    expect(b[0]!.chain).toBeUndefined();
    expect(b[1]!.id).toBeUndefined();
  });
});

describe('word memo', () => {
  it('keeps what a kind hint changes apart: a word first met without a kind still splits bin for a person', () => {
    const name = 'احمد بنسعيد حسن'; // "bin Said" written joined
    const none = tokenizeName(name).map((t) => t.norm);
    const person = tokenizeName(name, 'person').map((t) => t.norm);
    expect(person).toEqual(['ahmed', 'bin', 'said', 'hassan']);
    expect(none).not.toContain('bin'); // without a kind the joined word stays one part
    // and the order of the calls changes nothing
    expect(tokenizeName(name).map((t) => t.norm)).toEqual(none);
  });
});
