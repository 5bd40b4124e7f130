import type { Address, DateOfBirth, Designation, EntryKind, IdentityDocument, NameForm } from '../designation.js';
import { addAddress } from './addresses.js';
import { countryOrWording } from './country-codes.js';
import { ImportError } from './import-error.js';
import { inputName, type ListInput, type ParseOptions } from './input.js';
import { pushUnique } from './names.js';
import { clean, detectScript } from './script.js';
import { children, streamXmlRecords, type XmlNode } from './xml-stream.js';
import { dictionary } from '../matching/dictionary.js';

const RECORDS = new Set(['sanctionEntity']);
const KINDS: Record<string, EntryKind> = dictionary({ person: 'person', enterprise: 'entity', vessel: 'vessel', aircraft: 'aircraft' });

/**
 * Parses the EU consolidated financial sanctions list (FSF "xmlFullSanctionsList_1_1", root
 * `export`), streaming. Returns every sanctionEntity or throws an ImportError naming element and line.
 */
export async function parseEuXml(input: ListInput, opts: ParseOptions = {}): Promise<Designation[]> {
  const file = inputName(input, 'eu-sanctions.xml', opts.fileName);
  const out: Designation[] = [];
  const seen = new Map<string, number>();
  await streamXmlRecords(input, {
    fileName: file,
    root: 'export',
    records: RECORDS,
    onProgress: opts.onProgress,
    onRecord: (node) => {
      const d = toDesignation(node, file);
      const first = seen.get(d.id);
      if (first !== undefined) {
        throw new ImportError({ file, line: node.line, element: node.name }, `sanctionEntity ${d.id} repeats the logicalId first used on line ${first}`);
      }
      seen.set(d.id, node.line);
      out.push(d);
    },
  });
  return out;
}

function attr(node: XmlNode, name: string): string {
  return clean(node.attrs[name]);
}

/** ISO code when the list gives a real one (it writes `00` for unknown), else the description. */
function country(node: XmlNode): string | undefined {
  const code = attr(node, 'countryIso2Code').toUpperCase();
  if (/^[A-Z]{2}$/.test(code) && code !== '00') return code;
  const description = attr(node, 'countryDescription');
  if (!description || /^unknown$/i.test(description)) return undefined;
  return countryOrWording(description);
}

function yearAttr(node: XmlNode, name: string, file: string): number | undefined {
  const text = attr(node, name);
  if (!text) return undefined;
  if (!/^\d{4}$/.test(text)) throw new ImportError({ file, line: node.line, element: node.name }, `${node.name} ${name} "${text}" is not a four-digit year`);
  return Number(text);
}

function toDesignation(node: XmlNode, file: string): Designation {
  const id = attr(node, 'logicalId');
  if (!id) throw new ImportError({ file, line: node.line, element: node.name }, 'sanctionEntity without logicalId');

  const subject = children(node, 'subjectType')[0];
  const kind: EntryKind = KINDS[subject ? attr(subject, 'code').toLowerCase() : ''] ?? 'unknown';

  // Name forms in file order; the first strong Latin-script one becomes the primary name.
  const raw: Array<{ text: string; strong: boolean; script: NonNullable<NameForm['script']> }> = [];
  for (const alias of children(node, 'nameAlias')) {
    const text = attr(alias, 'wholeName') || [attr(alias, 'firstName'), attr(alias, 'middleName'), attr(alias, 'lastName')].filter(Boolean).join(' ');
    if (!text) continue;
    raw.push({ text, strong: attr(alias, 'strong').toLowerCase() !== 'false', script: detectScript(text) });
  }
  if (raw.length === 0) throw new ImportError({ file, line: node.line, element: node.name }, `sanctionEntity ${id} has no nameAlias with a name`);
  let primaryIndex = raw.findIndex((n) => n.strong && n.script === 'latin');
  if (primaryIndex < 0) primaryIndex = raw.findIndex((n) => n.strong);
  if (primaryIndex < 0) primaryIndex = 0;
  const names: NameForm[] = [];
  const seenNames = new Set<string>();
  const add = (form: NameForm) => {
    const key = `${form.kind}\u0000${form.text}`;
    if (seenNames.has(key)) return;
    seenNames.add(key);
    names.push(form);
  };
  add({ text: raw[primaryIndex].text, kind: 'primary', script: raw[primaryIndex].script });
  raw.forEach((n, i) => {
    if (i === primaryIndex) return;
    const kind = n.script !== 'latin' ? 'original-script' : n.strong ? 'alias-strong' : 'alias-weak';
    add({ text: n.text, kind, script: n.script });
  });

  const nationalities: string[] = [];
  for (const c of children(node, 'citizenship')) pushUnique(nationalities, country(c));

  const datesOfBirth: DateOfBirth[] = [];
  const placesOfBirth: string[] = [];
  for (const b of children(node, 'birthdate')) {
    const dob: DateOfBirth = {};
    const date = attr(b, 'birthdate');
    if (date) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ImportError({ file, line: b.line, element: 'birthdate' }, `birthdate "${date}" of ${id} is not YYYY-MM-DD`);
      dob.date = date;
    } else {
      const year = yearAttr(b, 'year', file);
      if (year !== undefined) dob.year = year;
    }
    const from = yearAttr(b, 'yearRangeFrom', file);
    const to = yearAttr(b, 'yearRangeTo', file);
    if (from !== undefined) dob.fromYear = from;
    if (to !== undefined) dob.toYear = to;
    if (Object.keys(dob).length > 0 && !datesOfBirth.some((d) => JSON.stringify(d) === JSON.stringify(dob))) datesOfBirth.push(dob);
    const place = [attr(b, 'city'), attr(b, 'place'), attr(b, 'region'), attr(b, 'countryDescription')]
      .filter((p) => p && !/^unknown$/i.test(p))
      .join(', ');
    pushUnique(placesOfBirth, place);
  }

  const documents: IdentityDocument[] = [];
  for (const doc of children(node, 'identification')) {
    const number = attr(doc, 'number') || attr(doc, 'latinNumber');
    if (!number) continue;
    const type = attr(doc, 'identificationTypeCode') || attr(doc, 'identificationTypeDescription') || 'document';
    const c = country(doc);
    documents.push(c ? { type, number, country: c } : { type, number });
  }

  const addresses: Address[] = [];
  for (const a of children(node, 'address')) {
    addAddress(addresses, {
      street: [attr(a, 'street'), attr(a, 'poBox') && `PO Box ${attr(a, 'poBox')}`].filter(Boolean).join(', '),
      city: [attr(a, 'city'), attr(a, 'place')].filter(Boolean).join(', '),
      region: attr(a, 'region'),
      postalCode: attr(a, 'zipCode'),
      country: country(a) ?? '',
    });
  }

  const programmes: string[] = [];
  let listedOn = attr(node, 'designationDate');
  for (const reg of children(node, 'regulation')) {
    pushUnique(programmes, attr(reg, 'programme'));
    const published = attr(reg, 'publicationDate');
    if (!node.attrs.designationDate && /^\d{4}-\d{2}-\d{2}$/.test(published) && (!listedOn || published < listedOn)) listedOn = published;
  }

  const remarks = [attr(node, 'designationDetails'), ...children(node, 'remark').map((r) => clean(r.text))].filter(Boolean).join(' ');
  const designation: Designation = { source: 'eu', id, kind, names, nationalities, datesOfBirth, placesOfBirth, documents, programmes };
  if (addresses.length) designation.addresses = addresses;
  if (/^\d{4}-\d{2}-\d{2}/.test(listedOn)) designation.listedOn = listedOn.slice(0, 10);
  if (remarks) designation.remarks = remarks;
  return designation;
}
