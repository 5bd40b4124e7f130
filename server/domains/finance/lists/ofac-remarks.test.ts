import { describe, expect, it } from 'vitest';
import { parseOfacDob, parseOfacRemarks } from './ofac-remarks.js';

describe('parseOfacDob', () => {
  it.each([
    ['01 Jan 1960', { date: '1960-01-01' }],
    ['1 Feb 1961', { date: '1961-02-01' }],
    ['Mar 1955', { year: 1955 }],
    ['1958', { year: 1958 }],
    ['circa 1964', { year: 1964 }],
    ['circa 01 Jan 1964', { date: '1964-01-01' }],
    ['1960 to 1962', { fromYear: 1960, toYear: 1962 }],
    ['02 Oct 1960 to 05 Oct 1962', { fromYear: 1960, toYear: 1962 }],
    ['Jan 1960 to Dec 1961', { fromYear: 1960, toYear: 1961 }],
    ['circa 1960-1962', { fromYear: 1960, toYear: 1962 }],
  ])('reads %s', (text, expected) => {
    expect(parseOfacDob(text)).toEqual(expected);
  });

  it('gives up on what it cannot read', () => {
    expect(parseOfacDob('unknown')).toBeUndefined();
    expect(parseOfacDob('31 Foo 1960')).toBeUndefined();
  });
});

describe('parseOfacRemarks', () => {
  it('reads the example from the brief', () => {
    expect(parseOfacRemarks('DOB 01 Jan 1960; POB Baghdad, Iraq; nationality Iraq; Passport A123 (Iraq)')).toEqual({
      datesOfBirth: [{ date: '1960-01-01' }],
      placesOfBirth: ['Baghdad, Iraq'],
      nationalities: ['IQ'],
      documents: [{ type: 'Passport', number: 'A123', country: 'IQ' }],
    });
  });

  it('reads alternatives, citizenship, several document kinds and skips contact details', () => {
    const facts = parseOfacRemarks(
      "DOB 1960; alt. DOB 1962; POB Sinaloa, Mexico; citizen Korea, North; alt. nationality Burma; Passport 123 (Iran) expires 01 Jan 2020; " +
        'National ID No. 0012 (Iran); Tax ID No. 7701 (Russia); Phone Number 74951234567; Email Address x@y.z; Website www.x.com; ' +
        "Vessel Registration Identification IMO 9187629; Gender Male; a.k.a. 'X'.",
    );
    expect(facts.datesOfBirth).toEqual([{ year: 1960 }, { year: 1962 }]);
    expect(facts.placesOfBirth).toEqual(['Sinaloa, Mexico']);
    expect(facts.nationalities).toEqual(['KP', 'MM']);
    expect(facts.documents).toEqual([
      { type: 'Passport', number: '123', country: 'IR' },
      { type: 'National ID No.', number: '0012', country: 'IR' },
      { type: 'Tax ID No.', number: '7701', country: 'RU' },
      { type: 'Vessel Registration Identification', number: 'IMO 9187629' },
    ]);
  });

  it('keeps unknown country wording and reads nationality of registration', () => {
    expect(parseOfacRemarks('nationality possibly Palestinian; Nationality of Registration Marshall Islands').nationalities).toEqual(['possibly Palestinian', 'MH']);
  });
});
