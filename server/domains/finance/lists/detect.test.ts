import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryCode, countryOrWording } from './country-codes.js';
import { detectFormat } from './detect.js';
import { detectScript } from './script.js';
import { fixture, realFile } from './test-paths.js';

function head(file: string, bytes = 4096): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = fs.readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

describe('detectFormat', () => {
  it('recognises the real files and fixtures by content, even under a neutral name', () => {
    const cases: Array<[string, string]> = [
      [realFile('un/consolidated_2026-02-27.xml'), 'un'],
      [realFile('ofac/sdn_2024-05-03.csv'), 'ofac-sdn'],
      [realFile('ofac/alt_2024-09-25.csv'), 'ofac-alt'], // has a header row
      [realFile('ofac/add_2025-02-27.csv'), 'ofac-add'],
      [realFile('ofac/recent_2026-06-02_aliases_addresses_only/alt.csv'), 'ofac-alt'],
      [realFile('ofac/recent_2026-06-02_aliases_addresses_only/add.csv'), 'ofac-add'],
      [fixture('eu-sample.xml'), 'eu'],
      [fixture('un-sample.xml'), 'un'],
      [fixture('ofac-sdn-sample.csv'), 'ofac-sdn'],
    ];
    for (const [file, format] of cases) expect([file, detectFormat('upload.bin', head(file))]).toEqual([file, format]);
  });

  it('reads a header row, falls back to the name, and admits not knowing', () => {
    expect(detectFormat('x', 'ent_num,SDN_Name,SDN_Type\n')).toBe('ofac-sdn');
    expect(detectFormat('x', 'ent_num,add_num,address\n')).toBe('ofac-add');
    expect(detectFormat('SDN.CSV', '')).toBe('ofac-sdn');
    expect(detectFormat('/tmp/alt.csv', 'garbage')).toBe('ofac-alt');
    expect(detectFormat('consolidated.xml', '<?xml version="1.0"?>')).toBe('un');
    expect(detectFormat('eu-fsf.xml', '<?xml version="1.0"?>')).toBe('eu');
    expect(detectFormat('notes.txt', 'hello')).toBeUndefined();
    expect(detectFormat('data.xml', '<?xml version="1.0"?><html>')).toBeUndefined();
  });
});

describe('country codes and scripts', () => {
  it('maps the wordings the lists use', () => {
    expect(countryCode("Democratic People's Republic of Korea")).toBe('KP');
    expect(countryCode('Korea, North')).toBe('KP');
    expect(countryCode('Iran (Islamic Republic of)')).toBe('IR');
    expect(countryCode('Türkiye')).toBe('TR');
    expect(countryCode('St. Kitts & Nevis')).toBe('KN');
    expect(countryCode('UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND')).toBe('GB');
    expect(countryOrWording('  former Soviet   Union ')).toBe('former Soviet Union');
    expect(countryOrWording('')).toBeUndefined();
  });

  it('detects the script of a name', () => {
    expect(detectScript('إياد نظمي صالح خليل')).toBe('arabic');
    expect(detectScript('عبدالرقیب تخاری')).toBe('arabic'); // Persian letters
    expect(detectScript('Умаров Доку')).toBe('cyrillic');
    expect(detectScript('JAMAAH ANSHARUT DAULAH')).toBe('latin');
    expect(detectScript('김정은')).toBe('other');
  });
});
