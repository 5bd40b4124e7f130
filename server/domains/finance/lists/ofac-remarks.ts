import type { DateOfBirth, IdentityDocument } from '../designation.js';
import { countryOrWording } from './country-codes.js';
import { pushUnique } from './names.js';
import { clean } from './script.js';
import { dictionary } from '../matching/dictionary.js';

/** What can be read from an SDN Remarks field. */
export interface RemarkFacts {
  datesOfBirth: DateOfBirth[];
  placesOfBirth: string[];
  nationalities: string[];
  documents: IdentityDocument[];
}

const MONTHS: Record<string, string> = dictionary({
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06',
  jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
});

/** Reads one OFAC date of birth: `02 Oct 1972`, `Oct 1972`, `1972`, `1960 to 1962`, `circa 1964`, `circa 1960-1962`. */
export function parseOfacDob(text: string): DateOfBirth | undefined {
  const t = clean(text).replace(/\.$/, '');
  const circa = /^circa\s+(.+)$/i.exec(t);
  if (circa) return parseOfacDob(circa[1]);
  const range = /^(.+?)\s*(?:\bto\b|-)\s*(.+)$/i.exec(t);
  if (range && !/^\d{4}-\d{2}-\d{2}$/.test(t)) {
    const from = yearOf(range[1]);
    const to = yearOf(range[2]);
    if (from !== undefined && to !== undefined) return from === to ? { year: from } : { fromYear: Math.min(from, to), toYear: Math.max(from, to) };
    return undefined;
  }
  const full = /^(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(t);
  if (full) {
    const month = MONTHS[full[2].toLowerCase()];
    if (!month) return undefined;
    return { date: `${full[3]}-${month}-${full[1].padStart(2, '0')}` };
  }
  const y = yearOf(t);
  return y === undefined ? undefined : { year: y };
}

function yearOf(text: string): number | undefined {
  const m = /^(?:(?:\d{1,2}\s+)?[A-Za-z]{3}[a-z]*\.?\s+)?(\d{4})$/.exec(clean(text));
  return m ? Number(m[1]) : undefined;
}

// "<type ending in a keyword> <number> [(<country>)] [issued/expires ...]"
const DOCUMENT = /^(.*\b(?:Passport|No\.|Number|ID|Card|Identification|Permit))\s+([^\s(][^(]*?)(?:\s+\(([^)]*)\))?(?:[\s,]+(?:issued|expires|expired|valid|issue date)\b.*)?$/i;
const NOT_A_DOCUMENT = /phone|fax|telex|e-?mail|website|digital currency|swift|\bbic\b|account|nationality|citizen|\bDOB\b|\bPOB\b/i;

/** Splits the Remarks field into its `;`-separated statements and reads the identity facts. */
export function parseOfacRemarks(remarks: string): RemarkFacts {
  const facts: RemarkFacts = { datesOfBirth: [], placesOfBirth: [], nationalities: [], documents: [] };
  for (const raw of clean(remarks).split(/;\s*/)) {
    const statement = raw.replace(/\.$/, '').replace(/^alt\.\s+/i, '').trim();
    if (!statement) continue;
    let m: RegExpExecArray | null;
    if ((m = /^DOB\s+(.+)$/.exec(statement))) {
      const dob = parseOfacDob(m[1]);
      if (dob && !facts.datesOfBirth.some((d) => JSON.stringify(d) === JSON.stringify(dob))) facts.datesOfBirth.push(dob);
    } else if ((m = /^POB\s+(.+)$/.exec(statement))) {
      pushUnique(facts.placesOfBirth, m[1]);
    } else if ((m = /^(?:nationality(?: of registration)?|citizen)\s+(.+)$/i.exec(statement))) {
      if (!/^none identified$/i.test(m[1].trim())) pushUnique(facts.nationalities, countryOrWording(m[1]));
    } else if ((m = DOCUMENT.exec(statement))) {
      const type = clean(m[1]);
      const number = clean(m[2]);
      if (NOT_A_DOCUMENT.test(type) || !/\d/.test(number) || type.length > 60 || /^a\.k\.a\./i.test(type)) continue;
      const country = countryOrWording(m[3]);
      const doc: IdentityDocument = country ? { type, number, country } : { type, number };
      if (!facts.documents.some((d) => d.type === doc.type && d.number === doc.number && d.country === doc.country)) facts.documents.push(doc);
    }
  }
  return facts;
}
