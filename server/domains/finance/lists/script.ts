import type { NameForm } from '../designation.js';

type Script = NonNullable<NameForm['script']>;

/** The writing system a name is mostly written in, judged by its letters. */
export function detectScript(text: string): Script {
  let arabic = 0;
  let cyrillic = 0;
  let latin = 0;
  let other = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if ((cp >= 0x0600 && cp <= 0x06ff) || (cp >= 0x0750 && cp <= 0x077f) || (cp >= 0x08a0 && cp <= 0x08ff) || (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff)) arabic++;
    else if (cp >= 0x0400 && cp <= 0x052f) cyrillic++;
    else if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) || (cp >= 0x1e00 && cp <= 0x1eff)) latin++;
    else if (/\p{L}/u.test(ch)) other++;
  }
  const max = Math.max(arabic, cyrillic, latin, other);
  if (max === 0) return 'other';
  if (arabic === max) return 'arabic';
  if (cyrillic === max) return 'cyrillic';
  if (latin === max) return 'latin';
  return 'other';
}

/** Collapses runs of whitespace (line breaks included) and trims. */
export function clean(text: string | undefined | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
