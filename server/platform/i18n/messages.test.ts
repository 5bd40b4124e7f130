import { describe, expect, it } from 'vitest';
import { LANGUAGES, languageFromHeader, messages } from './messages.js';

describe('server messages', () => {
  it('has every message in the three official languages', () => {
    for (const [key, byLanguage] of Object.entries(messages)) {
      for (const language of LANGUAGES) expect(byLanguage[language], `${key}.${language}`).toMatch(/\S/);
    }
  });

  it('picks the preferred supported language from Accept-Language', () => {
    expect(languageFromHeader('fr-FR,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(languageFromHeader('de-DE,en;q=0.5')).toBe('en');
    expect(languageFromHeader('en;q=0.2,ar;q=0.9')).toBe('ar');
    expect(languageFromHeader('de')).toBe('ar');
    expect(languageFromHeader(undefined)).toBe('ar');
  });
});
