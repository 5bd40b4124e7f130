import { formatDay, intlLocale } from '../../../contracts/locale';
import type { Language } from '../i18n/languages';

// The locales and day format are shared with the server's own outputs (alerts.csv).
export { formatDay, intlLocale };

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language)).format(value);
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
