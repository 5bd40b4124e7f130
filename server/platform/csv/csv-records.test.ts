import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CsvError, csvRecords } from './csv-records.js';

async function read(chunks: string[]) {
  const out = [];
  for await (const record of csvRecords(Readable.from(chunks.map((c) => Buffer.from(c))))) out.push(record);
  return out;
}

describe('streaming CSV', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, with line numbers', async () => {
    const records = await read(['name,dob\r\n"AL-AHMAD, Mohammed",1970\n"He said ""no""",\n"two\nlines",x\n']);
    expect(records).toEqual([
      { line: 1, fields: ['name', 'dob'] },
      { line: 2, fields: ['AL-AHMAD, Mohammed', '1970'] },
      { line: 3, fields: ['He said "no"', ''] },
      { line: 4, fields: ['two\nlines', 'x'] },
    ]);
  });

  it('gives the same records whatever the chunk boundaries, Arabic included', async () => {
    const text = 'name\n"محمد بن عبد الله ""الأحمد"""\nفاطمة\n';
    const whole = await read([text]);
    const bytes = Buffer.from(text);
    for (let cut = 1; cut < bytes.length; cut++) {
      const out = [];
      for await (const r of csvRecords(Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]))) out.push(r);
      expect(out, `cut at byte ${cut}`).toEqual(whole);
    }
    expect(whole[1].fields[0]).toBe('محمد بن عبد الله "الأحمد"');
  });

  it('reads every field whole across any chunk boundaries, even one byte at a time', async () => {
    const text = 'name,dob\r\n"AL-AHMAD, Mohammed" ,1970\r\n"He said ""no""",\n"two\nlines",x\r\nplain name,  spaced  \n\nlast,"q"';
    const expected = [
      { line: 1, fields: ['name', 'dob'] },
      { line: 2, fields: ['AL-AHMAD, Mohammed', '1970'] },
      { line: 3, fields: ['He said "no"', ''] },
      { line: 4, fields: ['two\nlines', 'x'] },
      { line: 6, fields: ['plain name', '  spaced  '] },
      { line: 8, fields: ['last', 'q'] },
    ];
    expect(await read([text])).toEqual(expected);
    for (let cut = 1; cut < text.length; cut++) expect(await read([text.slice(0, cut), text.slice(cut)]), `cut at ${cut}`).toEqual(expected);
    expect(await read(Array.from(text))).toEqual(expected);
  });

  it('names the line of a malformed record', async () => {
    await expect(read(['a,b\nc,d"e\n'])).rejects.toThrow(CsvError);
    await expect(read(['a,b\nc,d"e\n'])).rejects.toThrow('line 2');
    await expect(read(['a\n"never closed\n'])).rejects.toThrow('line 2: a quoted field is not closed');
  });
});
