import i18next from 'i18next';
import { api } from '../api/client';
import { applyDocumentLanguage, storeLanguage, type Language } from './languages';

/**
 * Switches the interface language: translations, <html lang/dir>, this device's choice, and
 * the account's setting when signed in (so e-mails and other devices follow).
 */
export async function changeLanguage(language: Language, options: { persist: boolean; signedIn: boolean }): Promise<void> {
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
  if (options.persist) storeLanguage(language);
  if (options.signedIn) {
    try {
      await api.patch('/api/me', { language });
    } catch (error) {
      // The switch already worked locally; the account setting is a convenience.
      console.warn('could not save the language to the account', error);
    }
  }
}
