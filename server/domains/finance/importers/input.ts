import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';

/** A list given as a file path, or as its content (for tests and API uploads). */
export type ListInput = string | { content: string | Buffer; name: string };

export interface ParseOptions {
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

export function openInput(input: ListInput): { stream: Readable; size: number; name: string } {
  if (typeof input === 'string') {
    return { stream: fs.createReadStream(input, { highWaterMark: 256 * 1024 }), size: fs.statSync(input).size, name: path.basename(input) };
  }
  const buffer = Buffer.isBuffer(input.content) ? input.content : Buffer.from(input.content);
  return { stream: Readable.from([buffer]), size: buffer.length, name: input.name };
}
