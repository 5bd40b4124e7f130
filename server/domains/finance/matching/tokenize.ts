// Splits a name into comparable parts: script handling, Arabic compound names (abd/abu),
// particles (al-, bin), titles, legal forms, initials, and the nasab chain order.

import { hasArabic, normalizeArabic } from './arabic.js';
import { nameKey, skeleton } from './keys.js';
import { normalizeLatin } from './latin.js';
import { ORG_GENERIC, ORG_PHRASE_FILLERS, orgArabicWord, orgLatinElision, orgLatinWord } from './organisation-words.js';
import { romanizeOtherScripts } from './other-scripts.js';
import type { NameToken, TokenOrigin, TokenRole } from './token.js';
import { transliterateArabicWord } from './transliterate.js';
import { ABD_FORMS, ARTICLES, COMMON_NAME_KEYS, GENERIC_ORG_WEIGHT, GENERIC_ORG_WORDS, LEGAL_PHRASES, legalForm, NAME_SUFFIXES, NUMBER_WORDS, PERSON_TRAILING_LEGAL, SUN_ARTICLES, TITLES } from './vocabulary.js';

export type NameKindHint = 'person' | 'entity';

interface Piece {
  norm: string;
  text: string;
  origin: TokenOrigin;
  vowelless: boolean;
  /** Joined to the next piece by a hyphen in the input ("ash-Shami"). */
  hyphen: boolean;
  /** nameKey(keyNorm) and its skeleton, remembered with the word's pieces: valid while the norm is still keyNorm. */
  key?: string;
  skel?: string;
  keyNorm?: string;
}

/** "AL-AHMAD, Mohammed" → "Mohammed AL-AHMAD" for people (one comma = surname first). */
function unInvert(name: string, kind: NameKindHint | undefined): string {
  if (kind === 'entity' || !name.includes(',')) return name;
  const parts = name.split(',');
  if (parts.length !== 2 || parts[1]!.trim() === '') return name;
  return `${parts[1]!.trim()} ${parts[0]!.trim()}`;
}

/** A word's pieces, and their tokens when no rule of a person's name can change them (plainTokens). */
interface WordEntry {
  pieces: Piece[];
  plain: NameToken[] | undefined;
}

// Words repeat across names (given names, family names): remember each word's pieces, per kind
// hint, since the hint changes them (an Arabic word joined with bin is split for a person only).
const WORD_MEMO = { person: new Map<string, WordEntry>(), entity: new Map<string, WordEntry>(), none: new Map<string, WordEntry>() };
const WORD_MEMO_MAX = 50_000;

function wordEntry(word: string, kind: NameKindHint | undefined): WordEntry {
  const memo = WORD_MEMO[kind ?? 'none'];
  let entry = memo.get(word);
  if (!entry) {
    const ps = computeWordPieces(word, kind);
    for (const p of ps) {
      p.keyNorm = p.norm;
      p.key = nameKey(p.norm);
      p.skel = skeleton(p.key);
      Object.freeze(p); // shared by every name with this word: an edit in place would throw, not leak
    }
    // An exact-size copy: the memo keeps up to 50,000 words' pieces.
    entry = { pieces: ps.slice(), plain: kind === 'entity' ? undefined : plainPieceTokens(ps) };
    if (memo.size >= WORD_MEMO_MAX) memo.clear();
    memo.set(word, entry);
  }
  return entry;
}

function wordPieces(word: string, kind: NameKindHint | undefined): Piece[] {
  return wordEntry(word, kind).pieces;
}

function pieces(name: string, kind: NameKindHint | undefined): Piece[] {
  const out: Piece[] = [];
  for (const word of unInvert(name, kind).split(/\s+/)) {
    if (!word) continue;
    // The remembered pieces themselves: later steps never edit a piece in place (they make new ones).
    for (const p of wordPieces(word, kind)) out.push(p);
  }
  return finishPieces(out, kind);
}

const JOINED_LEGAL = /(\p{Ll})(AG|GmbH|GMBH|LLC|LLP|Ltd|LTD|Inc|INC|PLC|JSC|PJSC|OJSC|SA|SE|NV|BV|KG|SpA|SRL|SARL)$/u;

function computeWordPieces(word: string, kind: NameKindHint | undefined): Piece[] {
  const out: Piece[] = [];
  if (kind === 'entity' && hasArabic(word)) {
    // Organisation words are translated, not transliterated (organisation-words.ts).
    const org = orgArabicWord(normalizeArabic(word));
    if (org) {
      for (const norm of org.parts) out.push({ norm, text: word, origin: 'arabic', vowelless: false, hyphen: false });
      if (org.rest !== undefined) {
        const t = transliterateArabicWord(org.rest);
        for (const norm of normalizeLatin(t.latin).split(' ').filter(Boolean)) out.push({ norm, text: word, origin: 'arabic', vowelless: t.via === 'rules', hyphen: false });
      }
      return out;
    }
  }
  {
    let latin = word;
    let origin: TokenOrigin = 'latin';
    let vowelless = false;
    if (hasArabic(word)) {
      const t = transliterateArabicWord(word, { joinedBin: kind === 'person' });
      latin = t.latin;
      origin = 'arabic';
      vowelless = t.via === 'rules';
    } else {
      const romanised = romanizeOtherScripts(word);
      if (romanised !== word) origin = 'script';
      // A legal form written joined to the name in capitals ("SiemensAG") is a separate word.
      latin = kind === 'entity' && origin === 'latin' ? romanised.replace(JOINED_LEGAL, '$1 $2') : romanised;
    }
    let norm = normalizeLatin(latin);
    if (kind === 'entity') for (const [re, rep] of LEGAL_PHRASES) norm = norm.replace(re, rep);
    // Most words are one part without a hyphen: no splitting then (and no closures, which the
    // TypeScript loader wraps in a naming call each time they are made).
    const hyphenated = /[-‐‑]/.test(word);
    const parts = norm.includes(' ') ? norm.split(' ').filter(Boolean) : norm ? [norm] : [];
    const rawParts = hyphenated ? word.split(/[-‐‑]/).filter(Boolean) : [word];
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      const piece: Piece = { norm: p, text: rawParts.length === parts.length ? rawParts[i]! : word, origin, vowelless, hyphen: hyphenated && i < parts.length - 1 };
      if (kind === 'entity' && origin !== 'script') {
        const org = orgLatinWord(p) ?? (origin === 'arabic' ? undefined : orgLatinElision(p));
        if (typeof org === 'string') {
          out.push({ ...piece, norm: org, vowelless: false });
          continue;
        }
        if (org) {
          out.push({ ...piece, norm: org[0], hyphen: false }, { ...piece, norm: org[1], vowelless: false });
          continue;
        }
      }
      out.push(piece);
    }
  }
  return out;
}

function finishPieces(out: Piece[], kind: NameKindHint | undefined): Piece[] {
  if (kind === 'entity') {
    // "Money exchange" is one word in the Arabic (صرافة): the filler word is left out.
    out = out.filter((p, i) => ORG_PHRASE_FILLERS[p.norm] === undefined || out[i + 1]?.norm !== ORG_PHRASE_FILLERS[p.norm]);
    // Legal phrases can span words ("Joint Stock Company"): fold them over the whole name too.
    let joined = out.map((p) => p.norm).join(' ');
    for (const [re, rep] of LEGAL_PHRASES) joined = joined.replace(re, rep);
    if (joined !== out.map((p) => p.norm).join(' ')) {
      return joined.split(' ').map((norm) => ({ norm, text: norm, origin: 'latin' as const, vowelless: false, hyphen: false }));
    }
  }
  return out;
}

/** The stem after "abd": article and assimilation removed, all spellings of Allah folded. */
export function abdStem(rest: string): string {
  if (/^(?:[aeiou]{0,2}l)?l[aeiou]h?$/.test(rest) || /^[aeiou]{1,2}l{1,2}ah?$/.test(rest)) return 'allah';
  if (/^(?:ou|[aeiou])l(?=[a-z]{3})/.test(rest)) return rest.replace(/^(?:ou|[aeiou])l/, '');
  if (/^(?:ou|[aeiou])([a-z])\1/.test(rest)) return rest.replace(/^(?:ou|[aeiou])([a-z])\1/, '$1');
  if (/^(?:ou|u)(?=[a-z]{3})/.test(rest)) return rest.replace(/^(?:ou|u)/, '');
  return rest;
}

function isArticle(p: Piece): boolean {
  return ARTICLES.has(p.norm) || (SUN_ARTICLES.has(p.norm) && p.hyphen);
}

/**
 * The word's key is "bin" (bin, ibn, ben, ould, binti…). No letter rule of keys.ts makes a leading
 * b or a out of another letter, so only words starting with b, or one of its whole-word spellings
 * (ibn, ould), can have that key: the others are answered without a key look-up.
 */
function isBinWord(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return (c === 98 || c === 105 || c === 111) && nameKey(norm) === 'bin';
}

/** The word's key is "abu" (abu, abou, abo, bou…): likewise only words starting with a, or bou. */
function isAbuWord(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return (c === 97 || c === 98) && nameKey(norm) === 'abu';
}

// The first letters of the abd spellings (a and b): other words skip the set look-up.
const ABD_INITIALS = [...ABD_FORMS].reduce((mask, w) => mask | (1 << (w.charCodeAt(0) - 97)), 0);

// Joined forms the rules split or fold (mergeCompounds, mergeTheophoric); isPlainPiece reads the same ones.
const JOINED_ABD = /^abd(.{3,})$/;
const JOINED_BIN = /^(?:bin|ben|ibn)(?:al|el)([a-z]{3,})$/;
const JOINED_ABU = /^(?:abu|abou|abo)([a-z]{4,})$/;
const ASSIMILATED_ARTICLE = /^(?:al|el)([tdrzsn])\1([a-z]{2,})$/;
const PATRONYMIC_SUFFIX = /^(?:zada|zadah|zadeh|zade|zai)$/;

/** Merges abd/abu compounds into one part: "Abd al-Rahman" = "Abdurrahman" = "abdrahman". */
function mergeCompounds(ps: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const c0 = p.norm.charCodeAt(0);
    const isAbd = c0 >= 97 && c0 <= 122 && (ABD_INITIALS & (1 << (c0 - 97))) !== 0 && ABD_FORMS.has(p.norm);
    const isAbu = isAbuWord(p.norm);
    if ((isAbd || isAbu) && i + 1 < ps.length) {
      let j = i + 1;
      if (isArticle(ps[j]!) && j + 1 < ps.length) j++;
      const next = ps[j]!;
      if (/^[a-z]+$/.test(next.norm) && next.norm.length >= 2 && !isBinWord(next.norm)) {
        const stem = isAbd ? abdStem(next.norm) : next.norm;
        const text = ps.slice(i, j + 1).map((x) => x.text).filter((t, k, arr) => arr.indexOf(t) === k).join(' ');
        out.push({ norm: `${isAbd ? 'abd' : 'abu'}${stem}`, text, origin: next.origin, vowelless: next.vowelless, hyphen: false });
        i = j;
        continue;
      }
    }
    // The joined forms below all start with a, b or i.
    if (c0 !== 97 && c0 !== 98 && c0 !== 105) {
      out.push(p);
      continue;
    }
    const joinedAbd = JOINED_ABD.exec(p.norm);
    if (joinedAbd && !isAbd) {
      out.push({ ...p, norm: `abd${abdStem(joinedAbd[1]!)}` });
      continue;
    }
    // A nasab link written joined with its article: "Binalshibh" = "bin al-Shibh".
    const joinedBin = JOINED_BIN.exec(p.norm);
    if (joinedBin && p.origin === 'latin') {
      out.push({ ...p, norm: 'bin', hyphen: false }, { ...p, norm: 'al', hyphen: true }, { ...p, norm: joinedBin[1]! });
      continue;
    }
    const joinedAbu = JOINED_ABU.exec(p.norm);
    if (joinedAbu) {
      out.push({ ...p, norm: `abu${joinedAbu[1]!.replace(/^(?:al|el)(?=[a-z]{3})/, '')}` });
      continue;
    }
    out.push(p);
  }
  return out;
}

// Theophoric and "-al-Din" compounds are one name written as one or two words:
// "Nur al-Din" = "Noureddine" = "Nuruddin", "Ehsan Allah" = "Ehsanullah". They become one part
// spelled stem + "aldin" / stem + "allah".
const DIN_WORD = /^(?:din|deen|dine)$/;
const DIN_JOINED_WORD = /^(?:[aeiou]{1,2}d|[aeiou]l)d(?:i|ee)ne?$/; // "eddine", "uddin", "aldin"
const DIN_SUFFIX = /^([a-z]{3,}?)(?:[aeiou]{1,2}d|[aeiou]l|u|e)d(?:i|ee)ne?$/;
const ALLAH_WORD = /^(?:allah|alla|ullah|ulla|ollah|olla)$/;
const ALLAH_SUFFIX = /^([a-z]{3,}?)(?:u|o|a|ou)ll(?:ah?)?$/;

function isCompoundStem(p: Piece | undefined): p is Piece {
  return p !== undefined && /^[a-z]{2,}$/.test(p.norm) && !/(?:allah|aldin)$/.test(p.norm) && !ABD_FORMS.has(p.norm) && !/^(?:abd|abu)/.test(p.norm) && !isBinWord(p.norm) && !isArticle(p) && !TITLES.has(p.norm);
}

/** Canonical spelling of a one-word din/allah compound ("noureddine" → "nuraldin" stem kept as written). */
function compoundForm(norm: string): string {
  // Both suffixes end in -n/-ne (din) or contain "ll" (allah): most words have neither.
  if (!norm.endsWith('n') && !norm.endsWith('ne') && !norm.includes('ll')) return norm;
  if (/^(?:abd|abu)/.test(norm)) return norm;
  const din = DIN_SUFFIX.exec(norm);
  if (din) return `${din[1]}aldin`;
  const allah = ALLAH_SUFFIX.exec(norm);
  if (allah) return `${allah[1]}allah`;
  return norm;
}

/** Joins "X al-Din" / "X Eddine" / "X Allah" into one part and canonicalises one-word forms. */
function mergeTheophoric(ps: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const prev = out[out.length - 1];
    const next = ps[i + 1];
    // Every joining word below (an article, din, zada, allah) starts with a vowel, d or z: for any
    // other word the previous part need not be examined.
    const c0 = p.norm.charCodeAt(0);
    const mayJoin = c0 === 97 || c0 === 101 || c0 === 105 || c0 === 111 || c0 === 117 || c0 === 100 || c0 === 122;
    const afterStem = mayJoin && isCompoundStem(prev);
    // "X al Din": the article is the connector (also "dean", the table's spelling of دين).
    if (afterStem && (ARTICLES.has(p.norm) || SUN_ARTICLES.has(p.norm)) && next && (DIN_WORD.test(next.norm) || next.norm === 'dean')) {
      out[out.length - 1] = { ...prev, norm: `${prev.norm}aldin`, text: `${prev.text} ${p.text} ${next.text}`, hyphen: false };
      i++;
      continue;
    }
    if (afterStem && (DIN_JOINED_WORD.test(p.norm) || (DIN_WORD.test(p.norm) && prev.hyphen))) {
      out[out.length - 1] = { ...prev, norm: `${prev.norm}aldin`, text: `${prev.text} ${p.text}`, hyphen: false };
      continue;
    }
    // Persian/Pashto patronymic suffixes are written joined or apart: Akhund Zada = Akhundzada.
    if (afterStem && PATRONYMIC_SUFFIX.test(p.norm)) {
      out[out.length - 1] = { ...prev, norm: `${prev.norm}${p.norm}`, text: `${prev.text} ${p.text}`, hyphen: false, vowelless: prev.vowelless && p.vowelless };
      continue;
    }
    if (afterStem && ALLAH_WORD.test(p.norm) && out.length >= 1) {
      out[out.length - 1] = { ...prev, norm: `${prev.norm}allah`, text: `${prev.text} ${p.text}`, hyphen: false };
      continue;
    }
    // An article assimilated and written joined: "Elsseid" = "el-Sseid".
    const assimilated = p.norm.charCodeAt(1) === 108 ? ASSIMILATED_ARTICLE.exec(p.norm) : null;
    if (assimilated) {
      out.push({ ...p, norm: `${assimilated[1]}${assimilated[2]}` });
      continue;
    }
    // Most parts are no compound: keep the piece itself (this call's own copy) rather than clone it.
    const norm = compoundForm(p.norm);
    out.push(norm === p.norm ? p : { ...p, norm });
  }
  return out;
}

function roleOf(p: Piece, next: Piece | undefined, kind: NameKindHint | undefined): TokenRole {
  const c0 = p.norm.charCodeAt(0);
  if ((c0 >= 48 && c0 <= 57 && /^[0-9]+$/.test(p.norm)) || NUMBER_WORD.has(p.norm)) return 'number';
  // Roman numerals number funds, trusts and subsidiaries ("Fund VIII", "Solutions II").
  if (kind === 'entity' && /^(?=[ivx]{2,5}$)x{0,3}(?:ix|iv|v?i{0,3})$/.test(p.norm)) return 'number';
  if (p.norm.length === 1 && /[a-z]/.test(p.norm)) return 'initial';
  if (next && isArticle(p)) return 'particle';
  if (isBinWord(p.norm) && p.norm !== 'ben') return 'bin';
  if (p.norm === 'ben' && next) return 'bin';
  if (TITLES.has(p.norm) && next) return 'title';
  if (kind !== 'entity' && !next && NAME_SUFFIXES.has(p.norm)) return 'title';
  if (kind === 'entity' && legalForm(p.norm) !== undefined) return 'legal';
  if (kind !== 'entity' && !next && PERSON_TRAILING_LEGAL.has(p.norm)) return 'legal';
  return 'name';
}

// A Map: looking a fresh string up in an object first interns it, which costs more than hashing it.
const NUMBER_WORD = new Map(Object.entries(NUMBER_WORDS));

const WEIGHT: Record<TokenRole, number> = { name: 1, particle: 0.1, bin: 0.1, title: 0.05, legal: 0.15, initial: 0.3, number: 0.8 };

/** Drops an acronym in parentheses that abbreviates the words before it ("Tehrik-e Taliban Pakistan (TTP)"). */
function dropAcronymAlias(name: string): string {
  if (!name.includes('(') && !name.includes('/')) return name; // the common case, without a regex pass
  // Also an acronym given as an alternative after a slash ("Al-Itihaad al-Islamiya / AIAI").
  const out = name.replace(/\(\s*([A-Za-z]{2,8})\s*\)|\s\/\s*([A-Z]{2,8})\s*$/g, (whole, paren: string | undefined, slashed: string | undefined, offset: number) => {
    const acronym = paren ?? slashed ?? '';
    // French elision counts as a word start: "l'Unification" gives the U of MUJAO.
    const initials = name
      .slice(0, offset)
      .split(/[\s\-‐‑'’]+/)
      .map((w) => w.replace(/^[^\p{L}]+/u, '')[0]?.toLowerCase() ?? '')
      .join('');
    let k = 0;
    for (const ch of initials) if (ch === acronym[k]?.toLowerCase()) k++;
    if (k === acronym.length) return ' ';
    // Or letters taken from inside the words, from the first word's initial to the last word's
    // ("Haqqani Network (HQN)").
    const a = acronym.toLowerCase();
    const text = name.slice(0, offset).toLowerCase().replace(/[^a-z]+/g, '');
    if (a.length < 3 || a[0] !== initials[0] || a[a.length - 1] !== initials[initials.length - 1]) return whole;
    let m = 1;
    for (let i = 1; i < text.length - 1 && m < a.length - 1; i++) if (text[i] === a[m]) m++;
    return m === a.length - 1 ? ' ' : whole;
  });
  return out.trim() ? out : name;
}

/** Words a rule of a person's name joins, splits or folds, whatever stands beside them. */
const RULE_WORDS = [JOINED_ABD, JOINED_BIN, JOINED_ABU, ASSIMILATED_ARTICLE, PATRONYMIC_SUFFIX, DIN_WORD, DIN_JOINED_WORD, ALLAH_WORD];

/**
 * Whether no rule of a person's name (compounds, theophoric joins, roles other than name) can touch
 * this piece, whatever stands before or after it: a name made only of such pieces is tokenised
 * from the word memo alone (plainTokens).
 */
function isPlainPiece(p: Piece): boolean {
  const n = p.norm;
  // A word of two a–z letters or more, or one with no a–z letter or digit at all (a script that
  // stays unromanised, such as Chinese or Devanagari, which no rule reads).
  if (!/^(?:[a-z]{2,}|[^a-z0-9]+)$/.test(n) || p.keyNorm !== n) return false;
  if (ARTICLES.has(n) || SUN_ARTICLES.has(n) || ABD_FORMS.has(n) || TITLES.has(n) || NAME_SUFFIXES.has(n) || PERSON_TRAILING_LEGAL.has(n) || NUMBER_WORD.has(n)) return false;
  // isBinWord and isAbuWord, from the key the memo already holds (keyNorm is the norm).
  if (n === 'ben' || n === 'dean' || p.key === 'bin' || p.key === 'abu' || compoundForm(n) !== n) return false;
  return !RULE_WORDS.some((re) => re.test(n));
}

/** The tokens of a word's pieces as tokenizeName makes them in a person's name, if every piece is plain. */
function plainPieceTokens(ps: Piece[]): NameToken[] | undefined {
  if (ps.length === 0 || !ps.every(isPlainPiece)) return undefined;
  return ps.map((p) => ({ text: p.text, norm: p.norm, key: p.key!, skel: p.skel!, role: 'name' as const, weight: COMMON_NAME_KEYS.has(p.key!) ? 0.7 : 1, origin: p.origin, vowelless: p.vowelless, chain: undefined, id: undefined }));
}

/**
 * tokenizeName for a name (not an organisation's) whose every word is plain, as most are: the
 * same tokens, copied from the word memo without running the rules that would leave them as
 * they are. undefined when a word is not plain or the name has an inverted order or an acronym.
 */
export function plainTokens(name: string, kind: NameKindHint | undefined): NameToken[] | undefined {
  // One pass finds the words (where split(/\s+/) would cut) and rules out an inverted order, an acronym or a slash.
  let words = 0;
  let start = -1;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === COMMA || c === PAREN || c === SLASH) return undefined;
    if (isWhitespace(c)) {
      if (start >= 0) words = addWord(start, i, words);
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) words = addWord(start, name.length, words);
  const out: KindedTokens = [];
  for (let w = 0; w < words; w++) {
    const plain = wordEntry(name.slice(WORD_BOUNDS[2 * w]!, WORD_BOUNDS[2 * w + 1]!), kind).plain;
    if (plain === undefined) return undefined;
    // Fresh objects, in the field order of every token: later steps may set chain or id.
    for (const t of plain) out.push({ text: t.text, norm: t.norm, key: t.key, skel: t.skel, role: t.role, weight: t.weight, origin: t.origin, vowelless: t.vowelless, chain: undefined, id: undefined });
  }
  if (kind) out[NAME_KIND] = kind;
  return out;
}

const COMMA = 44;
const PAREN = 40;
const SLASH = 47;
/** plainTokens' scratch: start and end of each word of the name being read. */
let WORD_BOUNDS = new Int32Array(64);

function addWord(start: number, end: number, words: number): number {
  if (2 * words + 2 > WORD_BOUNDS.length) {
    const wider = new Int32Array(WORD_BOUNDS.length * 2);
    wider.set(WORD_BOUNDS);
    WORD_BOUNDS = wider;
  }
  WORD_BOUNDS[2 * words] = start;
  WORD_BOUNDS[2 * words + 1] = end;
  return words + 1;
}

/** Whether UTF-16 code unit c is white space to a regular expression's \s (ECMAScript WhiteSpace and LineTerminator). */
export function isWhitespace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Splits a name into parts with normalised form, phonetic key, skeleton, role and weight. */
export function tokenizeName(name: string, kind?: NameKindHint): NameToken[] {
  return (kind === 'entity' ? undefined : plainTokens(name, kind)) ?? tokenizeByRules(name, kind);
}

/** tokenizeName with every rule run (plainTokens is the shortcut for names the rules leave alone). */
export function tokenizeByRules(name: string, kind?: NameKindHint): NameToken[] {
  name = dropAcronymAlias(name);
  let ps = kind === 'entity' ? mergeCompounds(pieces(name, kind)) : mergeTheophoric(mergeCompounds(pieces(name, kind)));
  // Acronyms written with dots ("A.B.C.") are one part for organisations.
  if (kind === 'entity') {
    const merged: Piece[] = [];
    for (const p of ps) {
      const last = merged[merged.length - 1];
      if (p.norm.length === 1 && last && /^[a-z]+$/.test(last.norm) && last.text === p.text && last.norm.length < 6) {
        last.norm += p.norm;
      } else merged.push({ ...p });
    }
    ps = merged;
  }
  const tokens: NameToken[] = ps.map((p, i) => {
    const role = roleOf(p, ps[i + 1], kind);
    let norm = p.norm;
    if (role === 'number') norm = NUMBER_WORD.get(norm) ?? romanValue(norm) ?? norm;
    if (role === 'legal') norm = legalForm(norm) ?? norm;
    if (role === 'bin') norm = 'bin';
    if (role === 'particle') norm = 'al';
    const remembered = role === 'name' && p.keyNorm === norm;
    const key = role !== 'name' ? norm : remembered ? p.key! : nameKey(norm);
    let weight = WEIGHT[role];
    if (role === 'name' && COMMON_NAME_KEYS.has(key)) weight = 0.7;
    if (role === 'name' && kind === 'entity' && (GENERIC_ORG_WORDS.has(norm) || ORG_GENERIC.has(norm))) weight = GENERIC_ORG_WEIGHT;
    // Every field written, in the order of the index's parts (part-index-builder.ts): one object
    // shape for all tokens keeps the matcher's property reads monomorphic.
    return { text: p.text, norm, key, skel: role !== 'name' ? key : remembered ? p.skel! : skeleton(key), role, weight, origin: p.origin, vowelless: p.vowelless, chain: undefined, id: undefined };
  });
  assignChain(tokens);
  const out: KindedTokens = mergeNumbers(tokens);
  if (kind) out[NAME_KIND] = kind;
  return out;
}

// The kind each token list was tokenised as: some alignment rules hold for people or organisations
// only. Kept on the list itself under a symbol (a WeakMap entry per query cost more).
const NAME_KIND = Symbol('name kind');
type KindedTokens = NameToken[] & { [NAME_KIND]?: NameKindHint };

/**
 * An exact-size copy of a token list, with its kind: a list built by push has room for 17 tokens,
 * and an index keeps one list per name string (150,000 at the size it is designed for).
 */
export function compactTokens(tokens: NameToken[]): NameToken[] {
  const out: KindedTokens = tokens.slice();
  const kind = nameKindOf(tokens);
  if (kind) out[NAME_KIND] = kind;
  return out;
}

/** The kind hint tokenizeName was given for this token list (undefined when none). */
export function nameKindOf(tokens: NameToken[]): NameKindHint | undefined {
  return (tokens as KindedTokens)[NAME_KIND];
}

/** Numbers the parts of an explicit nasab chain: only when "bin" stands between two names. */
function assignChain(tokens: NameToken[]): void {
  const explicit = tokens.some(
    (t, i) => t.role === 'bin' && tokens.slice(0, i).some((x) => x.role === 'name') && tokens.slice(i + 1).some((x) => x.role === 'name'),
  );
  if (!explicit) return;
  let pos = 0;
  let seenName = false;
  for (const t of tokens) {
    if (t.role === 'bin' && seenName) pos++;
    if (t.role === 'name') {
      t.chain = pos;
      seenName = true;
    }
  }
}

/** "Forty Four" / "Forty 4" → one number part 44: a multiple of ten followed by a unit. */
function mergeNumbers(tokens: NameToken[]): NameToken[] {
  const out: NameToken[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev && prev.role === 'number' && t.role === 'number' && /^[2-9]0$/.test(prev.norm) && /^[1-9]$/.test(t.norm)) {
      const norm = String(Number(prev.norm) + Number(t.norm));
      out[out.length - 1] = { ...prev, text: `${prev.text} ${t.text}`, norm, key: norm, skel: norm };
    } else out.push(t);
  }
  return out;
}

function romanValue(s: string): string | undefined {
  if (!/^[ivx]+$/.test(s)) return undefined;
  const v: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i]!]!;
    const next = v[s[i + 1] ?? ''] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return String(total);
}
