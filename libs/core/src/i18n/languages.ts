import { registerEnumType } from '@nestjs/graphql';

/** The six official UN languages, in the UN's own order. */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: UnLanguage = 'en';

/** GraphQL face of a UN language (enum values are upper case by GraphQL convention). */
export enum Language {
  AR = 'ar',
  ZH = 'zh',
  EN = 'en',
  FR = 'fr',
  RU = 'ru',
  ES = 'es',
}
registerEnumType(Language, { name: 'Language', description: 'One of the six official UN languages.' });

/** How a translation of a need or an offer came about (the original is neither). */
export enum TranslationKind {
  MACHINE = 'MACHINE',
  VERIFIED = 'VERIFIED',
}
registerEnumType(TranslationKind, { name: 'TranslationKind' });

/** Which text of a record one in `language` is: the original (no kind) or a translation (its kind). */
export function textVersion(
  language: string,
  translationKind: TranslationKind | null,
): { language: Language; isOriginal: boolean; translationKind: TranslationKind | null } {
  return { language: language as Language, isOriginal: translationKind === null, translationKind };
}

/** A text in some or all UN languages, keyed by language code. */
export type LocalizedText = Partial<Record<UnLanguage, string>>;

export function isUnLanguage(value: unknown): value is UnLanguage {
  return typeof value === 'string' && (UN_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language a response is written in: the one asked for, else the user's own, else English.
 */
export function resolveLanguage(asked?: string | null, userLanguage?: string | null): UnLanguage {
  if (isUnLanguage(asked)) return asked;
  if (isUnLanguage(userLanguage)) return userLanguage;
  return DEFAULT_LANGUAGE;
}

/**
 * The translation of a record a reader gets in `language`: none (null: the original) when the record
 * was written in it or is not translated into it. `translations` is asked for only when needed.
 */
export async function translationIn<T extends { language: string }>(
  language: UnLanguage,
  originalLanguage: string,
  translations: () => Promise<readonly T[] | null>,
): Promise<T | null> {
  if (language === originalLanguage) return null;
  return ((await translations()) ?? []).find((t) => t.language === language) ?? null;
}

/** The text in `lang`, falling back to English, then to any language present (empty = missing). */
export function pickLocalized(text: LocalizedText, lang: UnLanguage): string {
  return text[lang] || text[DEFAULT_LANGUAGE] || Object.values(text).find((v) => !!v) || '';
}
