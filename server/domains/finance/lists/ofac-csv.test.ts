import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Designation } from '../designation.js';
import { ImportError } from './import-error.js';
import { parseOfac, parseOfacDetailed, type OfacFiles } from './ofac-csv.js';
import { fixture, realFile } from './test-paths.js';

const sample: OfacFiles = { sdn: fixture('ofac-sdn-sample.csv'), alt: fixture('ofac-alt-sample.csv'), add: fixture('ofac-add-sample.csv') };

const byId = (list: Designation[], id: string) => {
  const d = list.find((x) => x.id === id);
  if (!d) throw new Error(`no ${id}`);
  return d;
};

async function refusal(files: OfacFiles): Promise<ImportError> {
  try {
    await parseOfac(files);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('parse did not fail');
}

const sdnText = () => fs.readFileSync(fixture('ofac-sdn-sample.csv'), 'latin1');

describe('parseOfac on the fixture slice', () => {
  it('joins aliases and addresses and counts orphans', async () => {
    const { designations, stats, addresses } = await parseOfacDetailed(sample);
    expect(designations).toHaveLength(20);
    // header row and \x1a rows skipped; two alt rows (19640) and two add rows (17016) have no sdn entry
    expect(stats).toEqual({ entries: 20, altRows: 64, altJoined: 62, altOrphans: 2, addRows: 71, addJoined: 69, addOrphans: 2, orphanEntNums: [17016, 19640] });
    expect(addresses.get('306')).toHaveLength(4);
    expect(addresses.get('173')).toEqual([{ address: 'Ibex House, The Minories', cityStatePostal: 'London EC3N 1DY', country: 'United Kingdom' }]);
    expect(addresses.has('2679')).toBe(false); // its only address row is all -0-
    // The designations carry them too, countries as ISO codes.
    expect(byId(designations, '173').addresses).toEqual([{ street: 'Ibex House, The Minories', city: 'London EC3N 1DY', country: 'GB' }]);
    expect(byId(designations, '306').addresses?.map((a) => a.country)).toEqual(['CH', 'ES', 'JP', 'PA']);
    expect(byId(designations, '2679').addresses).toBeUndefined();
  });

  it('reads individuals with facts from Remarks', async () => {
    const list = await parseOfac(sample);
    const mortezavi = byId(list, '12113');
    expect(mortezavi).toEqual({
      source: 'ofac',
      id: '12113',
      kind: 'person',
      names: [
        { text: 'MORTEZAVI, Hasan', kind: 'primary', script: 'latin' },
        { text: 'MORTEZAVI, Ali Hassan', kind: 'alias-strong', script: 'latin' },
        { text: 'MORTEZAVI, Sayyed Hasan', kind: 'alias-strong', script: 'latin' },
      ],
      nationalities: ['IR'],
      datesOfBirth: [{ date: '1964-08-23' }],
      placesOfBirth: ['Ghazvin, Iran'],
      documents: [{ type: 'Passport', number: 'D9019576', country: 'IR' }],
      programmes: ['SDGT', 'IRGC', 'IFSR'],
      addresses: [{ country: 'IR' }],
      remarks: "DOB 23 Aug 1964; POB Ghazvin, Iran; citizen Iran; Additional Sanctions Information - Subject to Secondary Sanctions; Gender Male; Passport D9019576 (Iran); a.k.a. 'ALI, Hassan'.",
    });
    const zubaydah = byId(list, '6905');
    expect(zubaydah.nationalities).toEqual(['PS']);
    expect(zubaydah.documents).toEqual([{ type: 'Passport', number: '484824', country: 'EG' }]);
    expect(zubaydah.names).toHaveLength(4);
    const musa = byId(list, '6368');
    expect(musa.documents.map((d) => `${d.number}/${d.country}`)).toEqual(['83860/SD', '30455/EG', '1046403/EG']);
    expect(byId(list, '7821').datesOfBirth).toEqual([{ date: '1960-04-29' }, { date: '1962-08-25' }, { date: '1962-08-26' }]);
    expect(byId(list, '15496').datesOfBirth).toEqual([{ fromYear: 1929, toYear: 1930 }]);
    expect(byId(list, '2679').datesOfBirth).toEqual([{ year: 1938 }, { year: 1936 }]);
    expect(byId(list, '8149').documents).toEqual([{ type: 'Cedula No.', number: '3370637', country: 'CO' }]);
  });

  it('reads entities, vessels and aircraft', async () => {
    const list = await parseOfac(sample);
    expect(byId(list, '36')).toMatchObject({ kind: 'entity', programmes: ['CUBA'], nationalities: [], datesOfBirth: [] });
    expect(byId(list, '36').remarks).toBeUndefined(); // -0-
    const hizballah = byId(list, '4697');
    expect(hizballah.programmes).toEqual(['FTO', 'SDGT', 'SYRIA']);
    expect(hizballah.names.filter((n) => n.kind === 'alias-strong')).toHaveLength(14);
    const aero = byId(list, '8244');
    expect(aero.names.map((n) => n.text)).toContain('NUEVO CONTINENTE S.A.'); // nka
    const tug = byId(list, '4238');
    expect(tug).toMatchObject({ kind: 'vessel', nationalities: ['CU'], documents: [{ type: 'Call Sign', number: 'CL2192' }] });
    const ebano = byId(list, '4243');
    expect(ebano.documents).toEqual([{ type: 'Vessel Registration Identification', number: 'IMO 7406784' }]);
    expect(ebano.nationalities).toEqual(['PA']);
    expect(byId(list, '15431')).toMatchObject({ kind: 'aircraft', names: [{ text: 'EP-GOM', kind: 'primary', script: 'latin' }], programmes: ['SDGT'] });
    expect(byId(list, '31412').documents).toEqual([{ type: 'Tax ID No.', number: '7736185530', country: 'RU' }]);
  });

  it('treats weak aka as a weak alias, whether in alt_type or alt_remarks', async () => {
    const alt = '12113,1,weak aka,"HASAN, Abu",-0- \r\n12113,2,aka,"ALI, Hassan","weak a.k.a."\r\n';
    const list = await parseOfac({ sdn: sdnText(), alt: { text: alt, name: 'alt.csv' } });
    expect(byId(list, '12113').names.slice(1)).toEqual([
      { text: 'HASAN, Abu', kind: 'alias-weak', script: 'latin' },
      { text: 'ALI, Hassan', kind: 'alias-weak', script: 'latin' },
    ]);
  });

  it('skips a header row in sdn.csv too, and reads LF-only files', async () => {
    const withHeader = 'ent_num,SDN_Name,SDN_Type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,Vess_flag,Vess_owner,Remarks\n' + sdnText().replace(/\r\n/g, '\n');
    const a = await parseOfac({ sdn: withHeader });
    const b = await parseOfac({ sdn: fixture('ofac-sdn-sample.csv') });
    expect(a).toEqual(b);
  });

  it('reports progress across all three files', async () => {
    const total = ['ofac-sdn-sample.csv', 'ofac-alt-sample.csv', 'ofac-add-sample.csv'].reduce((n, f) => n + fs.statSync(fixture(f)).size, 0);
    const calls: number[][] = [];
    await parseOfac(sample, { onProgress: (read, all) => calls.push([read, all]) });
    expect(calls).toHaveLength(3);
    expect(calls.at(-1)).toEqual([total, total]);
  });
});

describe('parseOfac refuses bad files, naming line and field', () => {
  it('refuses a non-numeric ent_num', async () => {
    const error = await refusal({ sdn: fixture('ofac-sdn-bad-number.csv') });
    expect(error.message).toBe('ofac-sdn-bad-number.csv line 5: field ent_num "AB" is not a number');
    expect(error).toMatchObject({ file: 'ofac-sdn-bad-number.csv', line: 5, field: 'ent_num' });
  });

  it('refuses a row with the wrong number of fields', async () => {
    const lines = sdnText().split('\r\n');
    lines[1] = lines[1].replace(/,-0- $/, '');
    const error = await refusal({ sdn: { text: lines.join('\r\n'), name: 'sdn.csv' } });
    expect(error.message).toMatch(/^sdn\.csv line 2: expected 12 fields \(ent_num, SDN_Name, .*\), found 11$/);
  });

  it('counts lines inside quoted fields that span lines', async () => {
    const text = '1,"A\nB","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"x"\n2,-0- ,"individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n';
    const error = await refusal({ sdn: { text, name: 'sdn.csv' } });
    expect(error.message).toBe('sdn.csv line 3: field SDN_Name is empty');
  });

  it('refuses an unknown SDN_Type, a repeated ent_num, an unknown alt_type, a bad alt ent_num and an unclosed quote', async () => {
    const lines = sdnText().split('\r\n');
    const typed = [...lines];
    typed[0] = typed[0].replace('-0- ', '"submarine"');
    expect((await refusal({ sdn: { text: typed.join('\r\n'), name: 'sdn.csv' } })).message).toBe('sdn.csv line 1: field SDN_Type "submarine" is not individual, vessel, aircraft or -0-');
    const repeated = [...lines];
    repeated[3] = repeated[3].replace(/^\d+/, '36');
    expect((await refusal({ sdn: { text: repeated.join('\r\n'), name: 'sdn.csv' } })).message).toBe('sdn.csv line 4: field ent_num 36 repeats the entry on line 1');
    expect((await refusal({ sdn: sdnText(), alt: { text: '36,1,also,"X",-0- \n', name: 'alt.csv' } })).message).toBe('alt.csv line 1: field alt_type "also" is not aka, fka, nka or weak aka');
    expect((await refusal({ sdn: sdnText(), alt: { text: 'ent_num,alt_num,alt_type,alt_name,alt_remarks\n36,1,aka,"X",-0- \n3x6,2,aka,"Y",-0- \n', name: 'alt.csv' } })).message).toBe('alt.csv line 3: field ent_num "3x6" is not a number');
    expect((await refusal({ sdn: sdnText(), add: { text: '36,1,-0- ,-0- ,-0- ,-0- \n36,2,"Havana,-0- ,-0- ,-0- \n', name: 'add.csv' } })).message).toBe('add.csv line 2: quoted field is not closed before the end of the file');
    expect((await refusal({ sdn: sdnText(), add: { text: '36,1,"Havana"x,-0- ,"Cuba",-0- \n', name: 'add.csv' } })).message).toBe('add.csv line 1: unexpected character "x" after a closing quote');
  });
});

describe('parseOfac on the full files', () => {
  it('matches the counts in SOURCES.md', async () => {
    const { designations, stats } = await parseOfacDetailed({
      sdn: realFile('ofac/sdn_2024-05-03.csv'),
      alt: realFile('ofac/alt_2024-09-25.csv'),
      add: realFile('ofac/add_2025-02-27.csv'),
    });
    expect(designations).toHaveLength(14965);
    const kinds = (k: string) => designations.filter((d) => d.kind === k).length;
    expect([kinds('person'), kinds('entity'), kinds('vessel'), kinds('aircraft')]).toEqual([6854, 6884, 851, 376]);
    expect(stats).toMatchObject({ entries: 14965, altRows: 18939, altJoined: 18033, altOrphans: 906, addRows: 22641, addJoined: 20167 });
    expect(designations.reduce((n, d) => n + d.names.length, 0)).toBe(32998);
    expect(designations.filter((d) => d.programmes.includes('SDGT'))).toHaveLength(2386);
    expect(designations.filter((d) => d.programmes.includes('RUSSIA-EO14024'))).toHaveLength(4439);
    expect(designations.every((d) => /^\d+$/.test(d.id) && d.names[0].kind === 'primary')).toBe(true);
    const people = designations.filter((d) => d.kind === 'person');
    expect(people.filter((d) => d.datesOfBirth.length > 0).length).toBeGreaterThan(6000);
    expect(designations.some((d) => d.kind !== 'person' && d.datesOfBirth.length > 0)).toBe(false);
  });
});
