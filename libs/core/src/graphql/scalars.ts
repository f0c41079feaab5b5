import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { reason, type Refusal } from '../errors/reasons.js';

/*
 * Dates are written with four-digit years (ISO 8601 / RFC 3339) and run from 0001-01-01: PostgreSQL
 * has no year 0, and a year past 9999 cannot be written in four digits. Both date scalars and the
 * field readers (imports) apply this range, so no date reaches the database that it refuses.
 */

/**
 * A refusal, with its reason in the extensions (the input rules and the error mapper read it);
 * `node` (a literal in the query) lets validation errors point at it and name it.
 */
function badInput(refusal: Refusal, node?: ValueNode): GraphQLError {
  return new GraphQLError(refusal.message, { nodes: node, extensions: { code: 'BAD_USER_INPUT', reason: refusal.reason, params: refusal.params } });
}

function parseLocalDate(value: unknown, node?: ValueNode): string {
  if (typeof value !== 'string' || !isRealDate(value)) throw badInput(reason('scalar.notLocalDate', { value: String(value) }), node);
  if (!isInDateRange(value)) throw badInput(reason('scalar.dateOutOfRange', { value }), node);
  return value;
}

function parseDecimal(value: unknown, node?: ValueNode): string {
  if (typeof value !== 'string' || !DECIMAL.test(value)) throw badInput(reason('scalar.notDecimal', { value: String(value) }), node);
  return value;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|([+-])(\d{2}):(\d{2}))$/i;
const DECIMAL = /^-?\d{1,18}(\.\d{1,12})?$/;

/** Whether `value` is a real calendar date written YYYY-MM-DD (2026-02-30 is not: no rolling over). */
export function isRealDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.toISOString().slice(0, 10) === value;
}

/** Whether a date written YYYY-MM-DD is within the range every date must be in (not year 0). */
export function isInDateRange(value: string): boolean {
  return value >= '0001-01-01' && value <= '9999-12-31';
}

/**
 * An instant written as an RFC 3339 date-time with its offset (2026-03-01T09:30:00Z,
 * 2026-03-01T10:30:00+01:00): a real calendar date and time of day, and an instant whose UTC
 * date is in the range of dates. Anything else is refused, never rolled over or guessed.
 */
export function parseDateTime(value: unknown, node?: ValueNode): Date {
  const text = typeof value === 'string' ? value : String(value);
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  const refuse = (why: 'scalar.notDateTime' | 'scalar.notRealDateTime' | 'scalar.impossibleOffset') => badInput(reason(why, { value: text }), node);
  if (!match) throw refuse('scalar.notDateTime');
  const [, day, hours, minutes, seconds, fraction, zone, sign, offsetHours, offsetMinutes] = match;
  if (!isRealDate(day) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) throw refuse('scalar.notRealDateTime');
  if (zone.toUpperCase() !== 'Z' && (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)) throw refuse('scalar.impossibleOffset');
  const [year, month, date] = day.split('-').map(Number);
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, date);
  instant.setUTCHours(Number(hours), Number(minutes), Number(seconds), Number((fraction ?? '0').padEnd(3, '0').slice(0, 3)));
  const offset = zone.toUpperCase() === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  instant.setTime(instant.getTime() - offset * 60_000);
  if (!isInDateRange(instant.toISOString().slice(0, 10))) throw badInput(reason('scalar.dateTimeOutOfRange', { value: text }), node);
  return instant;
}

function literalString(ast: ValueNode, name: string): string {
  if (ast.kind !== Kind.STRING) throw badInput(reason('scalar.notString', { type: name }), ast);
  return ast.value;
}

/** A calendar date without time or zone, as `YYYY-MM-DD`. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date without time zone, written YYYY-MM-DD (0001-01-01 to 9999-12-31).',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => parseLocalDate(literalString(ast, 'LocalDate'), ast),
});

/**
 * An instant, for every `Date` field of the API (registered in graphql-options.ts in place of
 * NestJS's own DateTime, which turns any string into a Date, an invalid one included).
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, written as an RFC 3339 date-time with its offset, e.g. 2026-03-01T09:30:00Z or 2026-03-01T10:30:00+01:00 (given in UTC).',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new GraphQLError(`DateTime cannot represent ${String(value)}`);
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(literalString(ast, 'DateTime'), ast),
});

/**
 * An exact decimal number carried as a string (never a float), e.g. "1250000.00". Money is a
 * Decimal plus an ISO 4217 currency code.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number written as a string, e.g. "1250000.50" (up to 18 digits and 12 decimals).',
  serialize: (value) => String(value),
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(literalString(ast, 'Decimal'), ast),
});
