// Public API of the Arabic-aware sanctions name-matching library (pure: no database, no HTTP).

export { normalizeArabic, hasArabic, asciiDigits } from './arabic.js';
export { normalizeLatin } from './latin.js';
export { romanizeOtherScripts } from './other-scripts.js';
export { nameKey, skeleton } from './keys.js';
export { transliterateArabic, transliterateArabicWord, transliterateArabicWords } from './transliterate.js';
export { tokenizeName, type NameKindHint } from './tokenize.js';
export type { NameToken, TokenRole, TokenOrigin } from './token.js';
export { keySimilarity } from './similarity.js';
export { compareTokens, type MatchHow } from './compare.js';
export { alignNames, type Alignment, type PartMatch } from './align.js';
export { compareNames, scoreNames } from './score-names.js';
export { secondaryEvidence, EVIDENCE, type Evidence, type ScreeningQuery } from './evidence.js';
export { countryCode } from './country.js';
export type { Explanation } from './explain.js';
export { buildIndex, DEFAULT_THRESHOLD, type NameIndex, type Candidate, type ScreenOptions, type IndexStats } from './name-index.js';
