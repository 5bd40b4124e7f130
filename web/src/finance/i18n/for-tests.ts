import i18next from 'i18next';
import { i18nForTests } from '../../i18n/for-tests';
import type { Language } from '../../i18n/languages';
import { financeResources } from './index';

/** The app's test translations plus the finance namespace, whether or not the app registers it yet. */
export async function financeI18nForTests(language: Language): Promise<void> {
  await i18nForTests(language);
  for (const [lang, bundle] of Object.entries(financeResources)) {
    if (!i18next.hasResourceBundle(lang, 'finance')) i18next.addResourceBundle(lang, 'finance', bundle);
  }
  await i18next.changeLanguage(language);
}
