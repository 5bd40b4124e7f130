import type { Language } from '../i18n/languages';

/**
 * Arabic uses Western (Latin) digits and the Gregorian calendar: `ar-SA` alone would give the
 * Umm al-Qura calendar, and codes, identifiers and e-mail addresses on the same pages are Latin.
 */
const LOCALES: Record<Language, string> = {
  ar: 'ar-SA-u-ca-gregory-nu-latn',
  en: 'en-GB',
  fr: 'fr-FR',
};

export function intlLocale(language: Language): string {
  return LOCALES[language];
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language)).format(value);
}

/** A calendar day given as YYYY-MM-DD; formatted in UTC so it never shifts by a day. */
export function formatDay(day: string, language: Language): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

export function compareNames(language: Language): (a: string, b: string) => number {
  return new Intl.Collator(intlLocale(language), { sensitivity: 'base' }).compare;
}

/** "a, b and c" in the reader's language. */
export function formatList(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(intlLocale(language), { style: 'long', type: 'conjunction' }).format(items);
}
