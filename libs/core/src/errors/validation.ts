import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { BadUserInputError, type FieldProblem } from './domain-errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `value` has the shape of a UUID. Every GraphQL `ID` is checked by the input rules
 * (BAD_USER_INPUT naming the argument); services check again before a lookup for their other
 * callers (CLI, jobs), so that a malformed id is never sent to PostgreSQL.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Flattens class-validator's nested errors into `field.path: message` problems. */
export function toFieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) {
      problems.push({ field, message });
    }
    if (error.children?.length) problems.push(...toFieldProblems(error.children, field));
  }
  return problems;
}

/**
 * The validation pipe every app uses: invalid arguments become BAD_USER_INPUT naming each field
 * by its full path from the argument (`input.email`).
 */
export class ArgsValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      // GraphQL already refuses unknown fields; whitelisting would also drop fields that merely
      // lack a class-validator decorator, silently.
      whitelist: false,
      forbidUnknownValues: false,
      exceptionFactory: (errors) => new BadUserInputError(toFieldProblems(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof BadUserInputError && metadata.data) {
        throw new BadUserInputError(
          error.problems.map((p) => ({ field: `${metadata.data}.${p.field}`, message: p.message })),
        );
      }
      throw error;
    }
  }
}
