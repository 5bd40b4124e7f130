import { explanationMessages } from '../../../../contracts/explanation-messages';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

/**
 * The 'finance' namespace, to register beside the app's own translations. How parts matched, the
 * match reasons and the entry kinds are shared with the server (contracts/explanation-messages.ts).
 */
export const financeResources = {
  ar: { ...ar, ...explanationMessages.ar },
  en: { ...en, ...explanationMessages.en },
  fr: { ...fr, ...explanationMessages.fr },
};
export const FINANCE_NAMESPACE = 'finance';
