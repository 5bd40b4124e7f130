// The unit the matcher compares: one name part with its normalised forms and role.

export type TokenRole = 'name' | 'particle' | 'bin' | 'title' | 'legal' | 'initial' | 'number';

/** Where the Latin form came from: written in Latin, transliterated from Arabic, or romanised from another script. */
export type TokenOrigin = 'latin' | 'arabic' | 'script';

export interface NameToken {
  /** The part as written in the input (for explanations). */
  text: string;
  /** Normalised Latin form (lower case, no diacritics); "abd" compounds joined ("abdrahman"). */
  norm: string;
  /** Phonetic Arabic name key (see keys.ts). */
  key: string;
  /** Consonant skeleton of the key. */
  skel: string;
  role: TokenRole;
  /** How much the part counts when matched or missing. */
  weight: number;
  origin: TokenOrigin;
  /** True when transliterated by letter rules only (no short vowels known). */
  vowelless: boolean;
  /** Position in an explicit nasab chain (X bin Y bin Z → 0, 1, 2), when "bin" is written. */
  chain?: number;
  /** Interned id inside an index (for per-query comparison caches). */
  id?: number;
}
