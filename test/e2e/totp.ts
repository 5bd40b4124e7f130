import { createHmac } from 'node:crypto';

// RFC 6238 (SHA-1, 30-second steps, 6 digits): what an authenticator app would show.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function fromBase32(text: string): Buffer {
  const bytes: number[] = [];
  let buffer = 0;
  let bitCount = 0;
  for (const char of text.replace(/[\s=]/g, '').toUpperCase()) {
    const index = ALPHABET.indexOf(char);
    if (index === -1) throw new Error(`not base32: ${char}`);
    buffer = (buffer << 5) | index;
    bitCount += 5;
    if (bitCount >= 8) {
      bytes.push((buffer >> (bitCount - 8)) & 0xff);
      bitCount -= 8;
    }
  }
  return Buffer.from(bytes);
}

export function currentStep(): number {
  return Math.floor(Date.now() / 30_000);
}

export function codeFor(secret: string, step: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', fromBase32(secret)).update(message).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}
