import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Designation } from '../designation.js';
import { parseEuXml } from './eu-xml.js';
import { ImportError } from './import-error.js';
import { fixture } from './test-paths.js';

const byId = (list: Designation[], id: string) => {
  const d = list.find((x) => x.id === id);
  if (!d) throw new Error(`no ${id}`);
  return d;
};
const text = () => fs.readFileSync(fixture('eu-sample.xml'), 'utf8');
const lineOf = (xml: string, needle: string) => xml.split('\n').findIndex((l) => l.includes(needle)) + 1;

async function refusal(xml: string): Promise<ImportError> {
  try {
    await parseEuXml({ text: xml, name: 'eu.xml' });
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('parse did not fail');
}

describe('parseEuXml on the fixture', () => {
  it('reads persons and enterprises with their fields', async () => {
    const list = await parseEuXml(fixture('eu-sample.xml'));
    expect(list.map((d) => [d.id, d.kind])).toEqual([
      ['990001', 'person'], ['990002', 'entity'], ['990003', 'person'], ['990004', 'person'], ['990005', 'entity'], ['990006', 'person'],
    ]);
    expect(byId(list, '990001')).toEqual({
      source: 'eu',
      id: '990001',
      kind: 'person',
      names: [
        { text: 'Khalid Saleh Al-Nouri', kind: 'primary', script: 'latin' },
        { text: 'خالد صالح النوري', kind: 'original-script', script: 'arabic' },
        { text: 'Abu Saleh al-Iraqi', kind: 'alias-weak', script: 'latin' },
        { text: 'Khaled Al-Nuri', kind: 'alias-strong', script: 'latin' }, // built from first/last name
      ],
      nationalities: ['IQ'],
      datesOfBirth: [{ date: '1975-03-14' }],
      placesOfBirth: ['Mosul, IRAQ'],
      documents: [{ type: 'passport', number: 'A1234567', country: 'IQ' }],
      programmes: ['AQL'],
      addresses: [{ city: 'Mosul', region: 'Ninawa', country: 'IQ' }],
      listedOn: '2015-06-12',
      remarks: 'Fictitious test entry. Financier of a listed group.',
    });
    // A street, a post-office box and a postal code are kept when the address gives them.
    expect(byId(list, '990005').addresses).toEqual([{ street: 'Korabelnaya 6', city: 'Saint Petersburg', postalCode: '198096', country: 'RU' }]);
    const foundation = byId(list, '990002');
    expect(foundation.names.map((n) => n.kind)).toEqual(['primary', 'alias-strong', 'alias-weak', 'original-script']);
    expect(foundation.listedOn).toBe('2002-05-29'); // earliest regulation
    // the first nameAlias is weak, so the first strong one is primary; "00"/UNKNOWN countries are dropped
    const sydorenko = byId(list, '990003');
    expect(sydorenko.names[0]).toEqual({ text: 'Ivan Petrovych Sydorenko', kind: 'primary', script: 'latin' });
    expect(sydorenko.names[2]).toEqual({ text: 'Иван Петрович Сидоренко', kind: 'original-script', script: 'cyrillic' });
    expect(sydorenko).toMatchObject({ nationalities: ['UA'], datesOfBirth: [{ year: 1968 }], placesOfBirth: [], remarks: 'Commander of an armed group.' });
    const haddad = byId(list, '990004');
    expect(haddad.datesOfBirth).toEqual([{ date: '1955-11-02' }, { fromYear: 1954, toYear: 1956 }]);
    expect(haddad.documents.map((d) => d.type)).toEqual(['passport', 'id']);
    expect(byId(list, '990005').remarks).toBe('Fictitious test entry. Tax identification number: 7801234567.');
    expect(byId(list, '990006').nationalities).toEqual(['TN', 'FR']);
  });
});

describe('parseEuXml refuses bad files, naming element and line', () => {
  it('refuses a sanctionEntity without logicalId', async () => {
    const xml = text().replace('euReferenceNumber="EU.9003.03" logicalId="990003"', 'euReferenceNumber="EU.9003.03"');
    const error = await refusal(xml);
    expect(error.message).toBe(`eu.xml line ${lineOf(xml, 'EU.9003.03')}: sanctionEntity without logicalId`);
  });

  it('refuses a sanctionEntity with no name', async () => {
    const xml = text().replace(/<nameAlias [^>]*logicalId="99021[45]"\/>/g, '');
    const error = await refusal(xml);
    expect(error.message).toBe(`eu.xml line ${lineOf(xml, 'EU.9005.05')}: sanctionEntity 990005 has no nameAlias with a name`);
  });

  it('refuses a bad birthdate and a repeated logicalId', async () => {
    const bad = text().replace('birthdate="1988-07-30"', 'birthdate="30/07/1988"');
    expect((await refusal(bad)).message).toBe(`eu.xml line ${lineOf(bad, '30/07/1988')}: birthdate "30/07/1988" of 990006 is not YYYY-MM-DD`);
    const repeated = text().replace('logicalId="990006"', 'logicalId="990001"');
    expect((await refusal(repeated)).message).toBe(`eu.xml line ${lineOf(repeated, 'EU.9006.06')}: sanctionEntity 990001 repeats the logicalId first used on line 3`);
  });

  it('refuses a truncated file and a file of another format', async () => {
    const lines = text().split('\n');
    const truncated = lines.slice(0, 40).join('\n');
    const error = await refusal(truncated);
    expect(error.message).toMatch(/^eu\.xml line 40: file ends before the XML is complete/);
    expect((await refusal('<CONSOLIDATED_LIST/>')).message).toBe('eu.xml line 1: root element CONSOLIDATED_LIST is not export');
  });
});
