import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localeLanguage } from './screen.js';

const run = promisify(execFile);
const bin = path.resolve('bin/tahaluf.js');

const individual = (ref: string, first: string, second: string, third: string, original: string, alias = '') => `
  <INDIVIDUAL><DATAID>${ref.replace(/\D/g, '')}</DATAID><VERSIONNUM>1</VERSIONNUM>
    <FIRST_NAME>${first}</FIRST_NAME><SECOND_NAME>${second}</SECOND_NAME><THIRD_NAME>${third}</THIRD_NAME>
    <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>${ref}</REFERENCE_NUMBER><LISTED_ON>2012-01-01</LISTED_ON>
    <NAME_ORIGINAL_SCRIPT>${original}</NAME_ORIGINAL_SCRIPT>
    <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>${alias}</ALIAS_NAME></INDIVIDUAL_ALIAS>
    <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1975-03-04</DATE></INDIVIDUAL_DATE_OF_BIRTH>
  </INDIVIDUAL>`;

const unList = (people: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><INDIVIDUALS>${people.join('')}</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>`;

describe('tahaluf lists and screen', () => {
  let dir: string;
  // A neutral locale: the explanation column follows LANG unless --language is given.
  const env = () => ({ ...process.env, DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' });
  const tahaluf = (...args: string[]) => run(process.execPath, [bin, ...args], { env: env() });
  const file = (name: string, content: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tahaluf-ctf-cli-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('imports versions, shows their difference and refuses a malformed file without changing anything', async () => {
    const first = file('v1.xml', unList([
      individual('QDi.801', 'MOHAMMED', 'BIN ABDULLAH', 'AL-AHMAD', 'محمد بن عبد الله الأحمد'),
      individual('QDi.802', 'KHALID', 'YOUSEF', 'HUSSEIN', 'خالد يوسف حسين'),
    ]));
    const imported = await tahaluf('lists', 'import', '--source', 'un', first);
    expect(imported.stdout).toContain('version 1 of un: 2 entries');
    expect(imported.stdout).toContain('2 added, 0 removed, 0 changed');

    const second = file('v2.xml', unList([
      individual('QDi.801', 'MOHAMMED', 'BIN ABDULLAH', 'AL-AHMAD', 'محمد بن عبد الله الأحمد', 'Abu Abdullah'),
      individual('QDi.803', 'SALEM', 'OMAR', 'BAKRI', 'سالم عمر بكري'),
    ]));
    await tahaluf('lists', 'import', '--source', 'un', second);
    const diff = await tahaluf('lists', 'diff', '--source', 'un');
    expect(diff.stdout).toContain('version 1 → 2: 1 added, 1 removed, 1 changed');
    expect(diff.stdout).toMatch(/\+ QDi\.803/);
    expect(diff.stdout).toMatch(/- QDi\.802/);
    expect(diff.stdout).toMatch(/~ QDi\.801 .*names/);

    const broken = file('broken.xml', unList([individual('QDi.804', 'A', 'B', 'C', 'ا')]).replace('</INDIVIDUALS>', ''));
    const refused = await tahaluf('lists', 'import', '--source', 'un', broken).catch((e: { code: number; stderr: string }) => e);
    expect(refused).toMatchObject({ code: 2 });
    expect((refused as { stderr: string }).stderr).toMatch(/line \d+/);
    const versions = await tahaluf('lists', 'versions');
    expect(versions.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('imports the OFAC CSV set and the EU XML format from their fixtures', async () => {
    const fixtures = path.resolve('server/domains/finance/lists/fixtures');
    const ofac = await tahaluf('lists', 'import', '--source', 'ofac', path.join(fixtures, 'ofac-sdn-sample.csv'),
      '--alt', path.join(fixtures, 'ofac-alt-sample.csv'), '--add', path.join(fixtures, 'ofac-add-sample.csv'));
    expect(ofac.stdout).toMatch(/of ofac: 20 entries/);
    const eu = await tahaluf('lists', 'import', '--source', 'eu', path.join(fixtures, 'eu-sample.xml'));
    expect(eu.stdout).toMatch(/of eu: 6 entries/);
    const bad = await tahaluf('lists', 'import', '--source', 'ofac', path.join(fixtures, 'ofac-sdn-bad-number.csv')).catch((e: { stderr: string }) => e);
    expect((bad as { stderr: string }).stderr).toMatch(/line \d+: field ent_num/);
  });

  it('screens a CSV file into alerts.csv with row numbers, scores, references and explanations', async () => {
    const input = file('customers.csv', [
      'id,full_name,born',
      '1,"AL AHMAD, Mohamed B. Abdulla",1975',
      '2,Fatima Zahra Benali,1990',
      '3,سالم عمر بكري,',
      '4,,',
    ].join('\n'));
    const out = path.join(dir, 'alerts.csv');
    const result = await tahaluf('screen', input, '--column', 'full_name', '--dob-column', 'born', '--threshold', '0.8', '--out', out);
    expect(result.stdout).toMatch(/screened 4 rows/);
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('row,name,score,source,designation_id,matched_name,explanation');
    const rows = lines.slice(1);
    expect(rows.some((l) => l.startsWith('1,"AL AHMAD, Mohamed B. Abdulla",') && l.includes(',un,QDi.801,'))).toBe(true);
    expect(rows.some((l) => l.startsWith('3,سالم عمر بكري,') && l.includes(',un,QDi.803,'))).toBe(true);
    expect(rows.some((l) => l.startsWith('2,'))).toBe(false);
    for (const row of rows) {
      const score = Number(row.split(',').find((f) => /^[01]\.\d{4}$/.test(f)));
      expect(score).toBeGreaterThanOrEqual(0.8);
    }
    expect(rows.find((l) => l.startsWith('1,'))).toMatch(/“AL AHMAD, Mohamed B\. Abdulla” against “.+”: score \d\.\d\d/);

    // The explanation column in Arabic (or French) on request; the other columns do not change.
    const arabicOut = path.join(dir, 'alerts-ar.csv');
    await tahaluf('screen', input, '--column', 'full_name', '--dob-column', 'born', '--language', 'ar', '--out', arabicOut);
    const arabicRows = fs.readFileSync(arabicOut, 'utf8').trim().split('\n').slice(1);
    expect(arabicRows.map((l) => l.split(',').slice(0, 1).join())).toEqual(rows.map((l) => l.split(',').slice(0, 1).join()));
    const ahmad = arabicRows.find((l) => l.startsWith('1,'))!;
    expect(ahmad).toMatch(/مقابل .+: الدرجة \d\.\d\d/);
    expect(ahmad).toContain('+ سنة الميلاد \u20681975\u2069 مطابقة');
    // Without --language, an Arabic locale gives Arabic too.
    const localeOut = path.join(dir, 'alerts-locale.csv');
    await run(process.execPath, [bin, 'screen', input, '--column', 'full_name', '--dob-column', 'born', '--out', localeOut], { env: { ...env(), LANG: 'ar_SA.UTF-8' } });
    expect(fs.readFileSync(localeOut, 'utf8')).toBe(fs.readFileSync(arabicOut, 'utf8'));
    const wrongLanguage = await tahaluf('screen', input, '--column', 'full_name', '--language', 'de', '--out', arabicOut).catch((e: { stderr: string }) => e);
    expect((wrongLanguage as { stderr: string }).stderr).toContain('--language must be ar, en or fr');

    const missing = await tahaluf('screen', input, '--column', 'nom', '--out', out).catch((e: { stderr: string }) => e);
    expect((missing as { stderr: string }).stderr).toContain('no column named "nom"');
  });
});

describe('the locale language of the command line', () => {
  it('takes LC_ALL, then LC_MESSAGES, then LANG, when it is Arabic, English or French', () => {
    expect(localeLanguage({ LANG: 'ar_SA.UTF-8' })).toBe('ar');
    expect(localeLanguage({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(localeLanguage({ LC_ALL: 'fr_CA', LANG: 'ar_SA.UTF-8' })).toBe('fr');
    expect(localeLanguage({ LC_MESSAGES: 'ar_EG', LANG: 'en_GB' })).toBe('ar');
    expect(localeLanguage({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(localeLanguage({ LANG: 'C.UTF-8' })).toBe('en');
    expect(localeLanguage({})).toBe('en');
  });
});
