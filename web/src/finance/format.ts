import { formatDay, intlLocale } from '../format/locale';
import type { Language } from '../i18n/languages';
import type { Designation } from './types';

/** Scores and similarities are 0–1; shown with two decimals, as the threshold is. */
export function formatScore(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/**
 * A listed date of birth: a full date, a year, or a range of years. A range is worded by the caller
 * ("from 1980 to 1983"): a bare "1980–1983" would read backwards inside Arabic text.
 */
export function formatListedDob(
  dob: Designation['datesOfBirth'][number],
  language: Language,
  range: (from: string, to: string) => string,
): string {
  if (dob.date) return /^\d{4}-\d{2}-\d{2}$/.test(dob.date) ? formatDay(dob.date, language) : dob.date;
  if (dob.year !== undefined) return String(dob.year);
  if (dob.fromYear !== undefined || dob.toYear !== undefined) return range(String(dob.fromYear ?? '…'), String(dob.toYear ?? '…'));
  return '—';
}

/** A subject's date of birth as typed (YYYY or YYYY-MM-DD). */
export function formatSubjectDob(dob: string, language: Language): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(dob) ? formatDay(dob, language) : dob;
}
