import { createHash, randomBytes } from 'node:crypto';

/** Random values handed to clients; only their SHA-256 is stored, so a database leak reveals no usable secret. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
