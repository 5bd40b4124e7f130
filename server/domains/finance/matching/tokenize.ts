// Splits a name into comparable parts: script handling, Arabic compound names (abd/abu),
// particles (al-, bin), titles, legal forms, initials, and the nasab chain order.

import { hasArabic } from './arabic.js';
import { nameKey, skeleton } from './keys.js';
import { normalizeLatin } from './latin.js';
import { romanizeOtherScripts } from './other-scripts.js';
import type { NameToken, TokenOrigin, TokenRole } from './token.js';
import { transliterateArabicWord } from './transliterate.js';
import { ABD_FORMS, ARTICLES, COMMON_NAME_KEYS, LEGAL_FORMS, LEGAL_PHRASES, NUMBER_WORDS, SUN_ARTICLES, TITLES } from './vocabulary.js';

export type NameKindHint = 'person' | 'entity';

interface Piece {
  norm: string;
  text: string;
  origin: TokenOrigin;
  vowelless: boolean;
  /** Joined to the next piece by a hyphen in the input ("ash-Shami"). */
  hyphen: boolean;
}

/** "AL-AHMAD, Mohammed" → "Mohammed AL-AHMAD" for people (one comma = surname first). */
function unInvert(name: string, kind: NameKindHint | undefined): string {
  if (kind === 'entity') return name;
  const parts = name.split(',');
  if (parts.length !== 2 || parts[1]!.trim() === '') return name;
  return `${parts[1]!.trim()} ${parts[0]!.trim()}`;
}

function pieces(name: string, kind: NameKindHint | undefined): Piece[] {
  const out: Piece[] = [];
  for (const word of unInvert(name, kind).split(/\s+/)) {
    if (!word) continue;
    let latin = word;
    let origin: TokenOrigin = 'latin';
    let vowelless = false;
    if (hasArabic(word)) {
      const t = transliterateArabicWord(word);
      latin = t.latin;
      origin = 'arabic';
      vowelless = t.via === 'rules';
    } else {
      const romanised = romanizeOtherScripts(word);
      if (romanised !== word) origin = 'script';
      latin = romanised;
    }
    let norm = normalizeLatin(latin);
    if (kind === 'entity') for (const [re, rep] of LEGAL_PHRASES) norm = norm.replace(re, rep);
    const parts = norm.split(' ').filter(Boolean);
    const hyphenated = /[-‐‑]/.test(word);
    const rawParts = word.split(/[-‐‑]/).filter(Boolean);
    const textOf = (i: number): string => (rawParts.length === parts.length ? rawParts[i]! : word);
    parts.forEach((p, i) => out.push({ norm: p, text: textOf(i), origin, vowelless, hyphen: hyphenated && i < parts.length - 1 }));
  }
  if (kind === 'entity') {
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

function canonical(norm: string): string {
  return nameKey(norm);
}

/** Merges abd/abu compounds into one part: "Abd al-Rahman" = "Abdurrahman" = "abdrahman". */
function mergeCompounds(ps: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const isAbd = ABD_FORMS.has(p.norm);
    const isAbu = canonical(p.norm) === 'abu';
    if ((isAbd || isAbu) && i + 1 < ps.length) {
      let j = i + 1;
      if (isArticle(ps[j]!) && j + 1 < ps.length) j++;
      const next = ps[j]!;
      if (/^[a-z]+$/.test(next.norm) && next.norm.length >= 2 && canonical(next.norm) !== 'bin') {
        const stem = isAbd ? abdStem(next.norm) : next.norm;
        const text = ps.slice(i, j + 1).map((x) => x.text).filter((t, k, arr) => arr.indexOf(t) === k).join(' ');
        out.push({ norm: `${isAbd ? 'abd' : 'abu'}${stem}`, text, origin: next.origin, vowelless: next.vowelless, hyphen: false });
        i = j;
        continue;
      }
    }
    const joinedAbd = /^abd(.{3,})$/.exec(p.norm);
    if (joinedAbd && !isAbd) {
      out.push({ ...p, norm: `abd${abdStem(joinedAbd[1]!)}` });
      continue;
    }
    const joinedAbu = /^(?:abu|abou|abo)([a-z]{4,})$/.exec(p.norm);
    if (joinedAbu) {
      out.push({ ...p, norm: `abu${joinedAbu[1]!.replace(/^(?:al|el)(?=[a-z]{3})/, '')}` });
      continue;
    }
    out.push(p);
  }
  return out;
}

function roleOf(p: Piece, next: Piece | undefined, kind: NameKindHint | undefined): TokenRole {
  if (/^[0-9]+$/.test(p.norm) || NUMBER_WORDS[p.norm] !== undefined) return 'number';
  if (p.norm.length === 1 && /[a-z]/.test(p.norm)) return 'initial';
  if (next && isArticle(p)) return 'particle';
  if (canonical(p.norm) === 'bin' && p.norm !== 'ben') return 'bin';
  if (p.norm === 'ben' && next) return 'bin';
  if (TITLES.has(p.norm) && next) return 'title';
  if (kind === 'entity' && LEGAL_FORMS[p.norm] !== undefined) return 'legal';
  return 'name';
}

const WEIGHT: Record<TokenRole, number> = { name: 1, particle: 0.1, bin: 0.1, title: 0.05, legal: 0.15, initial: 0.3, number: 0.8 };

/** Splits a name into parts with normalised form, phonetic key, skeleton, role and weight. */
export function tokenizeName(name: string, kind?: NameKindHint): NameToken[] {
  let ps = mergeCompounds(pieces(name, kind));
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
    if (role === 'number') norm = NUMBER_WORDS[norm] ?? norm;
    if (role === 'legal') norm = LEGAL_FORMS[norm] ?? norm;
    if (role === 'bin') norm = 'bin';
    if (role === 'particle') norm = 'al';
    const key = role === 'name' ? nameKey(norm) : norm;
    let weight = WEIGHT[role];
    if (role === 'name' && COMMON_NAME_KEYS.has(key)) weight = 0.7;
    return { text: p.text, norm, key, skel: role === 'name' ? skeleton(key) : key, role, weight, origin: p.origin, vowelless: p.vowelless };
  });
  assignChain(tokens);
  return tokens;
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
