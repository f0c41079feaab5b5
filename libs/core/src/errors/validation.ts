import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { BadUserInputError, problemAt, type FieldProblem } from './domain-errors.js';
import { reason, withMessage, type Refusal } from './reasons.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `value` has the shape of a UUID. Every GraphQL `ID` is checked by the input rules
 * (BAD_USER_INPUT naming the argument); services check again before a lookup for their other
 * callers (CLI, jobs), so that a malformed id is never sent to PostgreSQL.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The arguments of a class-validator constraint on a property (`[1, 200]` for @Length(1, 200)). */
function constraintArgs(error: ValidationError, constraint: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const found = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === constraint);
  return (found?.constraints as unknown[] | undefined) ?? [];
}

/** The reason of a class-validator constraint; the message stays the decorator's. */
function constraintRefusal(error: ValidationError, constraint: string, message: string): Refusal {
  const args = constraintArgs(error, constraint);
  const number = (i: number) => (typeof args[i] === 'number' ? (args[i] as number) : 0);
  switch (constraint) {
    case 'isEmail':
      return withMessage(reason('field.notEmail'), message);
    case 'isUuid':
      return withMessage(reason('field.notUuid'), message);
    case 'isString':
      return withMessage(reason('field.notText'), message);
    case 'isBoolean':
      return withMessage(reason('field.notBoolean'), message);
    case 'isLength':
      return withMessage(reason('field.lengthOutOfRange', { min: number(0), max: number(1) }), message);
    case 'maxLength':
      return withMessage(reason('field.tooLong', { max: number(0) }), message);
    case 'minLength':
      return withMessage(reason('field.tooShort', { min: number(0) }), message);
    case 'isEnum': {
      const choices = args[0] && typeof args[0] === 'object' ? Object.values(args[0]).filter((v): v is string => typeof v === 'string') : [];
      return withMessage(reason('field.notOneOf', { choices }), message);
    }
    case 'matches':
      return withMessage(reason('field.badFormat'), message);
    default:
      return withMessage(reason('field.invalid'), message);
  }
}

/** Flattens class-validator's nested errors into problems named by their path (`deputy.email`). */
export function toFieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      problems.push(problemAt(field, constraintRefusal(error, constraint, message)));
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
      // The target lets toFieldProblems read a constraint's arguments (the 200 of @Length(1, 200)) for
      // the params; problems carry only the field, reason, params and message.
      validationError: { target: true },
      exceptionFactory: (errors) => new BadUserInputError(toFieldProblems(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof BadUserInputError && metadata.data) {
        throw new BadUserInputError(error.problems.map((p) => problemAt(`${metadata.data}.${p.field}`, p)));
      }
      throw error;
    }
  }
}
