import type { Role, UnLanguage } from '#libs/core';
import type { DeliveryMode, NotificationCategory } from '../notification-routes.js';
import type { UnsubscribeOutcome } from './render.js';
import ar from './labels/ar.json' with { type: 'json' };
import en from './labels/en.json' with { type: 'json' };
import es from './labels/es.json' with { type: 'json' };
import fr from './labels/fr.json' with { type: 'json' };
import ru from './labels/ru.json' with { type: 'json' };
import zh from './labels/zh.json' with { type: 'json' };

/**
 * The fixed texts of notification e-mails and pages, one catalogue per language in
 * `labels/<lang>.json`. Category and mode names are keyed by the enums' values (type-only imports,
 * so that no Nest code is loaded), so a category added to the enum fails type-checking here until
 * it is named in every language's catalogue. `{category}`, `{count}` and `{updates}` are
 * filled by the renderer; they are not message placeholders.
 */
export interface NotificationLabels {
  marketplace: string;
  /** Between a label and a value in plain text (French puts a space before the colon, Chinese uses a full-width one). */
  colon: string;
  /** Role names, e.g. in an invitation ("as National Point of Contact"). */
  roles: Record<`${Role}`, string>;
  categories: Record<`${NotificationCategory}`, string>;
  modes: Record<`${DeliveryMode}`, string>;
  openInMarketplace: string;
  linkFallback: string;
  footerCategory: string;
  unsubscribe: string;
  cannotTurnOff: string;
  preferences: string;
  digestSubject: Record<'DAILY' | 'WEEKLY', string>;
  /** Every plural category in every language (unused ones repeat `other`), so that all languages have the same keys. */
  updates: Record<Intl.LDMLPluralRule, string>;
  digestIntro: string;
  digestFooter: string;
  unsubscribePage: Record<UnsubscribeOutcome, { title: string; withCategory: string; withoutCategory: string; note: string }>;
}

/** Categories in the order a digest lists them: what asks for action first, then the rest as in the enum. */
export const CATEGORY_ORDER: readonly `${NotificationCategory}`[] = [
  'ACTION_REQUIRED',
  'DEADLINES',
  'ACCOUNT',
  'NEEDS',
  'OFFERS',
  'MATCHES',
  'PROPOSALS',
  'DEAL_ROOM',
  'FUNDING',
  'MEETINGS',
  'MODERATION',
];

/**
 * One catalogue per language, `labels/<lang>.json`: typed against NotificationLabels here, so a
 * text missing in any language fails type-checking.
 */
export const NOTIFICATION_LABELS: Record<UnLanguage, NotificationLabels> = { ar, zh, en, fr, ru, es };

/**
 * The language texts are written in: the one asked for, also given as a tag such as 'fr-CA' or
 * 'ZH', else English. It lives here, beside the table it checks against, so that labels need not
 * import the renderer.
 */
export function languageOrDefault(language: string | null | undefined): UnLanguage {
  const primary = language?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(NOTIFICATION_LABELS, primary) ? (primary as UnLanguage) : 'en';
}

/** The name of a category in a language (an unknown category is shown as it is rather than dropped). */
export function categoryName(language: string | null | undefined, category: NotificationCategory): string {
  const names: Record<string, string> = NOTIFICATION_LABELS[languageOrDefault(language)].categories;
  return Object.hasOwn(names, category) ? names[category] : category;
}

/** The name of a delivery mode in a language (for preference screens). */
export function modeName(language: string | null | undefined, mode: DeliveryMode): string {
  const names: Record<string, string> = NOTIFICATION_LABELS[languageOrDefault(language)].modes;
  return Object.hasOwn(names, mode) ? names[mode] : mode;
}

/** The name of a role in a language (an unknown role is shown as it is). */
export function roleName(language: string | null | undefined, role: string): string {
  const names: Record<string, string> = NOTIFICATION_LABELS[languageOrDefault(language)].roles;
  return Object.hasOwn(names, role) ? names[role] : role;
}
