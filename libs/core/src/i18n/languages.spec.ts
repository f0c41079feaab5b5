import { jest } from '@jest/globals';
import { isUnLanguage, pickLocalized, resolveLanguage, textVersion, TranslationKind, translationIn, UN_LANGUAGES } from './languages.js';

describe('UN languages', () => {
  it('are the six official languages in UN order', () => {
    expect(UN_LANGUAGES).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
  });

  it('recognise only lower-case codes of the six', () => {
    expect(isUnLanguage('fr')).toBe(true);
    expect(isUnLanguage('FR')).toBe(false);
    expect(isUnLanguage('de')).toBe(false);
    expect(isUnLanguage(undefined)).toBe(false);
  });
});

describe('resolveLanguage', () => {
  it('prefers the language asked for', () => {
    expect(resolveLanguage('fr', 'ru')).toBe('fr');
  });

  it("falls back to the user's own language", () => {
    expect(resolveLanguage(undefined, 'ar')).toBe('ar');
    expect(resolveLanguage(null, 'zh')).toBe('zh');
  });

  it('falls back to English', () => {
    expect(resolveLanguage()).toBe('en');
    expect(resolveLanguage(null, null)).toBe('en');
  });

  it('ignores languages that are not UN languages', () => {
    expect(resolveLanguage('de', 'es')).toBe('es');
    expect(resolveLanguage('de', 'pt')).toBe('en');
    expect(resolveLanguage('', 'ru')).toBe('ru');
  });
});

describe('pickLocalized', () => {
  const name = { en: 'Ghana', fr: 'Ghana (fr)', es: 'Ghana (es)' };

  it('returns the text in the language asked for', () => {
    expect(pickLocalized(name, 'fr')).toBe('Ghana (fr)');
  });

  it('falls back to English', () => {
    expect(pickLocalized(name, 'ru')).toBe('Ghana');
  });

  it('falls back to any language present when English is missing', () => {
    expect(pickLocalized({ ar: '', es: 'Ghana (es)' }, 'zh')).toBe('Ghana (es)');
  });

  it('returns an empty string when there is no text at all', () => {
    expect(pickLocalized({}, 'en')).toBe('');
  });

  it('treats an empty translation as missing', () => {
    expect(pickLocalized({ fr: '', en: 'Ghana' }, 'fr')).toBe('Ghana');
  });
});

describe('translationIn', () => {
  const FR = { language: 'fr', title: 'Marquage' };

  it('gives the original (null) in its own language, without asking for the translations', async () => {
    const translations = jest.fn(() => Promise.resolve([FR]));
    await expect(translationIn('en', 'en', translations)).resolves.toBeNull();
    expect(translations).not.toHaveBeenCalled();
  });

  it('gives the translation into the language, else the original (null)', async () => {
    await expect(translationIn('fr', 'en', () => Promise.resolve([FR]))).resolves.toBe(FR);
    await expect(translationIn('ru', 'en', () => Promise.resolve([FR]))).resolves.toBeNull();
    await expect(translationIn('ru', 'en', () => Promise.resolve(null))).resolves.toBeNull();
  });
});

describe('textVersion', () => {
  it('says a text without a translation kind is the original, one with a kind a translation', () => {
    expect(textVersion('fr', null)).toEqual({ language: 'fr', isOriginal: true, translationKind: null });
    expect(textVersion('ar', TranslationKind.MACHINE)).toEqual({ language: 'ar', isOriginal: false, translationKind: TranslationKind.MACHINE });
  });
});
