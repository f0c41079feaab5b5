import { DATE_RANGE_PROBLEM, isInDateRange, isRealDate } from '../graphql/scalars.js';
import { unstorableTextProblem } from './storable-text.js';

/**
 * Readers for the fields people write (in the API or in imported files): each turns a raw value
 * into a clean one or says what is wrong with it, in words the person can act on. Blank means
 * absent. Features compose them into their validators (needs, offers).
 */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const wrong = <T>(message: string): Read<T> => ({ ok: false, message });

export const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;

/** Trimmed text of at most `max` characters; null when blank. */
export function readText(value: unknown, max: number): Read<string | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value !== 'string') return wrong('must be text');
  const unstorable = unstorableTextProblem(value);
  if (unstorable) return wrong(unstorable);
  const trimmed = value.trim();
  if (trimmed.length > max) return wrong(`must be at most ${max} characters (it has ${trimmed.length})`);
  return ok(trimmed);
}

export interface ListRules {
  /** Known codes: items are upper-cased and must be among them. */
  codes?: ReadonlySet<string>;
  maxItems: number;
  /** Longest item, for free-text items. */
  itemMax?: number;
}

/** A list given as an array of texts or as text separated by ";" or ","; deduplicated. */
export function readList(value: unknown, rules: ListRules): Read<string[]> {
  const items = isBlank(value) ? [] : Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[;,]/) : null;
  if (!items) return wrong('must be a list (or text separated by ";" or ",")');
  if (items.some((item) => typeof item !== 'string')) return wrong('must be a list of texts');
  const unstorable = (items as string[]).map(unstorableTextProblem).find(Boolean);
  if (unstorable) return wrong(`items ${unstorable}`);
  const codes = rules.codes;
  const cleaned = [...new Set((items as string[]).map((i) => (codes ? i.trim().toUpperCase() : i.trim())).filter(Boolean))];
  if (cleaned.length > rules.maxItems) return wrong(`must have at most ${rules.maxItems} items`);
  if (rules.itemMax && cleaned.some((i) => i.length > rules.itemMax!)) return wrong(`items must be at most ${rules.itemMax} characters`);
  const unknown = codes ? cleaned.filter((c) => !codes.has(c)) : [];
  if (unknown.length) return wrong(`unknown code(s): ${unknown.join(', ')}`);
  return ok(cleaned);
}

/** A calendar date written YYYY-MM-DD, from 0001-01-01 on; null when blank. */
export function readDate(value: unknown): Read<string | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value !== 'string' || !isRealDate(value.trim())) return wrong('must be a date written YYYY-MM-DD');
  if (!isInDateRange(value.trim())) return wrong(DATE_RANGE_PROBLEM);
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
    return wrong('must be a positive decimal amount with a "." and at most 2 decimals, e.g. 250000.00');
  }
  if (/^0+(\.0+)?$/.test(text)) return wrong('must be more than zero');
  return ok(text.replace(/^0+(?=\d)/, ''));
}

/** An ISO 4217 code among `known`, upper-cased; null when blank. */
export function readCurrency(value: unknown, known: ReadonlySet<string>): Read<string | null> {
  if (isBlank(value)) return ok(null);
  if (typeof value !== 'string' || !/^[A-Za-z]{3}$/.test(value.trim())) return wrong('must be an ISO 4217 code such as USD');
  const code = value.trim().toUpperCase();
  return known.has(code) ? ok(code) : wrong(`unknown currency ${code}`);
}

/** One of `allowed`, compared after `normalise` (e.g. upper-casing); null when blank. */
export function readChoice<T extends string>(value: unknown, allowed: readonly T[], normalise: (s: string) => string): Read<T | null> {
  if (isBlank(value)) return ok(null);
  const text = typeof value === 'string' ? normalise(value.trim()) : null;
  if (text === null || !(allowed as readonly string[]).includes(text)) return wrong(`must be one of ${allowed.join(', ')}`);
  return ok(text as T);
}
