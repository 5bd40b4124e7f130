import { describe, expect, it } from 'vitest';
import type { Designation } from '../designation.js';
import { buildIndex } from './name-index.js';
import { scoreNames } from './score-names.js';

function person(id: string, names: string[], extra: Partial<Designation> = {}): Designation {
  return {
    source: 'un',
    id,
    kind: 'person',
    names: names.map((text, i) => ({ text, kind: i === 0 ? 'primary' : /[\u0600-\u06FF]/.test(text) ? 'original-script' : 'alias-strong' })),
    nationalities: [],
    datesOfBirth: [],
    placesOfBirth: [],
    documents: [],
    programmes: [],
    ...extra,
  };
}

const list = [
  person('QDi.001', ['Ayman Muhammad Rabi al-Zawahiri'], { datesOfBirth: [{ date: '1951-06-19' }], nationalities: ['Egypt'] }),
  person('QDi.002', ['Usama bin Muhammad bin Awad bin Ladin', 'أسامة بن محمد بن عوض بن لادن']),
  person('QDi.003', ['Salman bin Muhammad al-Rawi']),
  person('QDi.004', ['Muhammad bin Salman al-Rawi']),
  person('QDi.005', ['Qasim Abdullah Khalid']),
  { ...person('QDe.001', ['Al-Rashid Trust']), kind: 'entity' as const },
];
const index = buildIndex(list);

describe('buildIndex / screen', () => {
  it('reports stats', () => {
    const s = index.stats();
    expect(s.nameStrings).toBe(7);
    expect(s.buildMs).toBeGreaterThanOrEqual(0);
  });
  it('finds candidates despite typos in every part', () => {
    const ids = index.screen({ name: 'Aymen Zawahry' }, { threshold: 0.7 }).map((c) => c.designation.id);
    expect(ids[0]).toBe('QDi.001');
    expect(index.screen({ name: 'Gasim Abdalla Kaled' }, { threshold: 0.7 })[0]?.designation.id).toBe('QDi.005');
  });
  it('finds a Latin-listed person from an Arabic-script query and the reverse', () => {
    expect(index.screen({ name: 'سلمان بن محمد الراوي' }, { threshold: 0.8 })[0]?.designation.id).toBe('QDi.003');
    const latinOnly = buildIndex([person('X', ['عبد الرحمن الشامي'])]);
    expect(latinOnly.screen({ name: 'Abdurrahman ash-Shami' })[0]?.designation.id).toBe('X');
  });
  it('ranks the right brother first and keeps the sibling below threshold', () => {
    const res = index.screen({ name: 'MUHAMMAD BIN SALMAN AL-RAWI' });
    expect(res.map((c) => c.designation.id)).toEqual(['QDi.004']);
  });
  it('applies secondary evidence', () => {
    const same = index.screen({ name: 'Ayman al-Zawahiri', dob: '1951-06-19', nationality: 'EG' }, { threshold: 0 })[0]!;
    const other = index.screen({ name: 'Ayman al-Zawahiri', dob: '1990-01-01', nationality: 'EG' }, { threshold: 0 })[0]!;
    expect(same.score).toBeGreaterThan(other.score);
    expect(other.explanation.reasons.join(' ')).toMatch(/date of birth differs/);
    const asPerson = index.screen({ name: 'Al Rashid Trust', kind: 'person' }, { threshold: 0 })[0]!;
    expect(asPerson.score).toBeLessThan(asPerson.nameScore);
  });
  it('explains which part matched which, and how', () => {
    const c = index.screen({ name: 'Aiman Zawahri', dob: '1951-06-19' })[0]!;
    const parts = c.explanation.parts;
    expect(parts.find((p) => p.query === 'Aiman')).toMatchObject({ matched: 'Ayman', how: 'phonetic' });
    expect(parts.find((p) => p.query === 'Zawahri')?.how).toBe('fuzzy');
    expect(c.explanation.reasons.join(' ')).toMatch(/listed name has part\(s\) not in the query: Muhammad, Rabi/);
    expect(c.explanation.text).toContain('date of birth 1951-06-19 matches');
    expect(c.score).toBeGreaterThan(0);
    expect(c.score).toBeLessThanOrEqual(1);
  });
  it('returns nothing for an unrelated name', () => {
    expect(index.screen({ name: 'Patricia Lucas Wheeler' })).toEqual([]);
  });
  it('finds a name wholly contained in the other, on either side, at the score of the alignment itself', () => {
    // The candidate bound charges a contained name's extra parts as dropped middle parts only when that
    // side can be the contained one (two names weighing 1.7 or more): here both sides can.
    const contained = buildIndex([person('A1', ['Mohammad Yaqoub Haqqani']), person('A2', ['Dost Mohammad'])]);
    for (const [query, listed, id] of [
      ['Mohammad Yaqoub', 'Mohammad Yaqoub Haqqani', 'A1'],
      ['Dost Mohammad Khan Haqqani', 'Dost Mohammad', 'A2'],
    ] as const) {
      const hit = contained.screen({ name: query, kind: 'person' }).find((c) => c.designation.id === id);
      expect(hit?.nameScore, query).toBeCloseTo(scoreNames(query, listed, 'person'), 4);
      expect(hit!.nameScore).toBeGreaterThanOrEqual(0.8);
    }
  });
  it('finds a listed name whose initial matches a query word that no index key reaches', () => {
    // "ADNAN" matches the initial "A" only in the alignment: the bound must charge it no more than a
    // contained name's extra part, although "Ahmed, A" (one name) cannot be the contained side.
    const others = ['Adnan Karimi', 'Adnan Saleh', 'Adnan Faris', 'Hasan Karimi', 'Hasan Saleh', 'Hasan Faris'];
    const initials = buildIndex([person('QDi.028', ['Ahmed, A']), ...others.map((name, i) => person(`X${i}`, [name]))]);
    const query = 'ADNAN S. HASAN AHMED';
    const hit = initials.screen({ name: query, kind: 'person' }, { threshold: 0.6 }).find((c) => c.designation.id === 'QDi.028');
    expect(hit?.nameScore).toBeCloseTo(scoreNames(query, 'Ahmed, A', 'person'), 4);
    expect(hit!.nameScore).toBeGreaterThan(0.8);
  });
  it('finds a listed part one typo away even when the typo moves its skeleton two consonants, at the score of scoring the name alone', () => {
    // Each typo makes or breaks a digraph, adds an x (keyed ks), puts a consonant between two the
    // skeleton joins, or spoils a word the key rewrites whole: the skeletons then share no look-up key.
    const pairs = [
      ['MOHAMED LAKAHL', 'Mohamed Lakhal'],
      ['ABDUL RAUF KAHDEM', 'Abdul Rauf Khadem'],
      ['MIHCEL RUKUNDA', 'Michel Rukunda'],
      ['KIM YONG COL', 'Kim Yong Chol'],
      ['ARIS MUNPANDAR', 'Aris Munandar'],
      ['AHMXD KHALFAN GHAILANI', 'Ahmed Khalfan Ghailani'],
      ['MOUAMED ALI NKALUBO', 'Mohamed Ali Nkalubo'],
    ] as const;
    const typos = buildIndex([...pairs.map(([, listed], i) => person(`T${i}`, [listed])), person('X1', ['Mohamed Lamine']), person('X2', ['Kim Yong Nam'])]);
    pairs.forEach(([query, listed], i) => {
      const expected = scoreNames(query, listed, 'person');
      expect(expected, query).toBeGreaterThanOrEqual(0.8);
      const hit = typos.screen({ name: query, kind: 'person' }).find((c) => c.designation.id === `T${i}`);
      expect(hit?.nameScore, query).toBeCloseTo(expected, 4);
    });
  });
  it('finds a two-consonant word read from Arabic script whose letter Latin writes otherwise (ض = d or z), at the score of scoring the name alone', () => {
    // فيض reads "fid" (skeleton fd), Latin writes Faiz (fz): two-consonant skeletons get no
    // neighbourhood, and no typo key joins them. Each designation has one script only.
    const arabic = person('A1', ['فيض']);
    const latin = person('L1', ['Faiz']);
    const index = buildIndex([arabic, latin, person('X1', ['Fazal']), person('X2', ['فضل'])]);
    const cases = [
      ['Faiz', 'فيض', 'A1'],
      ['Fiaz', 'فيض', 'A1'],
      ['Afiz', 'فيض', 'A1'],
      ['فيض', 'Faiz', 'L1'],
    ] as const;
    for (const [query, listed, id] of cases) {
      const expected = scoreNames(query, listed, 'person');
      expect(expected, query).toBeGreaterThanOrEqual(0.8);
      const hit = index.screen({ name: query, kind: 'person' }).find((c) => c.designation.id === id);
      expect(hit?.nameScore, query).toBeCloseTo(expected, 4);
    }
  });
  it('finds a name whose middle longer part is misspelt between two one-consonant parts, at the score of scoring the name alone', () => {
    // "Ynog" matches no key of "Yong"; "Ri" and "Mu" have one consonant each, so they are not
    // drivers unless the longer parts alone cannot keep such a name below the floor.
    const listed = person('K1', ['RI YONG MU']);
    const index = buildIndex([listed, person('X1', ['RI JONG HO']), person('X2', ['MU YANG'])]);
    const expected = scoreNames('RI YNOG MU', 'RI YONG MU', 'person');
    expect(expected).toBeGreaterThanOrEqual(0.75);
    const hit = index.screen({ name: 'RI YNOG MU', kind: 'person' }).find((c) => c.designation.id === 'K1');
    expect(hit?.nameScore).toBeCloseTo(expected, 4);
  });
  it('finds a one-word listed name that a query pair meets joined while one query part meets it alone, at the score of scoring the name alone', () => {
    // "Rehman" meets ABDUR REHMAN (one part, an abd compound) through its stem; "Abdour Rehman"
    // joined meets it at 0.93, which alignment prefers. The joined pair is keyed as alignment keys it.
    const listed = person('Q1', ['ABDUR REHMAN']);
    const index = buildIndex([listed, person('X1', ['REHMAN MALIK']), person('X2', ['ABDUL KARIM'])]);
    const expected = scoreNames('Abdour Rehman', 'ABDUR REHMAN', 'person');
    expect(expected).toBeGreaterThanOrEqual(0.9);
    const hit = index.screen({ name: 'Abdour Rehman', kind: 'person' }).find((c) => c.designation.id === 'Q1');
    expect(hit?.nameScore).toBeCloseTo(expected, 4);
  });
  it('screens a batch with exactly the results of screening each name alone', () => {
    // Two fresh indexes, so that neither path finds match lists the other has kept.
    const alone = buildIndex(list);
    const together = buildIndex(list);
    const queries = [
      { name: 'Aymen Zawahry', dob: '1951-06-19' },
      { name: 'سلمان بن محمد الراوي' },
      { name: 'MUHAMMAD BIN SALMAN AL-RAWI', kind: 'person' as const },
      { name: 'Al Rashid Trust', kind: 'entity' as const },
      { name: 'Gasim Abdalla Kaled' },
      { name: 'Gasim Abdalla Kaled', nationality: 'IQ' },
      { name: '' },
      { name: 'Patricia Lucas Wheeler' },
      { name: 'Osama Osama bin Laden' },
    ];
    const results = together.screenBatch(queries, { threshold: 0.5 });
    expect(results).toEqual(queries.map((q) => alone.screen(q, { threshold: 0.5 })));
    expect(results.filter((r) => r.length > 0).length).toBeGreaterThanOrEqual(6);
    expect(together.screenBatch([])).toEqual([]);
  });
});
