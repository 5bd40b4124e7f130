import fs from 'node:fs';
import path from 'node:path';

/**
 * What a parser reads. A plain string is a file path, unless it plainly is the content itself
 * (it contains a line break or starts with `<`). `{ text }` and Buffers are always content.
 */
export type ListInput = string | Buffer | Uint8Array | { text: string; name?: string } | { path: string };

export type ProgressCallback = (bytesRead: number, totalBytes: number) => void;

export interface ParseOptions {
  /** Called as the file is read, with bytes read so far and the total. */
  onProgress?: ProgressCallback;
  /** Name used in error messages; defaults to the file's base name or the format's usual name. */
  fileName?: string;
}

const CHUNK = 64 * 1024;

type Resolved = { kind: 'file'; path: string } | { kind: 'bytes'; bytes: Uint8Array; name?: string };

function resolve(input: ListInput): Resolved {
  if (typeof input === 'string') {
    if (input.includes('\n') || input.trimStart().startsWith('<')) return { kind: 'bytes', bytes: Buffer.from(input, 'utf8') };
    return { kind: 'file', path: input };
  }
  if (input instanceof Uint8Array) return { kind: 'bytes', bytes: input };
  if ('path' in input) return { kind: 'file', path: input.path };
  return { kind: 'bytes', bytes: Buffer.from(input.text, 'utf8'), name: input.name };
}

/** The name to show in messages for this input. */
export function inputName(input: ListInput, fallback: string, explicit?: string): string {
  if (explicit) return explicit;
  const r = resolve(input);
  if (r.kind === 'file') return path.basename(r.path);
  return r.name ?? fallback;
}

/** Total size in bytes, without reading the content of a file. */
export async function inputSize(input: ListInput): Promise<number> {
  const r = resolve(input);
  if (r.kind === 'bytes') return r.bytes.byteLength;
  return (await fs.promises.stat(r.path)).size;
}

/**
 * Yields the input as decoded UTF-8 text chunks, a file streamed from disk so memory stays flat.
 * `onBytes` receives the byte count of each raw chunk as it is read. A leading BOM is dropped.
 */
export async function* readText(input: ListInput, onBytes?: (n: number) => void): AsyncGenerator<string> {
  const r = resolve(input);
  const decoder = new TextDecoder('utf-8');
  let first = true;
  const emit = (bytes: Uint8Array, last: boolean): string => {
    let text = decoder.decode(bytes, { stream: !last });
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return text;
  };
  if (r.kind === 'bytes') {
    for (let offset = 0; offset < r.bytes.byteLength; offset += CHUNK) {
      const bytes = r.bytes.subarray(offset, Math.min(offset + CHUNK, r.bytes.byteLength));
      const text = emit(bytes, false);
      onBytes?.(bytes.byteLength);
      if (text) yield text;
    }
  } else {
    for await (const chunk of fs.createReadStream(r.path, { highWaterMark: CHUNK })) {
      const bytes = chunk as Buffer;
      const text = emit(bytes, false);
      onBytes?.(bytes.byteLength);
      if (text) yield text;
    }
  }
  const rest = emit(new Uint8Array(0), true);
  if (rest) yield rest;
}

/** Tracks bytes read across one or more inputs and reports them to the caller's progress callback. */
export class ProgressTracker {
  private read = 0;
  constructor(
    private readonly total: number,
    private readonly callback?: ProgressCallback,
  ) {}
  add = (n: number): void => {
    this.read += n;
    this.callback?.(this.read, this.total);
  };
}
