import { reason, type Refusal } from '../errors/reasons.js';

/**
 * What no text the platform keeps may contain: PostgreSQL refuses the NUL character in text, and
 * a lone UTF-16 surrogate (half of an emoji, say) is not Unicode at all: written to the database
 * it would silently become U+FFFD. Checked on every GraphQL argument (input-rules.ts) and on every
 * imported text (readText), before anything reaches the database.
 */
const NUL = '\u0000';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `text` cannot be stored (`field.containsNul`, `field.loneSurrogate`); null when it can. */
export function unstorableTextProblem(text: string): Refusal<'field.containsNul' | 'field.loneSurrogate'> | null {
  if (text.includes(NUL)) return reason('field.containsNul');
  if (LONE_SURROGATE.test(text)) return reason('field.loneSurrogate');
  return null;
}
