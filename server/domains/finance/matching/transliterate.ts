// Arabic → Latin transliteration of a whole name: curated word table first (gives the vowels
// a reader expects: محمد → mohamed), then letter rules (consonant skeleton + long vowels).
// Latin output feeds the same tokenizer as Latin input, so both scripts meet in key space.

import { normalizeArabic } from './arabic.js';
import { ARABIC_NAME_WORDS } from './arabic-name-table.js';
import { ruleTransliterateWord } from './transliterate-rules.js';

export interface TransliteratedWord {
  arabic: string;
  latin: string;
  /** 'table' when the word (or its stem after al-/abd/abu) came from the curated table. */
  via: 'table' | 'rules';
}

// Words whose most frequent Latin spelling in the generated table is an unrelated English name.
// Religious titles written in Arabic script are read as the Latin titles (vocabulary.ts TITLES).
const OVERRIDES: Readonly<Record<string, string>> = {
  دين: 'din',
  ملا: 'mullah',
  مولوي: 'mawlawi',
  شيخ: 'sheikh',
  حاجي: 'haji',
  قاري: 'qari',
  مفتي: 'mufti',
};

function lookup(word: string): TransliteratedWord {
  const folded = normalizeArabic(word);
  const hit = OVERRIDES[folded] ?? ARABIC_NAME_WORDS[folded];
  if (hit !== undefined) return { arabic: word, latin: hit, via: 'table' };
  return { arabic: word, latin: ruleTransliterateWord(word), via: 'rules' };
}

function joined(prefix: string, rest: TransliteratedWord, word: string): TransliteratedWord {
  return { arabic: word, latin: `${prefix} ${rest.latin}`, via: rest.via };
}

/** Transliterates one Arabic word, splitting the article and the joined abd/abu compounds. */
export function transliterateArabicWord(raw: string): TransliteratedWord {
  const word = normalizeArabic(raw, { keepAlefMaqsura: true, keepTaMarbuta: true });
  const folded = normalizeArabic(word);
  if (folded === 'الله' || folded === 'لله') return { arabic: word, latin: 'allah', via: 'table' };
  // The article is split before the table lookup: tables spell "al-" inconsistently.
  if (word.startsWith('ال') && word.length >= 4) return joined('al', lookup(word.slice(2)), word);
  if (ARABIC_NAME_WORDS[normalizeArabic(word)] !== undefined) return lookup(word);
  if (word.startsWith('عبد') && word.length >= 5) {
    const rest = word.slice(3);
    const stem = rest.startsWith('ال') && rest.length >= 4 ? rest.slice(2) : rest;
    if (stem === 'له' || stem === 'لله' || stem === 'الله') return { arabic: word, latin: 'abd allah', via: 'table' };
    return joined('abd al', lookup(stem), word);
  }
  if (word.startsWith('ابو') && word.length >= 6) return joined('abu', transliterateArabicWord(word.slice(3)), word);
  return lookup(word);
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
