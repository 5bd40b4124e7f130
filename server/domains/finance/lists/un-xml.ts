import type { Address, DateOfBirth, Designation, IdentityDocument } from '../designation.js';
import { addAddress } from './addresses.js';
import { countryOrWording } from './country-codes.js';
import { ImportError } from './import-error.js';
import { inputName, type ListInput, type ParseOptions } from './input.js';
import { NameList, pushUnique } from './names.js';
import { clean } from './script.js';
import { child, children, childText, streamXmlRecords, type XmlNode } from './xml-stream.js';

const RECORDS = new Set(['INDIVIDUAL', 'ENTITY']);

/** Counts of what the file held, before name forms that repeat within an entry were merged. */
export interface UnParseStats {
  individuals: number;
  entities: number;
  /** Non-empty INDIVIDUAL_ALIAS / ENTITY_ALIAS elements. */
  individualAliases: number;
  entityAliases: number;
  /** Entries carrying a non-empty NAME_ORIGINAL_SCRIPT. */
  individualsWithOriginalScript: number;
  entitiesWithOriginalScript: number;
  /** Name forms dropped because the same entry lists the same text with the same kind twice. */
  repeatedNamesMerged: number;
  /** The file's dateGenerated attribute, if any. */
  dateGenerated?: string;
}

export interface UnParseOptions extends ParseOptions {
  onStats?: (stats: UnParseStats) => void;
}
const DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * Parses the UN Security Council Consolidated List XML (root CONSOLIDATED_LIST), streaming.
 * Returns every individual and entity, or throws an ImportError naming the element and line.
 */
export async function parseUnXml(input: ListInput, opts: UnParseOptions = {}): Promise<Designation[]> {
  const file = inputName(input, 'consolidated.xml', opts.fileName);
  const out: Designation[] = [];
  const stats: UnParseStats = {
    individuals: 0, entities: 0, individualAliases: 0, entityAliases: 0,
    individualsWithOriginalScript: 0, entitiesWithOriginalScript: 0, repeatedNamesMerged: 0,
  };
  const seen = new Map<string, number>();
  await streamXmlRecords(input, {
    fileName: file,
    root: 'CONSOLIDATED_LIST',
    records: RECORDS,
    onProgress: opts.onProgress,
    onRoot: (attrs) => {
      if (attrs.dateGenerated) stats.dateGenerated = attrs.dateGenerated;
    },
    onRecord: (node) => {
      const d = toDesignation(node, file, stats);
      const first = seen.get(d.id);
      if (first !== undefined) {
        throw new ImportError({ file, line: node.line, element: node.name }, `${node.name} ${d.id} repeats the REFERENCE_NUMBER first used on line ${first}`);
      }
      seen.set(d.id, node.line);
      out.push(d);
    },
  });
  opts.onStats?.(stats);
  return out;
}

function fail(file: string, node: XmlNode, problem: string): never {
  throw new ImportError({ file, line: node.line, element: node.name }, problem);
}

function toDesignation(node: XmlNode, file: string, stats: UnParseStats): Designation {
  const isPerson = node.name === 'INDIVIDUAL';
  const id = childText(node, 'REFERENCE_NUMBER');
  if (!id) fail(file, node, `${node.name} without REFERENCE_NUMBER`);

  if (isPerson) stats.individuals++;
  else stats.entities++;
  const names = new NameList();
  const datesOfBirth: DateOfBirth[] = [];
  const placesOfBirth: string[] = [];
  const addDob = (dob: DateOfBirth | undefined) => {
    if (dob && !datesOfBirth.some((d) => sameDob(d, dob))) datesOfBirth.push(dob);
  };
  const primary = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((n) => childText(node, n)).filter(Boolean).join(' ');
  names.add(primary, 'primary');
  for (const alias of children(node, isPerson ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS')) {
    const text = childText(alias, 'ALIAS_NAME');
    if (!text) continue;
    if (isPerson) stats.individualAliases++;
    else stats.entityAliases++;
    const quality = childText(alias, 'QUALITY').toLowerCase();
    names.add(text, quality === 'low' || quality === 'weak' ? 'alias-weak' : 'alias-strong');
    // An alias may carry the birth details used with it; they describe the same person.
    const aliasDob = childText(alias, 'DATE_OF_BIRTH');
    if (/^\d{4}-\d{2}-\d{2}$/.test(aliasDob)) addDob({ date: aliasDob });
    else if (/^\d{4}$/.test(aliasDob)) addDob({ year: Number(aliasDob) });
    pushUnique(placesOfBirth, [childText(alias, 'CITY_OF_BIRTH'), childText(alias, 'COUNTRY_OF_BIRTH')].filter(Boolean).join(', '));
  }
  let originals = 0;
  for (const original of children(node, 'NAME_ORIGINAL_SCRIPT')) {
    if (clean(original.text)) originals++;
    names.add(original.text, 'original-script');
  }
  if (originals > 0) {
    if (isPerson) stats.individualsWithOriginalScript++;
    else stats.entitiesWithOriginalScript++;
  }
  stats.repeatedNamesMerged += names.repeats;
  if (names.forms.length === 0) fail(file, node, `${node.name} ${id} has no name (FIRST_NAME..FOURTH_NAME, aliases or NAME_ORIGINAL_SCRIPT)`);

  const nationalities: string[] = [];
  const documents: IdentityDocument[] = [];
  if (isPerson) {
    for (const dob of children(node, 'INDIVIDUAL_DATE_OF_BIRTH')) {
      addDob(dateOfBirth(dob, file, id));
    }
    for (const pob of children(node, 'INDIVIDUAL_PLACE_OF_BIRTH')) {
      const place = ['STREET', 'CITY', 'STATE_PROVINCE', 'COUNTRY'].map((n) => childText(pob, n)).filter(Boolean).join(', ');
      pushUnique(placesOfBirth, place);
    }
    for (const nat of children(node, 'NATIONALITY')) {
      for (const value of children(nat, 'VALUE')) {
        const text = clean(value.text);
        if (!text || /^(na|n\/a)$/i.test(text)) continue;
        pushUnique(nationalities, countryOrWording(text));
      }
    }
    for (const doc of children(node, 'INDIVIDUAL_DOCUMENT')) {
      const number = childText(doc, 'NUMBER');
      if (!number) continue;
      const type = childText(doc, 'TYPE_OF_DOCUMENT') || childText(doc, 'TYPE_OF_DOCUMENT2') || 'Document';
      const country = countryOrWording(childText(doc, 'ISSUING_COUNTRY') || childText(doc, 'COUNTRY_OF_ISSUE'));
      documents.push(country ? { type, number, country } : { type, number });
    }
  }

  const addresses: Address[] = [];
  for (const a of children(node, isPerson ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS')) {
    const country = childText(a, 'COUNTRY');
    addAddress(addresses, {
      street: childText(a, 'STREET'),
      city: childText(a, 'CITY'),
      region: childText(a, 'STATE_PROVINCE'),
      postalCode: childText(a, 'ZIP_CODE'),
      country: country ? countryOrWording(country) : '',
      note: childText(a, 'NOTE'),
    });
  }

  const programmes: string[] = [];
  for (const list of children(node, 'UN_LIST_TYPE')) pushUnique(programmes, list.text);
  const listed = childText(node, 'LISTED_ON');
  const remarks = childText(node, 'COMMENTS1');
  const designation: Designation = {
    source: 'un',
    id,
    kind: isPerson ? 'person' : 'entity',
    names: names.forms,
    nationalities,
    datesOfBirth,
    placesOfBirth,
    documents,
    programmes,
  };
  if (addresses.length) designation.addresses = addresses;
  if (DATE.test(listed)) designation.listedOn = listed.slice(0, 10);
  if (remarks) designation.remarks = remarks;
  return designation;
}

function year(node: XmlNode, name: string, file: string, id: string): number | undefined {
  const text = childText(node, name);
  if (!text) return undefined;
  if (!/^\d{4}$/.test(text)) fail(file, child(node, name)!, `${name} "${text}" of ${id} is not a four-digit year`);
  return Number(text);
}

function dateOfBirth(node: XmlNode, file: string, id: string): DateOfBirth | undefined {
  const dob: DateOfBirth = {};
  const date = childText(node, 'DATE');
  if (date) {
    if (!DATE.test(date)) fail(file, child(node, 'DATE')!, `DATE "${date}" of ${id} is not YYYY-MM-DD`);
    dob.date = date.slice(0, 10);
  }
  const y = year(node, 'YEAR', file, id);
  if (y !== undefined) dob.year = y;
  const from = year(node, 'FROM_YEAR', file, id);
  const to = year(node, 'TO_YEAR', file, id);
  if (from !== undefined) dob.fromYear = from;
  if (to !== undefined) dob.toYear = to;
  return Object.keys(dob).length > 0 ? dob : undefined;
}

function sameDob(a: DateOfBirth, b: DateOfBirth): boolean {
  return a.date === b.date && a.year === b.year && a.fromYear === b.fromYear && a.toYear === b.toYear;
}
