// Generates bench/data/hard_arabic_variants.csv: harder, deterministic query variants of the UN
// list's designated persons whose names are Arabic (those listed with an Arabic original-script
// name). Each variant applies general regional spelling conventions, never per-name edits.
//   node --import tsx bench/screening/make-hard-set.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadUn } from './load-lists.js';

// Deterministic PRNG (mulberry32) so the file is reproducible.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20261129);
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;

const cap = (w: string): string => (w ? w[0]!.toUpperCase() + w.slice(1).toLowerCase() : w);
const words = (name: string): string[] => name.split(/\s+/).filter(Boolean);
const title = (name: string): string => words(name).map((w) => w.split('-').map(cap).join('-')).join(' ');

const MUHAMMAD = /\b(?:muhammad|mohammed|mohammad|mohamed|muhammed)\b/gi;

/** Gulf: q pronounced g, Mohammad/Mohammed, -ah endings. */
function gulf(name: string): string {
  return title(name)
    .replace(MUHAMMAD, () => pick(['Mohammad', 'Mohammed', 'Mhammad']))
    .replace(/Q/g, 'G')
    .replace(/q/g, 'g')
    .replace(/a\b/g, () => (rand() < 0.5 ? 'ah' : 'a'));
}

/** Egyptian: j pronounced g, el- article, e for a/i in closed syllables, ou for u. */
function egyptian(name: string): string {
  return title(name)
    .replace(MUHAMMAD, 'Mohamed')
    .replace(/\bAl-/g, 'El-')
    .replace(/\bAl /g, 'El ')
    .replace(/J/g, 'G')
    .replace(/j/g, 'g')
    .replace(/([^aeiou ])u([^aeiou ])/g, (m, a: string, b: string) => (rand() < 0.5 ? `${a}ou${b}` : m))
    .replace(/ai/g, 'ei');
}

/** Maghrebi (French-based): dj for j, ch for sh, ou for u, Mohamed/Mouhamed. */
function maghrebi(name: string): string {
  return title(name)
    .replace(MUHAMMAD, () => pick(['Mohamed', 'Mouhamed', 'Mohammed']))
    .replace(/Sh/g, 'Ch')
    .replace(/sh/g, 'ch')
    .replace(/J/g, 'Dj')
    .replace(/j/g, 'dj')
    .replace(/u/g, 'ou')
    .replace(/\bAl-/g, () => pick(['El-', 'El ', 'Al ']));
}

/** Arabic script: alef/hamza, ta marbuta, alef maqsura variants, random harakat and tatweel. */
function arabicVariant(name: string): string {
  let out = '';
  const chars = [...name];
  chars.forEach((ch, i) => {
    const final = i === chars.length - 1 || chars[i + 1] === ' ';
    const r = rand();
    if (ch === 'ا' && r < 0.4) out += pick(['أ', 'إ', 'آ']);
    else if ((ch === 'أ' || ch === 'إ' || ch === 'آ') && r < 0.6) out += 'ا';
    else if (ch === 'ة' && r < 0.6) out += 'ه';
    else if (ch === 'ه' && r < 0.3) out += 'ة';
    else if (ch === 'ي' && final && r < 0.3) out += 'ى';
    else if (ch === 'ى' && r < 0.6) out += 'ي';
    else out += ch;
    if (/[\u0628-\u064A]/.test(ch) && rand() < 0.25) out += pick(['\u064E', '\u064F', '\u0650', '\u0651', '\u0652']);
    if (/[\u0628-\u064A]/.test(ch) && !final && rand() < 0.05) out += '\u0640';
  });
  return out;
}

/** Drops one middle part (nasab chains are often shortened). */
function missingPart(name: string): string | undefined {
  const w = words(name);
  if (w.length < 3) return undefined;
  const i = 1 + Math.floor(rand() * (w.length - 2));
  return title([...w.slice(0, i), ...w.slice(i + 1)].join(' '));
}

/** "FAMILY, Given Father" as lists and forms print it. */
function reordered(name: string): string | undefined {
  const w = words(name);
  if (w.length < 2) return undefined;
  return `${w[w.length - 1]!.toUpperCase()}, ${title(w.slice(0, -1).join(' '))}`;
}

const rows: string[][] = [];
for (const d of loadUn()) {
  if (d.kind !== 'person') continue;
  const arabic = d.names.find((n) => n.kind === 'original-script' && n.script === 'arabic')?.text;
  if (!arabic) continue;
  const latin = d.names[0]!.text;
  const variants: Array<[string, string | undefined]> = [
    ['gulf', gulf(latin)],
    ['egyptian', egyptian(latin)],
    ['maghrebi', maghrebi(latin)],
    ['arabic-script-variant', arabicVariant(arabic)],
    ['missing-part', missingPart(latin)],
    ['reordered', reordered(latin)],
  ];
  for (const [variant, query] of variants) {
    if (query && query.toLowerCase() !== latin.toLowerCase()) rows.push([d.id, variant, query, latin]);
  }
}
const esc = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const dir = new URL('../data/', import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(
  new URL('hard_arabic_variants.csv', dir),
  ['reference_number,variant,query,listed_name', ...rows.map((r) => r.map(esc).join(','))].join('\n') + '\n',
);
console.log(`wrote ${rows.length} rows to bench/data/hard_arabic_variants.csv`);
