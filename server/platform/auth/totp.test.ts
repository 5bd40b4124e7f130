import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, totpCode, totpStep, verifyTotp } from './totp.js';

// RFC 6238 appendix B: the SHA-1 secret is the ASCII string "12345678901234567890".
const rfcSecret = base32Encode(Buffer.from('12345678901234567890'));

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC test vectors, last six digits', () => {
    expect(totpCode(rfcSecret, totpStep(59_000))).toBe('287082');
    expect(totpCode(rfcSecret, totpStep(1_111_111_109_000))).toBe('081804');
    expect(totpCode(rfcSecret, totpStep(1_234_567_890_000))).toBe('005924');
    expect(totpCode(rfcSecret, totpStep(2_000_000_000_000))).toBe('279037');
  });

  it('round-trips base32', () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255, 7]);
    expect(base32Decode(base32Encode(bytes)).equals(bytes)).toBe(true);
  });

  it('accepts one step of drift, refuses older codes and replays', () => {
    const now = 1_700_000_000_000;
    const step = totpStep(now);
    expect(verifyTotp(rfcSecret, totpCode(rfcSecret, step - 1), 0, now)).toBe(step - 1);
    expect(verifyTotp(rfcSecret, totpCode(rfcSecret, step + 1), 0, now)).toBe(step + 1);
    expect(verifyTotp(rfcSecret, totpCode(rfcSecret, step - 2), 0, now)).toBeNull();
    // Once a step is used it cannot be used again.
    expect(verifyTotp(rfcSecret, totpCode(rfcSecret, step), step, now)).toBeNull();
    expect(verifyTotp(rfcSecret, 'abcdef', 0, now)).toBeNull();
  });
});
