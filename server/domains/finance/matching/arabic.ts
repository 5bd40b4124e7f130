// Arabic-script normalisation: folds the spelling variation that does not change a name
// (vowel marks, alef/hamza carriers, ta marbuta, Persian/Urdu letter forms, digits).
import { dictionary } from './dictionary.js';

const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g; // harakat, tanween, shadda, sukun, superscript alef, Quranic marks
const TATWEEL = /\u0640/g;
const INVISIBLE = /[\u200B-\u200F\u061C\u202A-\u202E\uFEFF]/g; // ZWNJ/ZWJ and bidi marks: ZWNJ joins Persian word parts

const LETTER_MAP: Record<string, string> = dictionary({
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0622': '\u0627', // آ
  '\u0671': '\u0627', // ٱ wasla
  '\u0672': '\u0627',
  '\u0673': '\u0627',
  '\u0629': '\u0647', // ة → ه
  '\u0649': '\u064A', // ى → ي
  '\u0624': '\u0648', // ؤ → و
  '\u0626': '\u064A', // ئ → ي
  '\u0621': '', // standalone hamza dropped
  '\u06A9': '\u0643', // Persian keheh ک → ك
  '\u06AA': '\u0643',
  '\u06CC': '\u064A', // Persian yeh ی → ي
  '\u06D2': '\u064A', // Urdu yeh barree ے
  '\u06D0': '\u064A',
  '\u06C0': '\u0647', // ۀ
  '\u06C1': '\u0647', // Urdu heh goal ہ
  '\u06BE': '\u0647', // heh doachashmee ھ
  '\u0691': '\u0631', // Urdu retroflex ڑ → ر
  '\u0679': '\u062A', // Urdu retroflex ٹ → ت
  '\u0688': '\u062F', // Urdu retroflex ڈ → د
  '\u06BA': '\u0646', // Urdu noon ghunna ں → ن
  '\u060C': ',', // Arabic comma
  '\u061B': ';',
  '\u061F': '?',
});

/** Maps Arabic-Indic (U+0660..) and Eastern Arabic-Indic (U+06F0..) digits to ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}

export interface ArabicNormalizeOptions {
  /** Keep ى (alef maqsura) so transliteration can render it as "a"; matching folds it to ي. */
  keepAlefMaqsura?: boolean;
  /** Keep ة (ta marbuta) so transliteration can render it as "a" even after a long vowel. */
  keepTaMarbuta?: boolean;
}

export function normalizeArabic(text: string, options: ArabicNormalizeOptions = {}): string {
  let out = text.normalize('NFKC').replace(TASHKEEL, '').replace(TATWEEL, '').replace(INVISIBLE, '');
  out = out.replace(/[\u0621-\u0626\u0629\u0649\u0671-\u0673\u0679\u0688\u0691\u06A9\u06AA\u06BA\u06BE\u06C0\u06C1\u06CC\u06D0\u06D2\u060C\u061B\u061F]/g, (ch, at: number, all: string) =>
    // Ta marbuta ends a word and cannot begin one: there it is a miswritten ه, kept or not.
    (options.keepAlefMaqsura && ch === '\u0649') || (options.keepTaMarbuta && ch === '\u0629' && !startsWord(all, at)) ? ch : (LETTER_MAP[ch] ?? ch),
  );
  return asciiDigits(out).replace(/\s+/g, ' ').trim();
}

function startsWord(text: string, at: number): boolean {
  return at === 0 || /\s/.test(text[at - 1]!);
}

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

export function hasArabic(text: string): boolean {
  return ARABIC_LETTER.test(text);
}
