// Rule-based Arabic→Latin rendering of one word: consonants plus long vowels, no short vowels.
// Input must already be normalised with normalizeArabic(..., { keepAlefMaqsura: true, keepTaMarbuta: true }).
import { dictionary } from './dictionary.js';

const CONSONANTS: Record<string, string> = dictionary({
  ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's',
  ض: 'd', ط: 't', ظ: 'dh', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', پ: 'p', چ: 'ch',
  ژ: 'zh', گ: 'g', ڤ: 'v', ڨ: 'g',
});

const VOWEL_LETTERS = new Set(['ا', 'و', 'ي', 'ى']);

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && !VOWEL_LETTERS.has(ch) && ch !== 'ع';
}

// Persian, Urdu and Pashto pronounce ض, ظ and ذ as z (Faiz, Zarjmil, Nazar).
const PERSIAN_Z: Record<string, string> = dictionary({ ض: 'z', ظ: 'z', ذ: 'z' });

export interface RuleOptions {
  /** The word was written with Persian/Urdu letters (ی, ک, پ, گ…). */
  persian?: boolean;
}

/** Transliterates one normalised Arabic word by letter rules (e.g. حسين → hsin, محمود → mhmud). */
export function ruleTransliterateWord(word: string, options: RuleOptions = {}): string {
  const letters = [...word];
  let out = '';
  // Whether the previous letter was read as a consonant: also a و/ي read as w/y (ايوب → ayub).
  let prevConsonant = false;
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i]!;
    const prev = letters[i - 1];
    const next = letters[i + 1];
    const last = i === letters.length - 1;
    let mapped = (options.persian ? PERSIAN_Z[ch] : undefined) ?? CONSONANTS[ch];
    // ظ/ذ closing a syllable before ه is written "z" in the usual spellings (مظهر → Mazhar), so
    // the pair reads like Latin "zh"; at the start of a word a vowel always follows the consonant.
    if ((ch === 'ظ' || ch === 'ذ') && next === 'ه' && i > 0) mapped = 'z';
    // (Not at the end: final ئي after ا is -a'i, الطائي = al-Ta'i.)
    const afterConsonant = i > 0 && (isConsonant(prev) || (prevConsonant && !last));
    const outBefore = out.length;
    if (ch === 'ة') {
      out += 'a'; // ta marbuta
    } else if (ch === 'ه' && last && i > 0) {
      out += isConsonant(prev) ? 'a' : 'h'; // ta marbuta / final -ah
    } else if (mapped !== undefined) {
      // س/ص+ح/ه must not read as ش ("sh"): keep the two letters apart with a vowel ("Sahraoui").
      // The same after the first consonant of a word, which always carries a vowel: زهراني is
      // Zahrani, not "zh" (ژ), كهلان is Kahlan, not "kh" (خ).
      if (mapped === 'h' && (/[sc]$/.test(out) || (i === 1 && /[zdtkg]$/.test(out)))) out += 'a';
      out += mapped;
    } else if (ch === 'ا') {
      out += 'a';
    } else if (ch === 'ى') {
      out += 'a';
    } else if (ch === 'ع') {
      if (i === 0) out += 'a'; // initial ayn carries a vowel in every romanisation
    } else if (ch === 'و') {
      // Long u between consonants or at the end after a consonant; w otherwise.
      out += afterConsonant && next !== 'ا' ? 'u' : 'w';
    } else if (ch === 'ي') {
      out += afterConsonant && next !== 'ا' ? 'i' : 'y';
    } else if (/[0-9]/.test(ch)) {
      out += ch;
    }
    prevConsonant = out.length > outBefore && /[^aiu]$/.test(out);
  }
  return out;
}
