import { ImportError } from './import-error.js';

const SPECIAL = /[,\r\n"]/g;

/** One CSV record and the (one-based) line on which it starts. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * A small RFC 4180 reader that is fed text chunk by chunk. Fields may be quoted; inside quotes a
 * doubled quote is a literal quote and line breaks are part of the field. Records end at LF or CRLF.
 * A lone quote inside an unquoted field is kept literally (real lists contain them).
 */
export class CsvReader {
  private fields: string[] = [];
  private field = '';
  private state: 'start' | 'unquoted' | 'quoted' | 'quote-in-quoted' = 'start';
  private line = 1;
  private recordLine = 1;
  private pendingCr = false;
  private recordHasContent = false;

  constructor(private readonly fileName: string) {}

  /** Feeds a chunk; returns the records completed by it. */
  push(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === '\n') continue; // the LF of a CRLF already ended the record
      }
      switch (this.state) {
        case 'quoted': {
          if (c === '"') {
            this.state = 'quote-in-quoted';
            break;
          }
          // copy the run up to the next quote in one go
          let end = text.indexOf('"', i);
          if (end < 0) end = text.length;
          const run = text.slice(i, end);
          for (let n = run.indexOf('\n'); n >= 0; n = run.indexOf('\n', n + 1)) this.line++;
          this.field += run;
          i = end - 1;
          break;
        }
        case 'quote-in-quoted':
          if (c === '"') {
            this.field += '"';
            this.state = 'quoted';
          } else if (c === ',') this.endField();
          else if (c === '\r' || c === '\n') this.endRecord(out, c);
          else if (c === ' ' || c === '\t') {
            // whitespace after a closing quote is tolerated and ignored
          } else {
            throw new ImportError({ file: this.fileName, line: this.line }, `unexpected character ${JSON.stringify(c)} after a closing quote`);
          }
          break;
        default: // 'start' or 'unquoted'
          if (c === ',') this.endField();
          else if (c === '\r' || c === '\n') this.endRecord(out, c);
          else if (c === '"' && this.state === 'start') {
            this.state = 'quoted';
            this.recordHasContent = true;
          } else {
            // copy the run up to the next separator, line break or quote in one go
            SPECIAL.lastIndex = i + 1;
            const end = SPECIAL.exec(text)?.index ?? text.length;
            this.field += text.slice(i, end);
            this.state = 'unquoted';
            this.recordHasContent = true;
            i = end - 1;
          }
      }
    }
    return out;
  }

  /** Ends the input; returns the last record if the file does not end with a line break. */
  end(): CsvRecord[] {
    if (this.state === 'quoted') {
      throw new ImportError({ file: this.fileName, line: this.recordLine }, 'quoted field is not closed before the end of the file');
    }
    const out: CsvRecord[] = [];
    if (this.recordHasContent || this.fields.length > 0) {
      this.endField();
      out.push({ line: this.recordLine, fields: this.fields });
    }
    this.fields = [];
    return out;
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.state = 'start';
    this.recordHasContent = true;
  }

  private endRecord(out: CsvRecord[], c: string): void {
    if (this.recordHasContent || this.fields.length > 0) {
      this.fields.push(this.field);
      out.push({ line: this.recordLine, fields: this.fields });
    }
    this.fields = [];
    this.field = '';
    this.state = 'start';
    this.recordHasContent = false;
    if (c === '\r') this.pendingCr = true;
    this.line++;
    this.recordLine = this.line;
  }
}

/** Reads every record of a text stream. */
export async function* readCsv(chunks: AsyncIterable<string>, fileName: string): AsyncGenerator<CsvRecord> {
  const reader = new CsvReader(fileName);
  for await (const chunk of chunks) yield* reader.push(chunk);
  yield* reader.end();
}
