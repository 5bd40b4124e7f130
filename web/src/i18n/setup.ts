import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';
import { financeResources } from '../finance/i18n';
import { applyDocumentLanguage, isLanguage, storedLanguage, type Language } from './languages';

export const resources = {
  ar: { translation: ar, finance: financeResources.ar },
  en: { translation: en, finance: financeResources.en },
  fr: { translation: fr, finance: financeResources.fr },
};

/** Arabic is the default; a choice stored on this device wins. */
export function setupI18n(): typeof i18next {
  const language: Language = storedLanguage() ?? 'ar';
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'ar',
    initAsync: false, // resources are bundled, so the first render is already translated
    interpolation: { escapeValue: false }, // React escapes
    returnEmptyString: false,
  });
  applyDocumentLanguage(language);
  return i18next;
}

export function currentLanguage(): Language {
  const lang = i18next.resolvedLanguage ?? i18next.language;
  return isLanguage(lang) ? lang : 'ar';
}
