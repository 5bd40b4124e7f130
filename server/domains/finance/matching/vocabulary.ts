// Word lists that give a token its role: name particles, titles, legal forms, very common names.
import { dictionary } from './dictionary.js';

export const ARTICLES = new Set(['al', 'el', 'ul', 'il', 'ol']);
// Sun-letter assimilated articles ("ash-Shami", "ad-Din") count only when hyphenated to the next word.
export const SUN_ARTICLES = new Set(['ad', 'ar', 'as', 'ash', 'at', 'an', 'az', 'adh', 'ath', 'ed', 'er', 'es', 'esh', 'et', 'en', 'ez', 'ech', 'us', 'ud', 'un', 'ut', 'ur', 'uz']);

const ABD_SPELLINGS = ['abd', 'abdul', 'abdel', 'abdal', 'abdol', 'abdu', 'abdur', 'abdus', 'abdoul', 'abdou', 'abdil', 'abdelal', 'abdulal'];
/**
 * Spellings of "abd" as a separate word, and the same with two adjacent letters swapped ("Adbul",
 * "Badur"): the most frequent name prefix is also the most frequently mistyped one.
 */
export const ABD_FORMS = new Set(ABD_SPELLINGS.flatMap((w) => [w, ...Array.from({ length: w.length - 1 }, (_, i) => w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))]).filter((w, k, all) => w !== 'bad' && (ABD_SPELLINGS.includes(w) || !w.startsWith('abd')) && all.indexOf(w) === k));

export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'president', 'praesident', 'prasident', 'monsieur', 'madame', 'herr', 'frau',
  'sheikh', 'shaikh', 'shaykh', 'sheik', 'shaik', 'cheikh', 'mullah', 'mulla', 'mawlawi', 'maulavi', 'maulvi', 'mawlavi', 'moulavi',
  'haji', 'hajji', 'alhaj', 'alhajj', 'hajj', 'qari', 'mufti', 'imam', 'amir', 'emir', 'sayyid', 'general', 'gen', 'col', 'colonel',
  'capt', 'captain', 'brig', 'maj', 'major', 'lt', 'admiral', 'doctor', 'engineer', 'eng', 'ustadh', 'ustaz', 'mv',
]);

// Legal-form words mapped to one canonical code, so "Ltd" = "Limited" and "AG" = "Aktiengesellschaft".
export const LEGAL_FORMS: Record<string, string> = dictionary({
  ltd: 'ltd', limited: 'ltd', llc: 'llc', inc: 'inc', incorporated: 'inc', corp: 'corp', corporation: 'corp',
  co: 'co', company: 'co', plc: 'plc', ag: 'ag', aktiengesellschaft: 'ag', gmbh: 'gmbh', sa: 'sa', srl: 'srl',
  jsc: 'jsc', ojsc: 'jsc', pjsc: 'jsc', cjsc: 'jsc', oao: 'jsc', zao: 'jsc', pao: 'jsc', ao: 'jsc', ooo: 'llc',
  pte: 'pte', pty: 'pty', bv: 'bv', nv: 'nv', se: 'se', spa: 'spa', kg: 'kg', lp: 'lp', llp: 'llp', sarl: 'sarl',
  fze: 'fze', fzc: 'fzc', fzco: 'fzc', est: 'est', establishment: 'est', group: 'group', holding: 'holding', holdings: 'holding',
  trust: 'trust', foundation: 'foundation', the: 'the', of: 'of', and: 'and', for: 'for', in: 'in', de: 'de', la: 'la', le: 'le', des: 'de', du: 'de',
});
/**
 * The canonical legal form of a word, also of a long legal-form word misspelt by one letter
 * ("Aktiengeselschaft"; "Cooperation" is two letters from "Corporation" and stays a name).
 */
export function legalForm(word: string): string | undefined {
  const exact = Object.hasOwn(LEGAL_FORMS, word) ? LEGAL_FORMS[word] : undefined;
  if (exact !== undefined || word.length < LONG_LEGAL_MIN - 1) return exact;
  for (const long of LONG_LEGAL) if (Math.abs(long.length - word.length) <= 1 && oneEdit(word, long)) return LEGAL_FORMS[long];
  return undefined;
}
const LONG_LEGAL_MIN = 10;
const LONG_LEGAL = Object.keys(LEGAL_FORMS).filter((w) => w.length >= LONG_LEGAL_MIN);

/** True when a and b differ by at most one inserted, deleted or substituted letter. */
function oneEdit(a: string, b: string): boolean {
  if (a.length > b.length) [a, b] = [b, a];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.length === b.length ? a.slice(i + 1) === b.slice(i + 1) : a.slice(i) === b.slice(i + 1);
}

// Generic words of organisation names: sharing them says little about which organisation it is.
export const GENERIC_ORG_WORDS = new Set([
  'business', 'trading', 'trade', 'traders', 'international', 'industries', 'industry', 'industrial', 'services', 'service',
  'solutions', 'enterprise', 'enterprises', 'general', 'global', 'national', 'investment', 'investments', 'capital',
  'management', 'resources', 'technology', 'technologies', 'systems', 'engineering', 'construction', 'development',
  'import', 'export', 'commercial', 'partners', 'associates', 'ventures', 'network', 'organization', 'organisation',
  'association', 'society', 'institute', 'center', 'centre', 'agency', 'office', 'products', 'logistics', 'shipping',
]);
export const GENERIC_ORG_WEIGHT = 0.3;

// Phrases of legal forms, folded before tokenising.
export const LEGAL_PHRASES: Array<[RegExp, string]> = [
  [/\bgesellschaft mit beschrankter haftung\b/g, 'gmbh'],
  [/\bpublic limited company\b/g, 'plc'],
  [/\b(?:open |closed |public )?joint stock company\b/g, 'jsc'],
  [/\blimited liability company\b/g, 'llc'],
  [/\bsocietatea cu raspundere limitata\b/g, 'srl'],
  // Russian legal forms as romanised in the lists and by other-scripts.ts (ООО, АО, ОАО, ПАО…).
  [/\bobshchestvo s o(?:gr|rg)anichenno[iy]j? otvets?tvennost(?:yu|iu|ju)\b/g, 'llc'],
  [/\b(?:(?:otkryto|zakryto|publichno|nepublichno)y?e )?aktsionerno[iy]?e obshchestvo\b/g, 'jsc'],
  [/\bsp z o o\b/g, 'llc'],
  [/\bo o o\b/g, 'llc'],
  [/\bs r l\b/g, 'srl'],
  [/\bp l c\b/g, 'plc'],
  [/\bs a\b/g, 'sa'],
  [/\bint l\b/g, 'international'],
  [/\bintl\b/g, 'international'],
];

export const NUMBER_WORDS: Record<string, string> = dictionary({
  one: '1', first: '1', two: '2', second: '2', three: '3', third: '3', four: '4', fourth: '4', five: '5', fifth: '5',
  fourty: '40', // a frequent misspelling of forty
  six: '6', sixth: '6', seven: '7', seventh: '7', eight: '8', eighth: '8', nine: '9', ninth: '9', ten: '10', tenth: '10',
  '1st': '1', '2nd': '2', '3rd': '3', '4th': '4', '5th': '5', eleven: '11', twelve: '12', twenty: '20', thirty: '30', forty: '40',
  fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90', hundred: '100',
});

// Given names so frequent in Arabic naming that sharing them says little (keys, see keys.ts).
export const COMMON_NAME_KEYS = new Set(['muhamad', 'ahmad', 'ahmed', 'ali', 'abdala', 'hasan', 'husain', 'mahmud', 'muhamed', 'abd', 'kan', 'xan']);

// Generation suffixes at the end of a person's name ("Reyes Jr.", Arabic الابن "the son"): a title.
export const NAME_SUFFIXES = new Set(['jr', 'junior', 'jnr', 'sr', 'snr', 'senior']);

// Legal-form words that, at the end of a person's name, are noise from a company field ("Nicolás Maduro SA").
export const PERSON_TRAILING_LEGAL = new Set(['sa', 'llc', 'ltd', 'inc', 'gmbh', 'plc', 'corp', 'jsc', 'ooo', 'limited']);
