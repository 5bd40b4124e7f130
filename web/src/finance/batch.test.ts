import { describe, expect, it } from 'vitest';
import { chunk, guessColumn, guessNameColumn, DOB_HEADER, prepareSubjects, screenInChunks } from './batch';
import type { MatchResponse, Subject } from './types';

describe('prepareSubjects', () => {
  const rows = [
    ['  محمد بن عبدالله الاحمد ', '1975-03-04', 'SA', 'C-1'],
    ['', '1980', 'SA', 'C-2'],
    ['Ahmad Ali', '04/03/1975', 'X', ''],
    ['Omar'],
  ];

  it('takes the chosen columns, trims them and leaves out what the server would refuse', () => {
    const prepared = prepareSubjects(rows, { name: 0, dob: 1, nationality: 2, reference: 3 });
    expect(prepared.subjects).toEqual([
      { name: 'محمد بن عبدالله الاحمد', dob: '1975-03-04', nationality: 'SA', reference: 'C-1' },
      { name: 'Ahmad Ali' },
      { name: 'Omar' },
    ]);
    expect(prepared.skipped).toBe(1);
    expect(prepared.datesIgnored).toBe(1);
  });

  it('sends names only when no other column is chosen', () => {
    expect(prepareSubjects(rows, { name: 0, dob: null, nationality: null, reference: null }).subjects[0]).toEqual({ name: 'محمد بن عبدالله الاحمد' });
  });
});

describe('columns', () => {
  it('guesses the name and date columns from English, French or Arabic headers', () => {
    expect(guessNameColumn(['ref', 'Full name', 'dob'])).toBe(1);
    expect(guessNameColumn(['المرجع', 'الاسم'])).toBe(1);
    expect(guessNameColumn(['a', 'b'])).toBe(0);
    expect(guessColumn(['nom', 'date de naissance'], DOB_HEADER)).toBe(1);
    expect(guessColumn(['nom'], DOB_HEADER)).toBeNull();
  });
});

describe('chunk', () => {
  it('splits into parts of at most the given size, in order', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 1000)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow(RangeError);
  });
});

describe('screenInChunks', () => {
  const subjects: Subject[] = Array.from({ length: 2500 }, (_, i) => ({ name: `Person ${i}` }));
  const answer = (part: Subject[]): MatchResponse => ({
    results: part.map((subject) => ({ subject, candidates: [] })),
    lists: { un: 1 },
    recorded: { subjectIds: [], alertsRaised: 2 },
  });

  it('sends chunks of at most 1000, reports progress after each, and adds up the totals', async () => {
    const sizes: number[] = [];
    const progress: number[] = [];
    const totals = await screenInChunks(
      subjects,
      async (part) => {
        sizes.push(part.length);
        const response = answer(part);
        // One subject per chunk has a candidate.
        response.results[0].candidates.push({} as MatchResponse['results'][number]['candidates'][number]);
        return response;
      },
      (done) => progress.push(done),
    );
    expect(sizes).toEqual([1000, 1000, 500]);
    expect(progress).toEqual([1000, 2000, 2500]);
    expect(totals).toEqual({ screened: 2500, withCandidates: 3, alertsRaised: 6 });
  });

  it('stops at the first failed chunk and keeps what was reported', async () => {
    const progress: number[] = [];
    let calls = 0;
    const run = screenInChunks(
      subjects,
      async (part) => {
        calls += 1;
        if (calls === 2) throw new Error('server gone');
        return answer(part);
      },
      (done) => progress.push(done),
    );
    await expect(run).rejects.toThrow('server gone');
    expect(progress).toEqual([1000]);
    expect(calls).toBe(2);
  });
});
