import { UN_LANGUAGES, type UnLanguage } from '#libs/core';
import type { Message } from './render.js';
import ar from './messages/ar.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };
import es from './messages/es.json' with { type: 'json' };
import fr from './messages/fr.json' with { type: 'json' };
import ru from './messages/ru.json' with { type: 'json' };
import zh from './messages/zh.json' with { type: 'json' };

/**
 * What each notifying event says, in the six UN languages: one catalogue per language in
 * `messages/<lang>.json` (event type → title and body), for every key of NOTIFICATION_ROUTES (a
 * test keeps the key sets equal, since the routes are typed by `string`). Working translations,
 * to be reviewed by UN language staff like the meeting pack's labels.
 *
 * Conventions, so that any value reads correctly in every language:
 * - placeholders `{name}` come from the closed list TemplateVariable; values are plain text already
 *   formatted for the reader (dates, money, percentages);
 * - `[[…]]` is dropped whole when a placeholder inside it has no value (reason, amount, score, the
 *   organisation, the reference in titles);
 * - a reason is always last, since free text may not end with a full stop;
 * - names of States and organisations stand alone (in parentheses or after a colon), never as a
 *   subject or after a preposition: Russian would decline them, French and English need articles;
 * - proposal titles start with the reference, so that subjects about several proposals differ.
 */
const CATALOGUES: Record<UnLanguage, Record<string, Message>> = { ar, zh, en, fr, ru, es };

/** Event type → language → message, as the renderer reads them. */
export const MESSAGES: Record<string, Record<UnLanguage, Message>> = Object.fromEntries(
  Object.keys(en).map((event) => [
    event,
    Object.fromEntries(UN_LANGUAGES.map((language) => [language, CATALOGUES[language][event]!])) as Record<UnLanguage, Message>,
  ]),
);
