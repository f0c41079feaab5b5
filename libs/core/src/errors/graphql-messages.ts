import { reason, withMessage, type Refusal } from './reasons.js';

const WRONG_TYPE = [
  /^Enum "([^"]+)" cannot represent/,
  /^(\w+) cannot represent/,
  /^Value ".*" does not exist in "([^"]+)" enum/s,
  /^Expected type "([^"]+)" to be an object/,
  /^Expected value of type "([^"]+)"/,
  /^Expected type "([^"]+)"\./,
];

/**
 * The reason of a problem that graphql-js words itself (coercing a variable or a literal of a
 * built-in type); the message stays graphql-js's. Problems our own scalars find carry their reason
 * in their extensions instead (graphql/scalars.ts).
 */
export function classifyGraphQLMessage(message: string): Refusal {
  if (/^Field "[^"]+" of required type "[^"]+" was not provided\.$/.test(message)) return withMessage(reason('field.required'), message);
  if (/^Field "[^"]+" argument "[^"]+" of type "[^"]+" is required/.test(message)) return withMessage(reason('field.required'), message);
  if (/^Expected non-nullable type "[^"]+" not to be null\.$/.test(message)) return withMessage(reason('field.notNull'), message);
  const unknown = /^Field "[^"]+" is not defined by type "([^"]+)"/.exec(message);
  if (unknown) return withMessage(reason('field.notAField', { type: unknown[1] }), message);
  for (const pattern of WRONG_TYPE) {
    const match = pattern.exec(message);
    if (match) return withMessage(reason('field.wrongType', { type: match[1].replace(/[[\]!]/g, '') }), message);
  }
  return withMessage(reason('field.invalid'), message);
}
