import type { Address, Designation, EntryKind, IdentityDocument, NameKind } from '../designation.js';
import { addAddress } from './addresses.js';
import { countryOrWording } from './country-codes.js';
import { readCsv, type CsvRecord } from './csv.js';
import { ImportError } from './import-error.js';
import { inputName, inputSize, readText, ProgressTracker, type ListInput, type ParseOptions } from './input.js';
import { NameList, pushUnique } from './names.js';
import { parseOfacRemarks } from './ofac-remarks.js';
import { clean } from './script.js';
import { dictionary } from '../matching/dictionary.js';

export interface OfacFiles {
  /** sdn.csv: the primary records. */
  sdn: ListInput;
  /** alt.csv: aliases. */
  alt?: ListInput;
  /** add.csv: addresses. */
  add?: ListInput;
}

export interface OfacAddress {
  address?: string;
  cityStatePostal?: string;
  country?: string;
  remarks?: string;
}

export interface OfacStats {
  entries: number;
  altRows: number;
  altJoined: number;
  /** alt.csv rows whose ent_num is not in sdn.csv (e.g. designated after the sdn copy). */
  altOrphans: number;
  addRows: number;
  addJoined: number;
  addOrphans: number;
  /** Distinct ent_nums referenced by alt/add rows but missing from sdn.csv. */
  orphanEntNums: number[];
}

export interface OfacResult {
  designations: Designation[];
  /** Addresses by ent_num as the file gives them (also on each designation, as `addresses`). */
  addresses: Map<string, OfacAddress[]>;
  stats: OfacStats;
}

export interface OfacParseOptions extends ParseOptions {
  onStats?: (stats: OfacStats) => void;
}

const SDN_FIELDS = ['ent_num', 'SDN_Name', 'SDN_Type', 'Program', 'Title', 'Call_Sign', 'Vess_type', 'Tonnage', 'GRT', 'Vess_flag', 'Vess_owner', 'Remarks'];
const ALT_FIELDS = ['ent_num', 'alt_num', 'alt_type', 'alt_name', 'alt_remarks'];
const ADD_FIELDS = ['ent_num', 'add_num', 'address', 'city_state_postal', 'country', 'add_remarks'];

const KINDS: Record<string, EntryKind> = dictionary({ individual: 'person', vessel: 'vessel', aircraft: 'aircraft', '': 'entity' });

/** OFAC writes `-0-` (often with a trailing space) for an empty field. */
function value(field: string): string {
  const t = field.trim();
  return t === '-0-' ? '' : t;
}

type Row = { line: number; get: (name: string) => string };

/**
 * Yields the data rows of one OFAC CSV file with named access, checking the column count and
 * skipping a header row, blank rows and the `\x1a` end-of-file marker row.
 */
async function* rows(input: ListInput, file: string, columns: string[], progress: ProgressTracker): AsyncGenerator<Row> {
  let first = true;
  for await (const record of readCsv(readText(input, progress.add), file) as AsyncIterable<CsvRecord>) {
    const { fields, line } = record;
    const head = fields[0].trim();
    if (head.startsWith('\x1a') || (fields.length === 1 && head === '')) continue;
    if (first && head.toLowerCase() === 'ent_num') {
      first = false;
      continue;
    }
    first = false;
    if (fields.length !== columns.length) {
      throw new ImportError({ file, line }, `expected ${columns.length} fields (${columns.join(', ')}), found ${fields.length}`);
    }
    yield {
      line,
      get: (name) => {
        const i = columns.indexOf(name);
        return value(fields[i]);
      },
    };
  }
}

function integer(row: Row, field: string, file: string): number {
  const text = row.get(field);
  if (!/^\d+$/.test(text)) throw new ImportError({ file, line: row.line, field }, `field ${field} "${text}" is not a number`);
  return Number(text);
}

function required(row: Row, field: string, file: string): string {
  const text = clean(row.get(field));
  if (!text) throw new ImportError({ file, line: row.line, field }, `field ${field} is empty`);
  return text;
}

function programmes(program: string): string[] {
  const out: string[] = [];
  for (const part of program.split(/\]\s*\[/)) pushUnique(out, part.replace(/[[\]]/g, ''));
  return out;
}

interface Building {
  designation: Designation;
  names: NameList;
}

/**
 * Parses OFAC's classic SDN CSV set (sdn.csv with optional alt.csv and add.csv) with counts and
 * addresses. Throws an ImportError naming the file, line and field for the first bad row.
 */
export async function parseOfacDetailed(files: OfacFiles, opts: OfacParseOptions = {}): Promise<OfacResult> {
  const inputs = [files.sdn, files.alt, files.add].filter((f): f is ListInput => f !== undefined);
  let total = 0;
  for (const input of inputs) total += await inputSize(input);
  const progress = new ProgressTracker(total, opts.onProgress);
  const stats: OfacStats = { entries: 0, altRows: 0, altJoined: 0, altOrphans: 0, addRows: 0, addJoined: 0, addOrphans: 0, orphanEntNums: [] };
  const orphans = new Set<number>();
  const byId = new Map<string, Building & { line: number }>();
  const order: Building[] = [];

  const sdnFile = inputName(files.sdn, 'sdn.csv', opts.fileName);
  for await (const row of rows(files.sdn, sdnFile, SDN_FIELDS, progress)) {
    const id = String(integer(row, 'ent_num', sdnFile));
    const before = byId.get(id);
    if (before) throw new ImportError({ file: sdnFile, line: row.line, field: 'ent_num' }, `field ent_num ${id} repeats the entry on line ${before.line}`);
    const name = required(row, 'SDN_Name', sdnFile);
    const type = row.get('SDN_Type').toLowerCase();
    const kind = KINDS[type];
    if (!kind) throw new ImportError({ file: sdnFile, line: row.line, field: 'SDN_Type' }, `field SDN_Type "${type}" is not individual, vessel, aircraft or -0-`);
    const remarks = clean(row.get('Remarks'));
    const facts = parseOfacRemarks(remarks);
    const names = new NameList();
    names.add(name, 'primary');
    const documents: IdentityDocument[] = [...facts.documents];
    const callSign = clean(row.get('Call_Sign'));
    if (callSign) documents.push({ type: 'Call Sign', number: callSign });
    const nationalities = [...facts.nationalities];
    const flag = row.get('Vess_flag');
    if (kind === 'vessel' && !/^none identified$/i.test(flag)) pushUnique(nationalities, countryOrWording(flag));
    const designation: Designation = {
      source: 'ofac',
      id,
      kind,
      names: names.forms,
      nationalities,
      datesOfBirth: kind === 'person' ? facts.datesOfBirth : [],
      placesOfBirth: kind === 'person' ? facts.placesOfBirth : [],
      documents,
      programmes: programmes(row.get('Program')),
    };
    if (remarks) designation.remarks = remarks;
    const building = { designation, names, line: row.line };
    byId.set(id, building);
    order.push(building);
  }
  stats.entries = order.length;

  if (files.alt !== undefined) {
    const altFile = inputName(files.alt, 'alt.csv');
    for await (const row of rows(files.alt, altFile, ALT_FIELDS, progress)) {
      const id = String(integer(row, 'ent_num', altFile));
      integer(row, 'alt_num', altFile);
      const type = row.get('alt_type').toLowerCase().replace(/\s+/g, ' ').replace(/\./g, '');
      if (!['aka', 'fka', 'nka', 'weak aka'].includes(type)) {
        throw new ImportError({ file: altFile, line: row.line, field: 'alt_type' }, `field alt_type "${row.get('alt_type')}" is not aka, fka, nka or weak aka`);
      }
      const name = required(row, 'alt_name', altFile);
      stats.altRows++;
      const target = byId.get(id);
      if (!target) {
        stats.altOrphans++;
        orphans.add(Number(id));
        continue;
      }
      stats.altJoined++;
      const weak = type === 'weak aka' || /\bweak\b|low quality/i.test(row.get('alt_remarks'));
      const kind: NameKind = weak ? 'alias-weak' : 'alias-strong';
      target.names.add(name, kind);
    }
  }

  const addresses = new Map<string, OfacAddress[]>();
  if (files.add !== undefined) {
    const addFile = inputName(files.add, 'add.csv');
    for await (const row of rows(files.add, addFile, ADD_FIELDS, progress)) {
      const id = String(integer(row, 'ent_num', addFile));
      integer(row, 'add_num', addFile);
      stats.addRows++;
      if (!byId.has(id)) {
        stats.addOrphans++;
        orphans.add(Number(id));
        continue;
      }
      stats.addJoined++;
      const address: OfacAddress = {};
      const fields: Array<[keyof OfacAddress, string]> = [['address', 'address'], ['cityStatePostal', 'city_state_postal'], ['country', 'country'], ['remarks', 'add_remarks']];
      for (const [key, field] of fields) {
        const text = clean(row.get(field));
        if (text) address[key] = text;
      }
      if (Object.keys(address).length === 0) continue;
      const list = addresses.get(id) ?? [];
      list.push(address);
      addresses.set(id, list);
    }
  }

  stats.orphanEntNums = [...orphans].sort((a, b) => a - b);
  opts.onStats?.(stats);
  const designations = order.map((b) => b.designation);
  for (const d of designations) {
    const found = addresses.get(d.id);
    if (!found) continue;
    const kept: Address[] = [];
    for (const a of found) addAddress(kept, { street: a.address, city: a.cityStatePostal, country: a.country ? countryOrWording(a.country) : undefined, note: a.remarks });
    if (kept.length) d.addresses = kept;
  }
  return { designations, addresses, stats };
}

/** Parses OFAC's SDN CSV set to designations; see parseOfacDetailed for counts and addresses. */
export async function parseOfac(files: OfacFiles, opts: OfacParseOptions = {}): Promise<Designation[]> {
  return (await parseOfacDetailed(files, opts)).designations;
}
