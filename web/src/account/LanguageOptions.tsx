import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages';

/** <option>s for the interface languages, each named in itself. */
export function LanguageOptions({ languages }: { languages: readonly Language[] }) {
  const { t } = useTranslation();
  const label = (language: Language) => {
    switch (language) {
      case 'ar': return t('language.ar');
      case 'en': return t('language.en');
      case 'fr': return t('language.fr');
    }
  };
  return (
    <>
      {languages.map((language) => (
        <option key={language} value={language} lang={language}>{label(language)}</option>
      ))}
    </>
  );
}
