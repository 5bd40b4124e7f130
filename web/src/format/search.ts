import type { MemberSummary } from '../api/types';
import type { Language } from '../i18n/languages';
import { compareNames } from './locale';
import { inLanguage } from './names';

/**
 * Folds text for matching: case, Latin accents, Arabic short vowels and hamza seats
 * (NFD splits "أ" into alef + a combining hamza, which is dropped like the other marks).
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/\u0640/g, '').toLocaleLowerCase('en');
}

/** Members whose code or name in any language contains the query, sorted by name in `language`. */
export function filterMembers(items: MemberSummary[], query: string, language: Language): MemberSummary[] {
  const needle = fold(query.trim());
  const compare = compareNames(language);
  return items
    .filter((item) => !needle || [item.code, item.name.ar, item.name.en, item.name.fr].some((text) => fold(text).includes(needle)))
    .sort((a, b) => compare(inLanguage(a.name, language), inLanguage(b.name, language)));
}
