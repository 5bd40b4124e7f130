import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

/** The 'finance' namespace, to register beside the app's own translations. */
export const financeResources = { ar, en, fr };
export const FINANCE_NAMESPACE = 'finance';
