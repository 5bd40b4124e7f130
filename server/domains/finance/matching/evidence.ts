// Secondary evidence beyond the name: date of birth, nationality, entity type, documents.
// Each raises or lowers the name score by a fixed, explained amount.

import type { Designation, EntryKind } from '../designation.js';
import { countryCode } from './country.js';

export interface ScreeningQuery {
  name: string;
  /** YYYY-MM-DD or YYYY. */
  dob?: string;
  /** ISO alpha-2 code or English country name. */
  nationality?: string;
  kind?: 'person' | 'entity';
  /** Passport / ID numbers, compared after removing spaces and punctuation. */
  documents?: string[];
}

export interface Evidence {
  delta: number;
  reasons: string[];
}

export const EVIDENCE = {
  dobExact: 0.06,
  dobYear: 0.03,
  dobInRange: 0.02,
  dobFar: -0.2,
  nationalitySame: 0.03,
  nationalityDiffers: -0.05,
  kindDiffers: -0.3,
  documentSame: 0.1,
  documentDiffers: -0.15,
} as const;

function parseDob(text: string): { year: number; date?: string } | undefined {
  const iso = /^(\d{4})(?:-(\d{2})-(\d{2}))?/.exec(text.trim());
  if (!iso) return undefined;
  return { year: Number(iso[1]), date: iso[2] ? `${iso[1]}-${iso[2]}-${iso[3]}` : undefined };
}

function dobEvidence(dob: string, designation: Designation, out: Evidence): void {
  const q = parseDob(dob);
  if (!q || designation.datesOfBirth.length === 0) return;
  let best: 'exact' | 'year' | 'range' | 'near' | 'far' = 'far';
  let nearestGap = Infinity;
  const rank = { exact: 4, year: 3, range: 2, near: 1, far: 0 } as const;
  for (const d of designation.datesOfBirth) {
    let r: keyof typeof rank;
    const year = d.year ?? (d.date ? Number(d.date.slice(0, 4)) : undefined);
    if (q.date && d.date && q.date === d.date) r = 'exact';
    else if (year !== undefined && year === q.year) r = 'year';
    else if (d.fromYear !== undefined && d.toYear !== undefined && q.year >= d.fromYear && q.year <= d.toYear) r = 'range';
    else {
      const gap = year !== undefined ? Math.abs(year - q.year) : Math.min(Math.abs((d.fromYear ?? q.year) - q.year), Math.abs((d.toYear ?? q.year) - q.year));
      nearestGap = Math.min(nearestGap, gap);
      r = gap <= 1 ? 'near' : 'far';
    }
    if (rank[r] > rank[best]) best = r;
  }
  if (best === 'exact') add(out, EVIDENCE.dobExact, `date of birth ${q.date} matches`);
  else if (best === 'year') add(out, EVIDENCE.dobYear, `year of birth ${q.year} matches`);
  else if (best === 'range') add(out, EVIDENCE.dobInRange, `year of birth ${q.year} is within the listed range`);
  else if (best === 'near') add(out, 0, `year of birth ${q.year} is within one year of the listed one`);
  else add(out, EVIDENCE.dobFar, `date of birth differs by ${nearestGap} years from every listed one`);
}

function nationalityEvidence(nationality: string, designation: Designation, out: Evidence): void {
  const q = countryCode(nationality);
  const listed = designation.nationalities.map(countryCode).filter((c): c is string => c !== undefined);
  if (!q || listed.length === 0) return;
  if (listed.includes(q)) add(out, EVIDENCE.nationalitySame, `nationality ${q} matches`);
  else add(out, EVIDENCE.nationalityDiffers, `nationality ${q} differs from listed ${listed.join('/')}`);
}

function kindEvidence(kind: 'person' | 'entity', listed: EntryKind, out: Evidence): void {
  if (listed === 'unknown') return;
  const listedIsPerson = listed === 'person';
  if ((kind === 'person') !== listedIsPerson) add(out, EVIDENCE.kindDiffers, `query is a ${kind} but the listed entry is a ${listed}`);
}

const cleanDoc = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

function documentEvidence(documents: string[], designation: Designation, out: Evidence): void {
  const q = documents.map(cleanDoc).filter(Boolean);
  const listed = designation.documents.map((d) => cleanDoc(d.number)).filter(Boolean);
  if (q.length === 0 || listed.length === 0) return;
  const same = q.find((d) => listed.includes(d));
  if (same) add(out, EVIDENCE.documentSame, `document number ${same} matches`);
  else add(out, EVIDENCE.documentDiffers, 'document numbers differ from every listed one');
}

function add(out: Evidence, delta: number, reason: string): void {
  out.delta += delta;
  out.reasons.push(delta > 0 ? `+ ${reason}` : delta < 0 ? `− ${reason}` : `= ${reason}`);
}

/** Score adjustment and reasons from everything but the name. */
export function secondaryEvidence(query: ScreeningQuery, designation: Designation): Evidence {
  const out: Evidence = { delta: 0, reasons: [] };
  if (query.dob) dobEvidence(query.dob, designation, out);
  if (query.nationality) nationalityEvidence(query.nationality, designation, out);
  if (query.kind) kindEvidence(query.kind, designation.kind, out);
  if (query.documents?.length) documentEvidence(query.documents, designation, out);
  return out;
}
