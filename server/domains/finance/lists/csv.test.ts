import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader } from './csv.js';
import { ImportError } from './import-error.js';

function readAll(chunks: string[]) {
  const reader = new CsvReader('t.csv');
  const out = chunks.flatMap((c) => reader.push(c));
  return [...out, ...reader.end()];
}

describe('CsvReader', () => {
  it('reads quoted fields, doubled quotes, embedded commas and line breaks, with start lines', () => {
    const text = 'a,"b,c","say ""hi"""\r\n1,"two\nlines",3\n\nlast,-0- ,';
    expect(readAll([text])).toEqual([
      { line: 1, fields: ['a', 'b,c', 'say "hi"'] },
      { line: 2, fields: ['1', 'two\nlines', '3'] },
      { line: 5, fields: ['last', '-0- ', ''] },
    ]);
  });

  it('keeps a stray quote inside an unquoted field', () => {
    expect(readAll(['a"b,c""\nKATA\'IB,x'])).toEqual([{ line: 1, fields: ['a"b', 'c""'] }, { line: 2, fields: ["KATA'IB", 'x'] }]);
  });

  it('gives the same records however the text is chunked, CRLF split included', () => {
    const text = '1,"x\r\ny",z\r\n2,"q""",\r\n';
    const whole = readAll([text]);
    expect(readAll(text.split(''))).toEqual(whole);
    expect(whole).toEqual([{ line: 1, fields: ['1', 'x\r\ny', 'z'] }, { line: 3, fields: ['2', 'q"', ''] }]);
  });

  it('refuses an unclosed quote and text after a closing quote, naming the line', () => {
    expect(() => readAll(['a,b\n"open,\n'])).toThrow(new ImportError({ file: 't.csv', line: 2 }, 'quoted field is not closed before the end of the file'));
    expect(() => readAll(['a\n"x"y\n'])).toThrow('t.csv line 2: unexpected character "y" after a closing quote');
  });

  it('round-trips any table written the RFC 4180 way, in any chunking (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é', 'ع') });
    const table = fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(table, fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 20 }), (rows, cuts) => {
        const text = rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';
        const chunks: string[] = [];
        let at = 0;
        for (const cut of cuts) {
          chunks.push(text.slice(at, at + cut));
          at += cut;
        }
        chunks.push(text.slice(at));
        const records = readAll(chunks);
        expect(records.map((r) => r.fields)).toEqual(rows);
        // each record starts on the line after everything before it
        let line = 1;
        records.forEach((r, i) => {
          expect(r.line).toBe(line);
          line += rows[i].join('').split('\n').length;
        });
      }),
    );
  });
});
