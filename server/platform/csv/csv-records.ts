import type { Readable } from 'node:stream';

export interface CsvRecord {
  /** The line the record starts on, 1-based (a quoted field may span lines). */
  line: number;
  fields: string[];
}

export class CsvError extends Error {
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
  }
}

/**
 * Reads RFC 4180 CSV from a stream, record by record, in constant memory. Quoted fields may hold
 * commas, doubled quotes and line breaks. `onBytes` reports how far the stream has been read.
 */
export async function* csvRecords(input: Readable | AsyncIterable<Buffer | string>, onBytes?: (bytes: number) => void): AsyncGenerator<CsvRecord> {
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  let field = '';
  let fields: string[] = [];
  let inQuotes = false;
  let quoteJustClosed = false;
  let line = 1;
  let recordLine = 1;
  let pendingCR = false;
  let started = false;

  const endRecord = (): CsvRecord | null => {
    fields.push(field);
    const record = { line: recordLine, fields };
    field = '';
    fields = [];
    quoteJustClosed = false;
    started = false;
    // A blank line is not a record.
    return record.fields.length === 1 && record.fields[0] === '' ? null : record;
  };

  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    const out: CsvRecord[] = [];
    // Plain characters are taken as one slice of the chunk (from `from` up to the next special
    // character) rather than appended one by one: a string built a character at a time is a
    // deep rope that every later reader must first flatten.
    let from = -1;
    const flush = (to: number): void => {
      if (from >= 0) {
        field += text.slice(from, to);
        from = -1;
      }
    };
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (pendingCR) {
        pendingCR = false;
        if (ch === '\n') continue;
      }
      if (!started) {
        started = true;
        recordLine = line;
      }
      if (inQuotes) {
        if (ch === '"') {
          flush(i);
          if (text[i + 1] === '"') {
            field += '"';
            i++;
          } else {
            // At the chunk's end the quote may still be doubled by the next chunk: decided there.
            inQuotes = false;
            quoteJustClosed = true;
          }
        } else {
          if (ch === '\n') line++;
          if (from < 0) from = i;
        }
        continue;
      }
      if (ch === '"') {
        flush(i);
        if (quoteJustClosed) {
          // "" split across chunks: a literal quote inside the field.
          field += '"';
          inQuotes = true;
          quoteJustClosed = false;
        } else if (field.trim() === '') {
          field = '';
          inQuotes = true;
        } else {
          throw new CsvError(line, `unexpected quote inside an unquoted field (field ${fields.length + 1})`);
        }
      } else if (ch === ',') {
        flush(i);
        fields.push(field);
        field = '';
        quoteJustClosed = false;
      } else if (ch === '\n' || ch === '\r') {
        flush(i);
        const record = endRecord();
        if (record) out.push(record);
        line++;
        if (ch === '\r') pendingCR = true;
      } else {
        if (quoteJustClosed && ch !== ' ' && ch !== '\t') throw new CsvError(line, `text after a closing quote (field ${fields.length + 1})`);
        if (!quoteJustClosed && from < 0) from = i;
      }
    }
    flush(text.length);
    onBytes?.(bytes);
    yield* out;
  }
  const tail = decoder.decode();
  if (tail) field += tail;
  if (inQuotes) throw new CsvError(recordLine, 'a quoted field is not closed before the end of the file');
  if (started) {
    const record = endRecord();
    if (record) yield record;
  }
}
