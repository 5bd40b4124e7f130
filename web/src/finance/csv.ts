/**
 * A small RFC 4180 reader: fields separated by commas (or semicolons, as spreadsheet programs write
 * in many locales), optionally quoted with "…" where "" stands for one quote and line breaks may
 * appear inside quotes; records end with CRLF, LF or CR. A leading byte-order mark is dropped.
 */
export class CsvError extends Error {
  readonly line: number;
  constructor(line: number) {
    super(`unterminated quoted field starting on line ${line}`);
    this.name = 'CsvError';
    this.line = line;
  }
}

/** Semicolon when the first line has semicolons outside quotes and no comma, else comma. */
export function guessDelimiter(text: string): ',' | ';' {
  let quoted = false;
  let commas = 0;
  let semicolons = 0;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > 0 && commas === 0 ? ';' : ',';
}

export function parseCsv(input: string, delimiter: ',' | ';' = guessDelimiter(input)): string[][] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let line = 1;
  let fieldStarted = false; // distinguishes an empty last line from a record with one empty field

  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
    fieldStarted = false;
  };

  while (i < text.length) {
    const char = text[i];
    if (char === '"' && field === '') {
      // A quote at the start of a field opens a quoted field: read up to the closing quote.
      const startLine = line;
      i += 1;
      for (;;) {
        if (i >= text.length) throw new CsvError(startLine);
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line += 1;
        field += c;
        i += 1;
      }
      fieldStarted = true;
      continue;
    }
    if (char === delimiter) {
      endField();
      fieldStarted = true;
      i += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRow();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      continue;
    }
    field += char;
    fieldStarted = true;
    i += 1;
  }
  if (fieldStarted || field !== '' || row.length > 0) endRow();
  return rows;
}

/** The header row and the data rows, without wholly blank lines. */
export function readTable(text: string): { header: string[]; rows: string[][] } {
  const all = parseCsv(text).filter((row) => row.some((cell) => cell.trim() !== ''));
  const [header = [], ...rows] = all;
  return { header: header.map((cell) => cell.trim()), rows };
}
