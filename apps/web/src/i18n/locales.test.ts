import { describe, expect, it } from '@jest/globals';
import { directionOf, fromApiLanguage, pickLocale } from './locales';

describe('pickLocale', () => {
  it('prefers the language chosen on this device', () => {
    expect(pickLocale('ar', 'FR', ['es-ES'])).toBe('ar');
  });
  it('then the account language', () => {
    expect(pickLocale(null, 'RU', ['es-ES'])).toBe('ru');
  });
  it('then the first supported browser language, by its base', () => {
    expect(pickLocale(null, null, ['de-DE', 'fr-CA', 'es'])).toBe('fr');
    expect(pickLocale(null, null, ['zh-Hant-TW'])).toBe('zh');
  });
  it('falls back to English and ignores unknown values', () => {
    expect(pickLocale('xx', 'DE', ['de'])).toBe('en');
  });
});

describe('direction and API language', () => {
  it('is right to left for Arabic only', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('zh')).toBe('ltr');
  });
  it('maps the API enum', () => {
    expect(fromApiLanguage('ES')).toBe('es');
    expect(fromApiLanguage('DE')).toBeNull();
  });
});
