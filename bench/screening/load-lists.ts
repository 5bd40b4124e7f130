// Benchmark-only loader: UN consolidated XML and OFAC sdn.csv + alt.csv into Designation[].
// (The product importers live in server/domains/finance/lists/; this is a small regex pass.)
import { readFileSync } from 'node:fs';
import type { DateOfBirth, Designation, NameForm } from '../../server/domains/finance/designation.js';
import { parseCsv } from './csv.js';

export const DATA = process.env.SANCTIONS_DATA ?? '/work/shared/data/sanctions';

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .trim();
}

function tags(block: string, tag: string): string[] {
  const re = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g');
  return [...block.matchAll(re)].map((m) => decode(m[1]!));
}
const tag = (block: string, name: string): string | undefined => tags(block, name)[0];

export function loadUn(path = `${DATA}/un/consolidated_2026-02-27.xml`): Designation[] {
  const xml = readFileSync(path, 'utf8');
  const out: Designation[] = [];
  for (const m of xml.matchAll(/<(INDIVIDUAL|ENTITY)>([\s\S]*?)<\/\1>/g)) {
    const person = m[1] === 'INDIVIDUAL';
    const b = m[2]!;
    const primary = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
      .map((t) => tag(b, t) ?? '')
      .filter(Boolean)
      .join(' ');
    const names: NameForm[] = [{ text: primary, kind: 'primary', script: 'latin' }];
    for (const a of tags(b, person ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS')) {
      const text = tag(a, 'ALIAS_NAME');
      if (text) names.push({ text, kind: tag(a, 'QUALITY') === 'Low' ? 'alias-weak' : 'alias-strong', script: 'latin' });
    }
    const original = tag(b, 'NAME_ORIGINAL_SCRIPT');
    if (original) names.push({ text: original, kind: 'original-script', script: /[\u0600-\u06FF]/.test(original) ? 'arabic' : 'other' });
    const datesOfBirth: DateOfBirth[] = tags(b, 'INDIVIDUAL_DATE_OF_BIRTH').flatMap((d): DateOfBirth[] => {
      const date = tag(d, 'DATE');
      const year = tag(d, 'YEAR');
      const from = tag(d, 'FROM_YEAR');
      const to = tag(d, 'TO_YEAR');
      if (date) return [{ date: date.slice(0, 10) }];
      if (year) return [{ year: Number(year) }];
      if (from && to) return [{ fromYear: Number(from), toYear: Number(to) }];
      return [];
    });
    const nationality = tags(b, 'NATIONALITY').flatMap((n) => tags(n, 'VALUE'));
    out.push({
      source: 'un',
      id: tag(b, 'REFERENCE_NUMBER') ?? '',
      kind: person ? 'person' : 'entity',
      names,
      nationalities: nationality,
      datesOfBirth,
      placesOfBirth: [],
      documents: tags(b, 'INDIVIDUAL_DOCUMENT').flatMap((d) => {
        const number = tag(d, 'NUMBER');
        return number ? [{ type: tag(d, 'TYPE_OF_DOCUMENT') ?? '', number }] : [];
      }),
      programmes: [tag(b, 'UN_LIST_TYPE') ?? ''],
      listedOn: tag(b, 'LISTED_ON'),
    });
  }
  return out;
}

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};
const nil = (v: string | undefined): string => (v === undefined || v.trim() === '-0-' ? '' : v.trim());

function ofacDobs(remarks: string): DateOfBirth[] {
  const out: DateOfBirth[] = [];
  for (const m of remarks.matchAll(/DOB (?:circa )?(?:(\d{1,2}) )?(?:([A-Z][a-z]{2}) )?(\d{4})(?: to (\d{4}))?/g)) {
    const [, day, mon, year, to] = m;
    if (to) out.push({ fromYear: Number(year), toYear: Number(to) });
    else if (day && mon && MONTHS[mon.toLowerCase()]) out.push({ date: `${year}-${MONTHS[mon.toLowerCase()]}-${day.padStart(2, '0')}` });
    else out.push({ year: Number(year) });
  }
  return out;
}

export function loadOfac(sdnPath = `${DATA}/ofac/sdn_2024-05-03.csv`, altPath = `${DATA}/ofac/alt_2024-09-25.csv`): Designation[] {
  const byId = new Map<string, Designation>();
  for (const r of parseCsv(readFileSync(sdnPath, 'latin1'))) {
    if (!/^\d+$/.test((r[0] ?? '').trim())) continue;
    const type = nil(r[2]);
    const remarks = nil(r[11]);
    const kind = type === 'individual' ? 'person' : type === 'vessel' ? 'vessel' : type === 'aircraft' ? 'aircraft' : 'entity';
    byId.set(r[0]!.trim(), {
      source: 'ofac',
      id: r[0]!.trim(),
      kind,
      names: [{ text: nil(r[1]), kind: 'primary', script: 'latin' }],
      nationalities: [...remarks.matchAll(/(?:nationality|citizen) ([A-Z][A-Za-z ]+?)(?=[;.,(]|$)/g)].map((m) => m[1]!),
      datesOfBirth: ofacDobs(remarks),
      placesOfBirth: [],
      documents: [...remarks.matchAll(/(Passport|National ID No\.|Cedula No\.) ([A-Z0-9-]{4,})/g)].map((m) => ({ type: m[1]!, number: m[2]! })),
      programmes: nil(r[3]).split(/\] ?\[/).map((p) => p.replace(/[[\]]/g, '')),
      remarks,
    });
  }
  for (const r of parseCsv(readFileSync(altPath, 'latin1'))) {
    if (!/^\d+$/.test((r[0] ?? '').trim())) continue;
    const d = byId.get(r[0]!.trim());
    const name = nil(r[3]);
    if (!d || !name) continue;
    d.names.push({ text: name, kind: /weak/i.test(nil(r[4])) ? 'alias-weak' : 'alias-strong', script: 'latin' });
  }
  return [...byId.values()];
}

export function loadAll(): Designation[] {
  return [...loadUn(), ...loadOfac()];
}
