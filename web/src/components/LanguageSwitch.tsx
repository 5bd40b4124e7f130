import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { changeLanguage } from '../i18n/change';
import { LANGUAGES, type Language } from '../i18n/languages';
import { currentLanguage } from '../i18n/setup';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { session } = useSession();
  const active = currentLanguage();

  const label = (language: Language) => {
    switch (language) {
      case 'ar': return t('language.ar');
      case 'en': return t('language.en');
      case 'fr': return t('language.fr');
    }
  };

  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          dir={language === 'ar' ? 'rtl' : 'ltr'}
          aria-pressed={language === active}
          className={language === active ? 'active' : undefined}
          onClick={() => void changeLanguage(language, { persist: true, signedIn: session.status === 'signed-in' })}
        >
          {label(language)}
        </button>
      ))}
    </div>
  );
}
