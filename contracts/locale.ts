// The Intl locale of each official language, shared by the web app and the server's own outputs.

import type { OfficialLanguage } from './auth.js';

/**
 * Arabic uses Western (Latin) digits and the Gregorian calendar: `ar-SA` alone would give the
 * Umm al-Qura calendar, and codes, identifiers and e-mail addresses beside them are Latin.
 */
const LOCALES = {
  ar: 'ar-SA-u-ca-gregory-nu-latn',
  en: 'en-GB',
  fr: 'fr-FR',
} as const;

export function intlLocale(language: OfficialLanguage): string {
  return LOCALES[language];
}

// Made once per language: a formatter is costly to make, and lists and alerts.csv format many days.
const DAY_FORMATS = new Map<OfficialLanguage, Intl.DateTimeFormat>();

/** A calendar day given as YYYY-MM-DD; formatted in UTC so it never shifts by a day. */
export function formatDay(day: string, language: OfficialLanguage): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  let format = DAY_FORMATS.get(language);
  if (!format) DAY_FORMATS.set(language, (format = new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(date);
}
