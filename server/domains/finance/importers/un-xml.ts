import type { DateOfBirth, Designation, IdentityDocument, NameForm } from '../designation.js';
import { countryCode } from '../matching/index.js';
import { ImportError } from './import-error.js';
import type { ListInput, ParseOptions } from './input.js';
import { scriptOf } from './script.js';
import { child, children, forEachEntry, textOf, type XmlNode } from './xml-elements.js';

// The UN Security Council Consolidated List (scsanctions.un.org consolidated.xml):
// <CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>… and <ENTITIES><ENTITY>…

function aliasKind(quality: string): NameForm['kind'] {
  return quality.toLowerCase() === 'low' ? 'alias-weak' : 'alias-strong';
}

function datesOfBirth(node: XmlNode): DateOfBirth[] {
  return children(node, 'INDIVIDUAL_DATE_OF_BIRTH').flatMap((d): DateOfBirth[] => {
    const date = textOf(d, 'DATE');
    const year = textOf(d, 'YEAR');
    const from = textOf(d, 'FROM_YEAR');
    const to = textOf(d, 'TO_YEAR');
    if (date) return [{ date: date.slice(0, 10) }];
    if (year) return [{ year: Number(year) }];
    if (from || to) return [{ fromYear: from ? Number(from) : undefined, toYear: to ? Number(to) : undefined }];
    return [];
  });
}

function documents(node: XmlNode): IdentityDocument[] {
  return children(node, 'INDIVIDUAL_DOCUMENT').flatMap((d) => {
    const number = textOf(d, 'NUMBER');
    if (!number) return [];
    const country = textOf(d, 'ISSUING_COUNTRY') || textOf(d, 'COUNTRY_OF_ISSUE');
    return [{ type: textOf(d, 'TYPE_OF_DOCUMENT') || 'document', number, country: country ? (countryCode(country) ?? country) : undefined }];
  });
}

function placesOfBirth(node: XmlNode): string[] {
  return children(node, 'INDIVIDUAL_PLACE_OF_BIRTH')
    .map((p) => [textOf(p, 'CITY'), textOf(p, 'STATE_PROVINCE'), textOf(p, 'COUNTRY')].filter(Boolean).join(', '))
    .filter(Boolean);
}

function toDesignation(node: XmlNode, file: string): Designation {
  const person = node.name === 'INDIVIDUAL';
  const id = textOf(node, 'REFERENCE_NUMBER');
  if (!id) throw new ImportError(`${file} line ${node.line}: ${node.name} without REFERENCE_NUMBER`);
  const names: NameForm[] = [];
  const primary = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((n) => textOf(node, n)).filter(Boolean).join(' ');
  if (primary) names.push({ text: primary, kind: 'primary', script: scriptOf(primary) });
  for (const alias of children(node, person ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS')) {
    const text = textOf(alias, 'ALIAS_NAME');
    if (text) names.push({ text, kind: aliasKind(textOf(alias, 'QUALITY')), script: scriptOf(text) });
  }
  const original = textOf(node, 'NAME_ORIGINAL_SCRIPT');
  if (original) names.push({ text: original, kind: 'original-script', script: scriptOf(original) });
  if (names.length === 0) throw new ImportError(`${file} line ${node.line}: ${node.name} ${id} has no name`);
  const nationality = child(node, 'NATIONALITY');
  const remarks = textOf(node, 'COMMENTS1');
  return {
    source: 'un',
    id,
    kind: person ? 'person' : 'entity',
    names,
    nationalities: nationality ? children(nationality, 'VALUE').map((v) => textOf(v)).filter(Boolean).map((v) => countryCode(v) ?? v) : [],
    datesOfBirth: person ? datesOfBirth(node) : [],
    placesOfBirth: person ? placesOfBirth(node) : [],
    documents: person ? documents(node) : [],
    programmes: [textOf(node, 'UN_LIST_TYPE')].filter(Boolean),
    listedOn: textOf(node, 'LISTED_ON') || undefined,
    remarks: remarks || undefined,
  };
}

export async function parseUnXml(input: ListInput, options: ParseOptions = {}): Promise<Designation[]> {
  const file = typeof input === 'string' ? input.split('/').pop()! : input.name;
  const out: Designation[] = [];
  const seen = new Set<string>();
  await forEachEntry(input, ['INDIVIDUAL', 'ENTITY'], (node) => {
    const designation = toDesignation(node, file);
    if (seen.has(designation.id)) throw new ImportError(`${file} line ${node.line}: REFERENCE_NUMBER ${designation.id} appears twice`);
    seen.add(designation.id);
    out.push(designation);
  }, { ...options, rootName: 'CONSOLIDATED_LIST' });
  return out;
}
