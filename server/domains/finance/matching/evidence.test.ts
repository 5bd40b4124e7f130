import { describe, expect, it } from 'vitest';
import type { Designation } from '../designation.js';
import { EVIDENCE, secondaryEvidence } from './evidence.js';

const listed: Designation = {
  source: 'un',
  id: 'QDi.999',
  kind: 'person',
  names: [{ text: 'Khalid Ahmad', kind: 'primary' }],
  nationalities: ['Iraq'],
  datesOfBirth: [{ date: '1970-05-01' }, { year: 1971 }],
  placesOfBirth: [],
  documents: [{ type: 'Passport', number: 'A 123456' }],
  programmes: [],
};
const ev = (q: Partial<Parameters<typeof secondaryEvidence>[0]>) => secondaryEvidence({ name: 'x', ...q }, listed);

describe('secondary evidence', () => {
  it('raises the score for an exact date of birth and lowers it when far off', () => {
    expect(ev({ dob: '1970-05-01' }).delta).toBe(EVIDENCE.dobExact);
    expect(ev({ dob: '1971' }).delta).toBe(EVIDENCE.dobYear);
    expect(ev({ dob: '1972-01-01' }).delta).toBe(0); // within one year of 1971
    const far = ev({ dob: '1985-03-03' });
    expect(far.delta).toBe(EVIDENCE.dobFar);
    expect(far.reasons[0]).toMatch(/differs by 14 years/);
  });
  it('compares nationality by ISO code or English name', () => {
    expect(ev({ nationality: 'iq' }).delta).toBe(EVIDENCE.nationalitySame);
    expect(ev({ nationality: 'Jordan' }).delta).toBe(EVIDENCE.nationalityDiffers);
  });
  it('penalises a person query against an entity', () => {
    expect(secondaryEvidence({ name: 'x', kind: 'person' }, { ...listed, kind: 'entity' }).delta).toBe(EVIDENCE.kindDiffers);
    expect(ev({ kind: 'person' }).delta).toBe(0);
  });
  it('uses document numbers', () => {
    expect(ev({ documents: ['a123456'] }).delta).toBe(EVIDENCE.documentSame);
    expect(ev({ documents: ['B999'] }).delta).toBe(EVIDENCE.documentDiffers);
  });
  it('is neutral without data', () => expect(ev({}).delta).toBe(0));
});
