// Arabic → Latin transliteration of a whole name: curated word table first (gives the vowels
// a reader expects: محمد → mohamed), then letter rules (consonant skeleton + long vowels).
// Latin output feeds the same tokenizer as Latin input, so both scripts meet in key space.

import { normalizeArabic } from './arabic.js';
import { ARABIC_NAME_WORDS } from './arabic-name-table.js';
import { ruleTransliterateWord } from './transliterate-rules.js';
import { dictionary } from './dictionary.js';

export interface TransliteratedWord {
  arabic: string;
  latin: string;
  /** 'table' when the word (or its stem after al-/abd/abu) came from the curated table. */
  via: 'table' | 'rules';
}

// Words whose most frequent Latin spelling in the generated table is an unrelated English name.
// Religious titles written in Arabic script are read as the Latin titles (vocabulary.ts TITLES).
const OVERRIDES: Readonly<Record<string, string>> = dictionary({
  دين: 'din',
  ملا: 'mullah',
  مولوي: 'mawlawi',
  شيخ: 'sheikh',
  حاجي: 'haji',
  قاري: 'qari',
  مفتي: 'mufti',
  اسحاق: 'ishaq', // the table has the English "Isaac"
  حي: 'hai', // Abd al-Hayy: the letter rules would read "hi"
});

// Letters only Persian, Urdu and Pashto write: such a word is read with their sounds (ض = z).
const PERSIAN_LETTERS = /[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06D2\u06C1\u06BE\u0691\u0679\u0688\u06BA]/;

function tableWord(word: string): string | undefined {
  const folded = normalizeArabic(word);
  return OVERRIDES[folded] ?? ARABIC_NAME_WORDS[folded];
}

function lookup(word: string, persian = false): TransliteratedWord {
  const hit = tableWord(word);
  if (hit !== undefined) return { arabic: word, latin: hit, via: 'table' };
  // Pashto tribal names: a known name + زی "-zai" (نورزی = Noorzai, اسحاقزی = Ishaqzai).
  if (word.length >= 5 && /زي$/.test(normalizeArabic(word))) {
    const stem = tableWord(word.slice(0, -2));
    if (stem !== undefined) return { arabic: word, latin: `${stem}zai`, via: 'table' };
  }
  return { arabic: word, latin: ruleTransliterateWord(word, { persian }), via: 'rules' };
}

function joined(prefix: string, rest: TransliteratedWord, word: string): TransliteratedWord {
  return { arabic: word, latin: `${prefix} ${rest.latin}`, via: rest.via };
}

/** Transliterates one Arabic word, splitting the article and the joined abd/abu compounds. */
export interface TransliterateOptions {
  /** Read a leading بن joined to a known name as "bin" (person names; بنغازي is a city). */
  joinedBin?: boolean;
}

export function transliterateArabicWord(raw: string, options: TransliterateOptions = {}): TransliteratedWord {
  const persian = PERSIAN_LETTERS.test(raw);
  const word = normalizeArabic(raw, { keepAlefMaqsura: true, keepTaMarbuta: true });
  const folded = normalizeArabic(word);
  if (folded === 'الله' || folded === 'لله') return { arabic: word, latin: 'allah', via: 'table' };
  // "The son" after a name is the suffix Jr. (vocabulary.ts NAME_SUFFIXES).
  if (folded === 'الابن') return { arabic: word, latin: 'jr', via: 'table' };
  // The article is split before the table lookup: tables spell "al-" inconsistently.
  if (word.startsWith('ال') && word.length >= 4) return joined('al', lookup(word.slice(2), persian), word);
  if (ARABIC_NAME_WORDS[normalizeArabic(word)] !== undefined) return lookup(word);
  if (word.startsWith('عبد') && word.length >= 5) {
    const rest = word.slice(3);
    const stem = rest.startsWith('ال') && rest.length >= 4 ? rest.slice(2) : rest;
    if (stem === 'له' || stem === 'لله' || stem === 'الله') return { arabic: word, latin: 'abd allah', via: 'table' };
    return joined('abd al', lookup(stem, persian), word);
  }
  if (word.startsWith('ابو') && word.length >= 6) return joined('abu', transliterateArabicWord(word.slice(3)), word);
  // بن written joined to a known name (بنحسين = bin Husayn, بنعلي = Ben Ali).
  if (options.joinedBin && word.startsWith('بن') && word.length >= 5 && tableWord(word.slice(2)) !== undefined) return joined('bin', lookup(word.slice(2)), word);
  return splitHiddenSpace(word) ?? lookup(word, persian);
}

// Letters that never join the next one: after them a missing space is invisible (محمدعبد).
const NON_CONNECTING = new Set(['ا', 'د', 'ذ', 'ر', 'ز', 'و', 'ة', 'ى']);

/** Two known names run together after a non-connecting letter: محمدعبد = محمد عبد, محمدعلي = محمد علي. */
function splitHiddenSpace(word: string): TransliteratedWord | undefined {
  if (tableWord(word) !== undefined) return undefined;
  for (let i = 3; i <= word.length - 2; i++) {
    if (!NON_CONNECTING.has(word[i - 1]!)) continue;
    const left = tableWord(word.slice(0, i));
    const right = word.slice(i);
    if (left === undefined || (right !== 'عبد' && (right.length < 3 || tableWord(right) === undefined))) continue;
    return { arabic: word, latin: `${left} ${right === 'عبد' ? 'abd' : tableWord(right)!}`, via: 'table' };
  }
  return undefined;
}

/** Transliterates Arabic-script text word by word; non-Arabic words pass through unchanged. */
export function transliterateArabicWords(text: string): TransliteratedWord[] {
  return text
    .split(/[\s,;.()\-_/]+/)
    .filter((w) => w.length > 0)
    .map((w) => (/[\u0600-\u06FF]/.test(w) ? transliterateArabicWord(w) : { arabic: w, latin: w, via: 'rules' as const }));
}

/** Arabic-script text to a Latin rendering, e.g. "عبد الله بن محمد" → "abd allah ibn mohamed". */
export function transliterateArabic(text: string): string {
  return transliterateArabicWords(text)
    .map((w) => w.latin)
    .join(' ');
}
