import type { Language } from '../i18n/languages';

export interface Trilingual {
  ar: string;
  en: string;
  fr: string;
}

export function inLanguage(text: Trilingual, language: Language): string {
  return text[language] || text.en;
}
