import type { Designation } from './designation.js';

// Small hand-written designations for integration tests of storage, screening and review.
// (The importers have their own fixtures taken from the real lists.)
export function sampleDesignations(): Designation[] {
  const base = { nationalities: [], datesOfBirth: [], placesOfBirth: [], documents: [], programmes: ['Al-Qaida'] };
  return [
    {
      ...base,
      source: 'un',
      id: 'QDi.900',
      kind: 'person',
      names: [
        { text: 'MOHAMMED BIN ABDULLAH AL-AHMAD', kind: 'primary', script: 'latin' },
        { text: 'Abu Abdullah', kind: 'alias-weak', script: 'latin' },
        { text: 'محمد بن عبد الله الأحمد', kind: 'original-script', script: 'arabic' },
      ],
      nationalities: ['SA'],
      datesOfBirth: [{ year: 1975 }],
    },
    {
      ...base,
      source: 'un',
      id: 'QDi.901',
      kind: 'person',
      names: [{ text: 'KHALID YOUSEF HUSSEIN', kind: 'primary', script: 'latin' }],
      datesOfBirth: [{ date: '1968-02-03' }],
    },
    {
      ...base,
      source: 'un',
      id: 'QDe.500',
      kind: 'entity',
      names: [{ text: 'AL-NUR CHARITABLE FOUNDATION', kind: 'primary', script: 'latin' }],
    },
  ];
}
