import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Designation } from '../designation.js';
import { ImportError } from './import-error.js';
import { parseUnXml, type UnParseStats } from './un-xml.js';
import { fixture, realFile } from './test-paths.js';

const byId = (list: Designation[], id: string) => {
  const d = list.find((x) => x.id === id);
  if (!d) throw new Error(`no ${id}`);
  return d;
};

async function refusal(input: Parameters<typeof parseUnXml>[0]): Promise<ImportError> {
  try {
    await parseUnXml(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('parse did not fail');
}

describe('parseUnXml on the fixture slice', () => {
  it('reads individuals and entities with their fields', async () => {
    let stats: UnParseStats | undefined;
    const list = await parseUnXml(fixture('un-sample.xml'), { onStats: (s) => (stats = s) });
    expect(list.map((d) => d.id)).toEqual(['CDi.001', 'QDi.400', 'QDi.290', 'TAi.002', 'QDi.092', 'QDe.014', 'KPe.001']);
    expect(stats).toMatchObject({ individuals: 5, entities: 2, individualsWithOriginalScript: 4, entitiesWithOriginalScript: 1, dateGenerated: '2026-02-27T00:00:09.554Z' });

    const iyad = byId(list, 'QDi.400');
    expect(iyad).toMatchObject({ source: 'un', kind: 'person', nationalities: ['JO'], datesOfBirth: [{ year: 1974 }], programmes: ['Al-Qaida'], listedOn: '2017-02-22' });
    expect(iyad.names[0]).toEqual({ text: 'IYAD NAZMI SALIH KHALIL', kind: 'primary', script: 'latin' });
    expect(iyad.names.filter((n) => n.kind === 'alias-strong').map((n) => n.text)).toEqual(['Ayyad Nazmi Salih Khalil', 'Eyad Nazmi Saleh Khalil']);
    expect(iyad.names.filter((n) => n.kind === 'alias-weak')).toHaveLength(5);
    expect(iyad.names.find((n) => n.kind === 'original-script')).toEqual({ text: 'إياد نظمي صالح خليل', kind: 'original-script', script: 'arabic' });
    expect(iyad.placesOfBirth).toEqual(['Syrian Arab Republic']);
    expect(iyad.documents).toEqual([{ type: 'Passport', number: 'Jordan 654781' }, { type: 'Passport', number: 'Jordan 286062' }]);
    expect(iyad.remarks).toMatch(/^Leader of Al-Nusrah Front/);
    // Addresses keep what the list gives (here a country and a note); an empty one is dropped.
    expect(iyad.addresses).toEqual([{ country: 'SY', note: 'Coastal area of. Location as of April 2016' }]);
    expect(byId(list, 'CDi.001').addresses).toEqual([{ country: 'RW', note: 'as of early 2016' }]);
    expect(byId(list, 'QDi.290').addresses).toBeUndefined();
    expect(byId(list, 'QDe.014').addresses?.map((a) => a.country)).toEqual(['DZ', 'ML', 'MR', 'MA', 'NE', 'TN']);

    const umarov = byId(list, 'QDi.290');
    expect(umarov.names.find((n) => n.kind === 'original-script')).toMatchObject({ text: 'Умаров Доку Хаматович', script: 'cyrillic' });
    expect(umarov.nationalities).toEqual(['RU', 'former Soviet Union']);
    // the list's own dates plus those attached to aliases, without repeats
    expect(umarov.datesOfBirth).toEqual([{ year: 1955 }, { date: '1964-04-13' }, { date: '1965-04-13' }, { date: '1964-05-12' }]);
    expect(umarov.documents).toEqual([{ type: 'Passport', number: '96 03 464086', country: 'RU' }]);

    const akhund = byId(list, 'TAi.002');
    expect(akhund.datesOfBirth).toEqual([{ fromYear: 1955, toYear: 1958 }, { fromYear: 1945, toYear: 1950 }]);
    expect(akhund.placesOfBirth).toEqual(['Pashmul village, Panjwai District, Kandahar Province, Afghanistan']);
    expect(akhund.listedOn).toBe('2001-01-25'); // LISTED_ON carries a time-zone suffix in the file

    const amdouni = byId(list, 'QDi.092');
    expect(amdouni.names.filter((n) => n.text === 'Fabio Fusco')).toHaveLength(1); // listed three times with different DOBs
    expect(amdouni.datesOfBirth).toContainEqual({ date: '1968-12-18' });

    const badege = byId(list, 'CDi.001');
    expect(badege).toMatchObject({ nationalities: ['CD'], datesOfBirth: [{ year: 1971 }], placesOfBirth: [], documents: [], programmes: ['DRC'] });
    expect(badege.names).toEqual([{ text: 'ERIC BADEGE', kind: 'primary', script: 'latin' }]);

    const aqim = byId(list, 'QDe.014');
    expect(aqim.kind).toBe('entity');
    expect(aqim.names.map((n) => n.kind)).toEqual(['primary', 'alias-strong', 'alias-strong', 'alias-strong', 'alias-strong', 'original-script']);
    expect(aqim.names).toContainEqual({ text: 'Le Groupe Salafiste pour La Prédication et le Combat (GSPC)', kind: 'alias-strong', script: 'latin' }); // f.k.a.
    expect(aqim.names.at(-1)?.script).toBe('arabic');
    expect(aqim.datesOfBirth).toEqual([]);
    expect(byId(list, 'KPe.001').programmes).toEqual(['DPRK']);
  });

  it('gives the same result from a path, a string and a Buffer', async () => {
    const text = fs.readFileSync(fixture('un-sample.xml'), 'utf8');
    const fromPath = await parseUnXml(fixture('un-sample.xml'));
    expect(await parseUnXml(text)).toEqual(fromPath);
    expect(await parseUnXml(Buffer.from(text))).toEqual(fromPath);
    expect(await parseUnXml({ text, name: 'x.xml' })).toEqual(fromPath);
  });

  it('reports progress up to the total byte count', async () => {
    const calls: Array<[number, number]> = [];
    await parseUnXml(fixture('un-sample.xml'), { onProgress: (read, total) => calls.push([read, total]) });
    const size = fs.statSync(fixture('un-sample.xml')).size;
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.at(-1)).toEqual([size, size]);
    for (let i = 1; i < calls.length; i++) expect(calls[i][0]).toBeGreaterThan(calls[i - 1][0]);
  });
});

describe('parseUnXml refuses bad files, naming element and line', () => {
  it('refuses a truncated file', async () => {
    const error = await refusal(fixture('un-truncated.xml'));
    expect(error.message).toMatch(/^un-truncated\.xml line 151: file ends before the XML is complete/);
    expect(error.line).toBe(151);
  });

  it('refuses an INDIVIDUAL without REFERENCE_NUMBER', async () => {
    const error = await refusal(fixture('un-missing-reference.xml'));
    expect(error.message).toBe('un-missing-reference.xml line 115: INDIVIDUAL without REFERENCE_NUMBER');
    expect(error.element).toBe('INDIVIDUAL');
  });

  const sample = () => fs.readFileSync(fixture('un-sample.xml'), 'utf8');

  it('refuses malformed markup in the middle', async () => {
    const broken = sample().replace('<LISTED_ON>2017-02-22</LISTED_ON>', '<LISTED_ON>2017-02-22</LISTED_0N>');
    const error = await refusal({ text: broken, name: 'consolidated.xml' });
    expect(error.message).toMatch(/^consolidated\.xml line \d+: malformed XML: unexpected close tag/);
    const line = broken.split('\n').findIndex((l) => l.includes('</LISTED_0N>')) + 1;
    expect(error.line).toBe(line);
  });

  it('refuses an entry with no name at all', async () => {
    const noName = sample().replace('<FIRST_NAME>ERIC</FIRST_NAME>', '<FIRST_NAME/>').replace('<SECOND_NAME>BADEGE</SECOND_NAME>', '');
    const error = await refusal(noName);
    expect(error.message).toBe('consolidated.xml line 4: INDIVIDUAL CDi.001 has no name (FIRST_NAME..FOURTH_NAME, aliases or NAME_ORIGINAL_SCRIPT)');
  });

  it('refuses a year that is not a year', async () => {
    const broken = sample().replace('<YEAR>1971</YEAR>', '<YEAR>19?1</YEAR>');
    const line = broken.split('\n').findIndex((l) => l.includes('<YEAR>19?1')) + 1;
    const error = await refusal(broken);
    expect(error.message).toBe(`consolidated.xml line ${line}: YEAR "19?1" of CDi.001 is not a four-digit year`);
    expect(error.element).toBe('YEAR');
  });

  it('refuses a repeated REFERENCE_NUMBER', async () => {
    const error = await refusal(sample().replace('<REFERENCE_NUMBER>QDi.400</REFERENCE_NUMBER>', '<REFERENCE_NUMBER>CDi.001</REFERENCE_NUMBER>'));
    expect(error.message).toBe('consolidated.xml line 42: INDIVIDUAL CDi.001 repeats the REFERENCE_NUMBER first used on line 4');
  });

  it('refuses another format and empty input', async () => {
    expect((await refusal(fs.readFileSync(fixture('eu-sample.xml')))).message).toBe('consolidated.xml line 2: root element export is not CONSOLIDATED_LIST');
    expect((await refusal(Buffer.from(''))).message).toMatch(/^consolidated\.xml line 1: /);
  });
});

describe('parseUnXml on the full 2026-02-27 list', () => {
  it('matches the counts in SOURCES.md', async () => {
    let stats: UnParseStats | undefined;
    let progressCalls = 0;
    const file = realFile('un/consolidated_2026-02-27.xml');
    const list = await parseUnXml(file, { onStats: (s) => (stats = s), onProgress: () => progressCalls++ });
    const people = list.filter((d) => d.kind === 'person');
    const entities = list.filter((d) => d.kind === 'entity');
    expect(people).toHaveLength(730);
    expect(entities).toHaveLength(273);
    expect(stats).toMatchObject({ individuals: 730, entities: 273, individualAliases: 2139, entityAliases: 613, individualsWithOriginalScript: 336, entitiesWithOriginalScript: 42 });
    expect(progressCalls).toBeGreaterThan(10); // streamed in chunks, not read whole

    const count = (xs: Designation[], pred: (n: Designation['names'][number]) => boolean) => xs.reduce((n, d) => n + d.names.filter(pred).length, 0);
    // 1,524 Good + 615 Low aliases. 10 Good individual aliases and 1 entity alias repeat within
    // their entry (listed again with other birth details) and are merged into one name form.
    expect(stats!.repeatedNamesMerged).toBe(11);
    expect(count(people, (n) => n.kind === 'alias-strong')).toBe(1524 - 10);
    expect(count(people, (n) => n.kind === 'alias-weak')).toBe(615);
    expect(count(entities, (n) => n.kind === 'alias-strong')).toBe(594 + 19 - 1);
    const original = (xs: Designation[], script: string) => xs.filter((d) => d.names.some((n) => n.kind === 'original-script' && n.script === script)).length;
    expect(original(people, 'arabic')).toBe(327);
    expect(original(people, 'cyrillic')).toBe(9);
    expect(original(entities, 'arabic')).toBe(39);
    expect(list.every((d) => d.names[0].kind === 'primary')).toBe(true);

    const alQaida = list.filter((d) => d.programmes.includes('Al-Qaida'));
    expect(alQaida.filter((d) => d.kind === 'person')).toHaveLength(252);
    expect(alQaida.filter((d) => d.kind === 'entity')).toHaveLength(89);
    expect(alQaida.filter((d) => d.kind === 'person' && d.names.some((n) => n.kind === 'original-script' && n.script === 'arabic'))).toHaveLength(115);
    expect(people.filter((d) => d.programmes.includes('Taliban'))).toHaveLength(135);
    expect(new Set(list.map((d) => d.id)).size).toBe(1003);
    expect(list.every((d) => /^[A-Z]{2}[ie]\.\d{3}$/.test(d.id))).toBe(true);
    expect(list.every((d) => d.listedOn === undefined || /^\d{4}-\d{2}-\d{2}$/.test(d.listedOn))).toBe(true);
  });
});
