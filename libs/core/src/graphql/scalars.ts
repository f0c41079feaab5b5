import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

function parseLocalDate(value: unknown): string {
  if (typeof value !== 'string' || !isRealDate(value)) {
    throw new GraphQLError(`"${String(value)}" is not a date; write it as YYYY-MM-DD`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL.test(value)) {
    throw new GraphQLError(`"${String(value)}" is not a decimal number; write it as a string such as "1250.50"`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECIMAL = /^-?\d{1,18}(\.\d{1,12})?$/;

/** Whether `value` is a real calendar date written YYYY-MM-DD. */
export function isRealDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.toISOString().slice(0, 10) === value;
}

function literalString(ast: ValueNode, name: string): string {
  if (ast.kind !== Kind.STRING) throw new GraphQLError(`${name} must be given as a string`, { extensions: { code: 'BAD_USER_INPUT' } });
  return ast.value;
}

/** A calendar date without time or zone, as `YYYY-MM-DD`. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date without time zone, written YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => parseLocalDate(literalString(ast, 'LocalDate')),
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
  parseLiteral: (ast) => parseDecimal(literalString(ast, 'Decimal')),
});
