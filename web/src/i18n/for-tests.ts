import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from './setup';
import type { Language } from './languages';

/** Initialises translations without a document, for rendering components in unit tests. */
export async function i18nForTests(language: Language): Promise<void> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({ resources, lng: language, fallbackLng: 'ar', interpolation: { escapeValue: false } });
  }
  await i18next.changeLanguage(language);
}
