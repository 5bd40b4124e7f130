import type { NameForm } from '../designation.js';

/** Which script a name is written in, from its letters. */
export function scriptOf(text: string): NonNullable<NameForm['script']> {
  if (/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/.test(text)) return 'arabic';
  if (/[\u0400-\u04FF]/.test(text)) return 'cyrillic';
  if (/[A-Za-z\u00C0-\u024F]/.test(text)) return 'latin';
  return 'other';
}
