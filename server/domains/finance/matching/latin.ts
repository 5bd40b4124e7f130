// Latin-script normalisation: case, diacritics, apostrophes (ayn/hamza marks), punctuation.
import { dictionary } from './dictionary.js';

const SPECIAL: Record<string, string> = dictionary({
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŀ: 'l',
});

// Apostrophe-like marks stand for ayn/hamza ("Qa'ida", "ʿAbd"): drop them so the word stays whole.
const APOSTROPHES = /['’‘ʿʾ`´ʻʼ]/g;

// Digits used as look-alike letters inside a word ("Sech1n", "Ig0r").
const LEET: Record<string, string> = dictionary({ '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '9': 'g' });

function unLeet(word: string): string {
  if (!/[a-z]/.test(word) || !/[0-9]/.test(word) || /^[0-9]+[a-z]{1,2}$/.test(word)) return word; // keep "1st", "44"
  return word.replace(/[0-9]/g, (d) => LEET[d] ?? d);
}

const PLAIN = /^[A-Za-z]+$/;

/** Lower-case, strip diacritics (NFKD), drop apostrophes, turn other punctuation into spaces. */
export function normalizeLatin(text: string): string {
  // Most words are plain ASCII letters: for them every step below only lower-cases.
  if (PLAIN.test(text)) return text.toLowerCase();
  const stripped = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħŀ]/g, (ch) => SPECIAL[ch] ?? ch)
    .replace(APOSTROPHES, '');
  return stripped
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map(unLeet)
    .join(' ');
}
