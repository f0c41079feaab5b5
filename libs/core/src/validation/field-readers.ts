import { reason, type Refusal } from '../errors/reasons.js';
import { isInDateRange, isRealDate } from '../graphql/scalars.js';
import { unstorableTextProblem } from './storable-text.js';

/**
 * Readers for the fields people write (in the API or in imported files): each turns a raw value
 * into a clean one or says what is wrong with it, in words the person can act on. Blank means
 * absent. Features compose them into their validators (needs, offers).
 */
export type Read<T> = { ok: true; value: T } | ({ ok: false } & Refusal);

const ok = <T>(value: T): Read<T> => ({ ok: true, value });

/** A failed read: what is wrong, as a reason (a field problem once given its field: problemAt). */
export const wrong = <T = never>(refusal: Refusal): Read<T> => ({ ok: false, reason: refusal.reason, params: refusal.params, message: refusal.message });

export const isBlank = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;

/** Trimmed text of at most `max` characters; null when blank. */
export function readText(value: unknown, max: number): Read<string | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value !== 'string') return wrong(reason('field.notText'));
  const unstorable = unstorableTextProblem(value);
  if (unstorable) return wrong(unstorable);
  const trimmed = value.trim();
  if (trimmed.length > max) return wrong(reason('field.tooLongHas', { max, length: trimmed.length }));
  return ok(trimmed);
}

export interface ListRules {
  /** Known codes: items are upper-cased and must be among them. */
  codes?: ReadonlySet<string>;
  maxItems: number;
  /** Longest item, for free-text items. */
  itemMax?: number;
  /** What the codes are, for the message ("unknown thematic area code(s): ..."). */
  kind?: 'assistanceType' | 'thematicArea' | 'm49Area' | 'memberState' | 'regionalOrganisation';
}

/** A list given as an array of texts or as text separated by ";" or ","; deduplicated. */
export function readList(value: unknown, rules: ListRules): Read<string[]> {
  const items = isBlank(value) ? [] : Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[;,]/) : null;
  if (!items) return wrong(reason('field.notList'));
  if (items.some((item) => typeof item !== 'string')) return wrong(reason('field.notTextList'));
  const unstorable = (items as string[]).map(unstorableTextProblem).find(Boolean);
  if (unstorable) return wrong(reason(unstorable.reason === 'field.containsNul' ? 'field.itemsContainNul' : 'field.itemsLoneSurrogate'));
  const codes = rules.codes;
  const cleaned = [...new Set((items as string[]).map((i) => (codes ? i.trim().toUpperCase() : i.trim())).filter(Boolean))];
  if (cleaned.length > rules.maxItems) return wrong(reason('field.tooManyItems', { max: rules.maxItems }));
  if (rules.itemMax && cleaned.some((i) => i.length > rules.itemMax!)) return wrong(reason('field.itemTooLong', { max: rules.itemMax }));
  const unknown = codes ? cleaned.filter((c) => !codes.has(c)) : [];
  if (unknown.length) return wrong(reason('field.unknownCodes', { kind: rules.kind ?? 'code', codes: unknown }));
  return ok(cleaned);
}

/** A calendar date written YYYY-MM-DD, from 0001-01-01 on; null when blank. */
export function readDate(value: unknown): Read<string | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value !== 'string' || !isRealDate(value.trim())) return wrong(reason('field.notDate'));
  if (!isInDateRange(value.trim())) return wrong(reason('field.dateOutOfRange'));
  return ok(value.trim());
}

/**
 * An exact amount of money, more than zero, with at most 2 decimals, as a decimal string (a
 * number is accepted as written); null when blank.
 */
export function readAmount(value: unknown): Read<string | null> {
  if (isBlank(value)) return ok(null);
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : null;
  if (text === null || !AMOUNT.test(text)) {
    return wrong(reason('field.notAmount'));
  }
  if (/^0+(\.0+)?$/.test(text)) return wrong(reason('field.notPositive'));
  return ok(text.replace(/^0+(?=\d)/, ''));
}

/** An exact amount of money, as readAmount, that may not be blank (`field.required`). */
export function readRequiredAmount(value: unknown): Read<string> {
  const read = readAmount(value);
  if (!read.ok) return read;
  return read.value ? ok(read.value) : wrong(reason('field.required'));
}

/** An ISO 4217 code among `known`, upper-cased; null when blank. */
export function readCurrency(value: unknown, known: ReadonlySet<string>): Read<string | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value !== 'string' || !/^[A-Za-z]{3}$/.test(value.trim())) return wrong(reason('field.notCurrencyCode'));
  const code = value.trim().toUpperCase();
  return known.has(code) ? ok(code) : wrong(reason('field.unknownCurrency', { currency: code }));
}

/** One of `allowed`, compared after `normalise` (e.g. upper-casing); null when blank. */
export function readChoice<T extends string>(value: unknown, allowed: readonly T[], normalise: (s: string) => string): Read<T | null> {
  if (isBlank(value)) return ok(null);
  const text = typeof value === 'string' ? normalise(value.trim()) : null;
  if (text === null || !(allowed as readonly string[]).includes(text)) return wrong(reason('field.notOneOf', { choices: allowed }));
  return ok(text as T);
}

/** Trimmed text of at most `max` characters that may not be blank (`field.required`). */
export function readRequiredText(value: unknown, max: number): Read<string> {
  const read = readText(value, max);
  if (!read.ok) return read;
  return read.value ? ok(read.value) : wrong(reason('field.required'));
}

/** Trimmed text of 1 to `max` characters: blank or longer is `field.lengthOutOfRange`. */
export function readTextInRange(value: string, max: number): Read<string> {
  const trimmed = value.trim();
  return trimmed && trimmed.length <= max ? ok(trimmed) : wrong(reason('field.lengthOutOfRange', { min: 1, max }));
}

/** An absolute http(s) link: the one pattern for links people give (and for configured addresses). */
export const HTTP_LINK = /^https?:\/\/\S+$/;
/** The longest link the platform keeps. */
export const LINK_MAX = 2000;

/**
 * An http(s) link of at most `LINK_MAX` characters, trimmed; null when blank, unless `required`
 * (then blank is not a link either: `field.notHttpLink`).
 */
export function readHttpLink(value: string | null | undefined, options: { required?: boolean } = {}): Read<string | null> {
  const link = value?.trim() || null;
  if (!link && !options.required) return ok(null);
  return link && HTTP_LINK.test(link) && link.length <= LINK_MAX ? ok(link) : wrong(reason('field.notHttpLink', { max: LINK_MAX }));
}

const MEDIA_TYPE = /^[\w.+-]+\/[\w.+-]+$/;

/** A media type such as application/pdf, as written; null when absent or empty. */
export function readMediaType(value: string | null | undefined): Read<string | null> {
  if (!value) return ok(null);
  return MEDIA_TYPE.test(value) ? ok(value) : wrong(reason('field.notMediaType'));
}

/** A point in time (a GraphQL DateTime already parsed): refused when it is not a valid date. */
export function readDateTime(value: unknown): Read<Date> {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? ok(value) : wrong(reason('field.notDateTime'));
}
