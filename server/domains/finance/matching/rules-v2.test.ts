import { describe, expect, it } from 'vitest';
import type { Designation } from '../designation.js';
import { indexKeys, joinedPartKeys, joinedQueryKeys, nearSkeletonKeys, queryKeys, spellingKeys, variantHash } from './index-keys.js';
import { nameKey, skeleton } from './keys.js';
import { buildIndex } from './name-index.js';
import { scoreNames } from './score-names.js';
import { features, keySimilarity, maxKeySimilarity, maxPlainSimilarity, plainSimilarity } from './similarity.js';
import { tokenizeName } from './tokenize.js';

const T = 0.8;

describe('compound names (al-Din, Allah)', () => {
  it('joins "X al-Din" and "X Allah" in every spelling', () => {
    expect(scoreNames('Nur al-Din bin Ali', 'Noureddine Ben Ali', 'person')).toBeGreaterThan(0.9);
    expect(scoreNames('Jalal ud-Din Haqqani', 'Jalaluddin Haqqani', 'person')).toBeGreaterThan(0.9);
    expect(scoreNames('Ehsan Allah Sarfida', 'Ehsanullah Sarfida', 'person')).toBeGreaterThan(0.9);
  });
  it('matches the Arabic-script compound against the one-word Latin form', () => {
    expect(scoreNames('نور الدين بن علي', 'NOUREDDINE BEN ALI', 'person')).toBeGreaterThan(T);
    expect(scoreNames('حمد الله نعمانى', 'HAMDULLAH NOMANI', 'person')).toBeGreaterThan(T);
  });
  it('splits a joined nasab link with its article', () => {
    expect(tokenizeName('Ramzi Binalshibh', 'person').map((t) => t.role)).toEqual(['name', 'bin', 'particle', 'name']);
  });
});

describe('regional consonants', () => {
  it('folds j/g/q/k in the skeleton (Egyptian g for ج, Gulf g for ق)', () => {
    expect(skeleton(nameKey('gamal'))).toBe(skeleton(nameKey('jamal')));
    expect(scoreNames('Dgamel Lounici', 'Djamel Lounici', 'person')).toBeGreaterThan(T);
  });
  it('treats d/z and t/s as near against an Arabic transliteration (ض, ث)', () => {
    expect(scoreNames('احمد ضیا آغا', 'AHMAD ZIA AGHA', 'person')).toBeGreaterThan(T);
  });
});

describe('structure rules', () => {
  it('a different name in the same slot is a contradiction, a dropped one is not', () => {
    expect(scoreNames('MOSTAFA HASSAN MOSTAFA IBRAHIM', 'MOSTAFA KAMEL MOSTAFA IBRAHIM', 'person')).toBeLessThan(T);
    expect(scoreNames('Mostafa Ibrahim', 'Mostafa Kamel Ibrahim', 'person')).toBeGreaterThan(T);
  });
  it('two different frequent names are not misspellings of each other', () => {
    expect(scoreNames('HABIB BEN MOHAMED AL-LOUBIRI', 'HABIB BEN AHMED AL-LOUBIRI', 'person')).toBeLessThan(T);
    expect(scoreNames('Ahmad Shah', 'Ahmed Shah', 'person')).toBeGreaterThan(0.9);
  });
  it('matches a cut-off last part like an initial', () => {
    expect(scoreNames('NOUREDDINE BEN ALI BEN BELKASSEM DR', 'Noureddine Ben Ali Ben Belkassem DRISSI', 'person')).toBeGreaterThan(T);
    expect(scoreNames('Thomas A. Lind', 'Thomas Lindemann', 'person')).toBeLessThan(T);
  });
  it('joins three parts written as one word', () => {
    expect(scoreNames('vanderbilt corp', 'van der bilt corp', 'entity')).toBeGreaterThan(T);
  });
  it('ignores a part repeated in a row', () => {
    expect(scoreNames('Shoigu Shoigu Sergey', 'Sergey Shoigu', 'person')).toBeGreaterThan(T);
  });
  it('weighs generic organisation words little and keeps designator numbers', () => {
    expect(scoreNames('Sparkles Business Corporation', 'Sporks Business Corporation', 'entity')).toBeLessThan(T);
    expect(scoreNames('Apollo Investment Fund VIII L.P.', 'Apollo Investment Fund IX L.P.', 'entity')).toBeLessThan(T);
    expect(scoreNames('Brigade Forty-Four', 'Brigade 44', 'entity')).toBeGreaterThan(T);
  });
  it('discounts a match made of initials only', () => {
    expect(scoreNames('N.N.', 'Nursultan Nazarbayev', 'person')).toBeLessThan(T);
  });
});

describe('similarity bounds used for candidate pruning', () => {
  const words = ['muhammad', 'mohamed', 'ahmad', 'hasan', 'husayn', 'zawahiri', 'zawahry', 'tikriti', 'takriti', 'qasim', 'kasim', 'abdallah', 'sayyid', 'said', 'putin', 'pulin', 'ali', 'alim', 'maria', 'mariam', 'lakhal', 'lkhl', 'faiz', 'fid', 'thaqb', 'saqib', 'mazhari', 'mdhhri', 'ewaz', 'awad', 'yusuf', 'yousef', 'shaykh', 'sheikh', 'ghafur', 'gafoor', 'sarah', 'sarkisian', 'sr', 'iyad', 'eyad', 'khaled', 'xld', 'hld', 'wahid', 'uhid'];
  it('never underestimate the real similarity', () => {
    for (const a of words) {
      for (const b of words) {
        const ka = nameKey(a);
        const kb = nameKey(b);
        const fa = features({ key: ka, norm: a });
        const fb = features({ key: kb, norm: b });
        for (const vowelless of [false, true]) expect(maxKeySimilarity(fa, fb, vowelless) + 1e-9).toBeGreaterThanOrEqual(keySimilarity(ka, kb, vowelless));
        expect(maxPlainSimilarity(fa, fb) + 1e-9).toBeGreaterThanOrEqual(plainSimilarity(a, b));
      }
    }
  });
  it('look-up keys cover a deleted, inserted, substituted or swapped consonant', () => {
    const shared = (q: string, p: string): boolean => {
      const qk: number[] = [];
      const pk: number[] = [];
      queryKeys(q, qk);
      indexKeys(p, pk);
      return qk.some((k) => pk.includes(k));
    };
    expect(shared('zwhr', 'zwhr')).toBe(true);
    expect(shared('zwhr', 'zhr')).toBe(true);
    expect(shared('zhr', 'zwhr')).toBe(true);
    expect(shared('ptn', 'pln')).toBe(true);
    expect(shared('lkhl', 'lhkl')).toBe(true);
    expect(shared('ptn', 'ptrn')).toBe(true);
    expect(shared('zwhr', 'ptn')).toBe(false);
    expect(shared('zwhr', 'zwhrk')).toBe(true);
  });
  it('a two-consonant skeleton from Arabic script meets its near letters (d/z, t/s, x/h…) through its near keys, and no far letter', () => {
    const near = (skel: string): number[] => {
      const out: number[] = [];
      nearSkeletonKeys(skel, out);
      return out;
    };
    const exact = (skel: string): number => {
      const out: number[] = [];
      indexKeys(skel, out);
      return out[0]!;
    };
    for (const [a, b] of [['fd', 'fz'], ['kd', 'kz'], ['rd', 'rz'], ['tn', 'sn'], ['hr', 'xr'], ['ak', 'ax']]) {
      expect(near(a), `${a} / ${b}`).toContain(exact(b));
      expect(near(b), `${b} / ${a}`).toContain(exact(a));
    }
    expect(near('fd')).not.toContain(exact('fl'));
    expect(near('fd')).not.toContain(exact('bd'));
    expect(near('fzl')).toEqual([]); // longer skeletons have a substitution neighbourhood of their own
  });
  it('spelling keys meet a listed part one typo away: a letter added, dropped, changed, or two swapped', () => {
    const keysOf = (norm: string): number[] => {
      const out: number[] = [];
      spellingKeys(norm, out);
      return out;
    };
    const meets = (a: string, b: string): boolean => keysOf(a).some((k) => keysOf(b).includes(k));
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const letter = (): string => 'abcdefghijklmnopqrstuvwxyz'[random(26)]!;
    for (let round = 0; round < 2000; round++) {
      const word = Array.from({ length: 3 + random(8) }, letter).join('');
      const at = random(word.length);
      // Both spellings have three letters at least, and a letter changed or two swapped four: with three
      // letters such a typo leaves a plain similarity of 0.67, below any match, and has no key to meet.
      const long = word.length >= 4;
      const typos = [
        word.slice(0, at) + letter() + word.slice(at), // a letter added
        ...(long ? [word.slice(0, at) + letter() + word.slice(at + 1)] : []), // changed
        ...(long ? [word.slice(0, at) + word.slice(at + 1)] : []), // dropped
        ...(long && at + 1 < word.length ? [word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2)] : []), // two swapped
      ];
      for (const typo of typos) {
        expect(meets(typo, word), `${typo} / ${word}`).toBe(true);
        expect(meets(word, typo), `${word} / ${typo}`).toBe(true);
      }
    }
    expect(meets('michel', 'mihcel')).toBe(true);
    expect(meets('michel', 'mikhail')).toBe(false); // two typos apart
    expect(keysOf('al')).toEqual([]); // too short for any typo to leave a match
  });
  it('a query word meets a listed joined part with a consonant deleted, inserted, substituted or swapped, in their own keys', () => {
    const meets = (q: string, p: string): boolean => {
      const qk: number[] = [];
      const pk: number[] = [];
      queryKeys(q, qk, true);
      joinedPartKeys(p, pk);
      return qk.some((k) => pk.includes(k));
    };
    const bdlrhmn = 'bdlrhmn';
    expect(meets(bdlrhmn, bdlrhmn)).toBe(true);
    expect(meets('bdlrmn', bdlrhmn)).toBe(true); // one consonant less
    expect(meets('bdlrhmns', bdlrhmn)).toBe(true); // one more
    expect(meets('bdlrhmt', bdlrhmn)).toBe(true); // one substituted
    expect(meets('bdlhrmn', bdlrhmn)).toBe(true); // two swapped
    expect(meets('wndrblt', 'wndrbl')).toBe(true);
    expect(meets('ab', 'abk')).toBe(true); // short skeletons: one consonant more or less still
    expect(meets('abk', 'ab')).toBe(true);
    expect(meets('zwhr', bdlrhmn)).toBe(false);
    // A joined query pair looks up single parts only: it never meets a joined part's keys.
    for (const p of [bdlrhmn, 'wndrbl', 'ab']) {
      const pk: number[] = [];
      joinedPartKeys(p, pk);
      for (const q of [p, `${p}s`, p.slice(1)]) {
        const qk: number[] = [];
        joinedQueryKeys(q, qk);
        expect(qk.some((k) => pk.includes(k))).toBe(false);
      }
    }
  });
  it('a joined pair looks up its skeleton, one consonant more, and each consonant left out', () => {
    const DASH = 45;
    const NONE = -1;
    for (const skel of ['', 'k', 'mhmd', 'mhmdl', 'bdlrhmnlhsn', 'zzz', 'tktkt']) {
      const expected: number[] = [];
      for (const h of [variantHash(skel, NONE, NONE, NONE, NONE), variantHash(skel, DASH, NONE, NONE, NONE), ...[...skel].map((_, i) => variantHash(skel, NONE, i, NONE, NONE))]) {
        if (!expected.includes(h)) expected.push(h);
      }
      const keys: number[] = [];
      joinedQueryKeys(skel, keys);
      expect(keys).toEqual(expected);
    }
  });
});

function entry(id: string, source: 'un' | 'ofac', names: Array<[string, 'primary' | 'alias-strong' | 'alias-weak']>): Designation {
  return { source, id, kind: 'person', names: names.map(([text, kind]) => ({ text, kind })), nationalities: [], datesOfBirth: [], placesOfBirth: [], documents: [], programmes: [] };
}

describe('screening index with score bounds', () => {
  const list = [
    entry('A', 'un', [['Ayman Muhammad Rabi al-Zawahiri', 'primary']]),
    entry('B', 'ofac', [['Abu Muhammad', 'alias-weak'], ['Ayman al-Zawahiri', 'alias-strong']]),
    entry('C', 'un', [['Saddam Hussein al-Tikriti', 'primary']]),
    entry('D', 'un', [['Jalaluddin Haqqani', 'primary']]),
  ];
  const index = buildIndex(list);
  it('finds what scoring every name finds', () => {
    for (const q of ['Aiman Zawahry', 'Sadam Husein Tikriti', 'جلال الدين حقانى', 'Ayman Mohamed al Zawahiri']) {
      const viaIndex = index.screen({ name: q }, { threshold: 0.5, limit: 10 }).map((c) => `${c.designation.id}:${c.score}`);
      const direct = list
        .map((d) => buildIndex([d]).screen({ name: q }, { threshold: 0.5, limit: 1 })[0])
        .filter((c) => c !== undefined)
        .map((c) => `${c.designation.id}:${c.score}`);
      expect(viaIndex.sort()).toEqual(direct.sort());
    }
  });
  it('finds an abd compound through its bare stem and a name contained in a longer one, as scoring every name does', () => {
    const people = [
      entry('AB', 'un', [['MOHAMMAD ABDUL ABBAS AKHUND', 'primary']]),
      entry('CH', 'un', [['ANJEM IFTIKHAR CHOUDARY MAHMOOD', 'primary']]),
      entry('HQ', 'un', [['DOST MOHAMMAD', 'primary']]),
    ];
    const index = buildIndex(people);
    for (const [q, id] of [
      ['Mohammad Abbas Akhund', 'AB'],
      ['Anjem Choudary', 'CH'],
      ['Dost Mohammad Khan Haqqani', 'HQ'],
    ] as const) {
      const direct = buildIndex([people.find((d) => d.id === id)!]).screen({ name: q, kind: 'person' })[0];
      expect(direct, q).toBeDefined();
      expect(direct!.score).toBeGreaterThanOrEqual(0.8);
      expect(index.screen({ name: q, kind: 'person' }).map((c) => `${c.designation.id}:${c.score}`)).toContain(`${id}:${direct!.score}`);
    }
  });
  it('breaks equal scores by name kind: a primary name before an alias', () => {
    const two = buildIndex([entry('X', 'ofac', [['Omar Khalid', 'alias-strong']]), entry('Y', 'un', [['Omar Khalid', 'primary']])]);
    expect(two.screen({ name: 'Omar Khalid' }).map((c) => c.designation.id)).toEqual(['Y', 'X']);
  });
});

describe('short and mistyped parts', () => {
  it('reads a mistyped "abd" as abd', () => {
    expect(scoreNames('Adbul Bari Akhund', 'Abdul Bari Akhund', 'person')).toBeGreaterThan(0.9);
    expect(scoreNames('Badur Rehman', 'Abdur Rehman', 'person')).toBeGreaterThan(T);
  });
  it('finds a name through a one-consonant part, and a name made only of one', () => {
    const index = buildIndex([entry('Z', 'un', [['Ahmad Zia Agha', 'primary']]), entry('F', 'un', [['Faiz', 'primary']])]);
    expect(index.screen({ name: 'احمد ضیا آغا' })[0]?.designation.id).toBe('Z');
    expect(index.screen({ name: 'Faiz' })[0]?.designation.id).toBe('F');
  });
});

describe('names made of one-consonant parts', () => {
  it('are still found', () => {
    const index = buildIndex([entry('K', 'un', [['CHO IL U', 'primary']]), entry('L', 'un', [['Kim Il Sung', 'primary']])]);
    expect(index.screen({ name: 'CHO IL U' })[0]?.designation.id).toBe('K');
    expect(index.screen({ name: 'Zia' }, { threshold: 0 })).toEqual([]);
  });
});

describe('acronym aliases', () => {
  it('drops an acronym in parentheses that abbreviates the name, keeps other parentheses', () => {
    expect(tokenizeName('Tehrik-e Taliban Pakistan (TTP)', 'entity').map((t) => t.norm)).not.toContain('ttp');
    expect(tokenizeName('Yamahdi (UK) Limited', 'entity').map((t) => t.norm)).toContain('uk');
  });
});

describe('words spelled like built-in object properties', () => {
  // Lookup tables are plain data: "Constructor" is a name like any other, not a function found on a prototype.
  const words = ['Constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];
  it('are ordinary name parts for people and organisations', () => {
    for (const word of words) {
      for (const kind of ['person', 'entity'] as const) {
        const tokens = tokenizeName(`${word} Smith`, kind);
        expect(tokens.map((t) => t.role)).toEqual(['name', 'name']);
        expect(typeof tokens[0]!.key).toBe('string');
      }
    }
  });
  it('are screened without error, also as a nationality', () => {
    const index = buildIndex([entry('C', 'un', [['Constructor Smith', 'primary']])]);
    expect(index.screen({ name: 'Constructor Smith', nationality: 'constructor' })[0]?.designation.id).toBe('C');
    for (const word of words) expect(() => index.screen({ name: `${word} ${word}`, nationality: word, kind: 'entity' })).not.toThrow();
  });
});
