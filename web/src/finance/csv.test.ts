import { describe, expect, it } from 'vitest';
import { CsvError, guessDelimiter, parseCsv, readTable } from './csv';

describe('parseCsv', () => {
  it('reads plain records with any line ending', () => {
    expect(parseCsv('a,b,c\r\n1,2,3\n4,5,6\r7,8,9')).toEqual([['a', 'b', 'c'], ['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']]);
  });

  it('does not invent an empty record after a final line break', () => {
    expect(parseCsv('a,b\r\n1,2\r\n')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv('a,,c,\n,,,')).toEqual([['a', '', 'c', ''], ['', '', '', '']]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks inside', () => {
    const text = 'name,note\r\n"Ahmad, Muhammad","He said ""no""\r\ntwice"\r\n"",x';
    expect(parseCsv(text)).toEqual([['name', 'note'], ['Ahmad, Muhammad', 'He said "no"\r\ntwice'], ['', 'x']]);
  });

  it('keeps Arabic text and drops a byte-order mark', () => {
    expect(parseCsv('\uFEFFالاسم,تاريخ\nمحمد بن عبدالله,1975')).toEqual([['الاسم', 'تاريخ'], ['محمد بن عبدالله', '1975']]);
  });

  it('treats a quote inside an unquoted field as an ordinary character', () => {
    expect(parseCsv('ab"c,d')).toEqual([['ab"c', 'd']]);
  });

  it('refuses an unterminated quoted field and says where it started', () => {
    expect(() => parseCsv('a,b\n1,"open\nstill open')).toThrow(CsvError);
    try {
      parseCsv('a,b\n1,"open\nstill open');
    } catch (error) {
      expect((error as CsvError).line).toBe(2);
    }
  });

  it('uses semicolons when the header is separated by semicolons only', () => {
    expect(guessDelimiter('name;dob\nx;1')).toBe(';');
    expect(guessDelimiter('"a;b",c\n')).toBe(',');
    expect(parseCsv('name;dob\n"Al-Ahmad; M";1975')).toEqual([['name', 'dob'], ['Al-Ahmad; M', '1975']]);
  });
});

describe('readTable', () => {
  it('splits off a trimmed header and skips blank lines', () => {
    expect(readTable(' name , dob \n\nA,1\n,\nB,2\n')).toEqual({ header: ['name', 'dob'], rows: [['A', '1'], ['B', '2']] });
  });

  it('gives an empty table for an empty file', () => {
    expect(readTable('')).toEqual({ header: [], rows: [] });
  });
});
