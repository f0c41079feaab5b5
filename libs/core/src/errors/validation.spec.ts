import 'reflect-metadata';
import type { ValidationError } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { BadUserInputError } from './domain-errors.js';
import { ArgsValidationPipe, toFieldProblems } from './validation.js';

class ContactInput {
  @IsEmail()
  email: string;
}

class InviteUserInput {
  @IsEmail()
  email: string;

  @IsString()
  @Length(2, 100)
  displayName: string;

  @ValidateNested()
  @Type(() => ContactInput)
  @IsOptional()
  deputy?: ContactInput;
}

const metadata = { type: 'body', metatype: InviteUserInput, data: 'input' } as const;

async function rejection(promise: Promise<unknown>): Promise<BadUserInputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BadUserInputError);
  return error as BadUserInputError;
}

describe('toFieldProblems', () => {
  it('flattens nested errors into dotted paths, one problem per constraint', () => {
    const errors: ValidationError[] = [
      { property: 'email', constraints: { isEmail: 'email must be an email' }, children: [] },
      {
        property: 'deputy',
        children: [
          {
            property: 'contact',
            children: [
              {
                property: 'email',
                constraints: { isEmail: 'email must be an email', isNotEmpty: 'email should not be empty' },
              },
            ],
          },
        ],
      },
    ];
    expect(toFieldProblems(errors)).toEqual([
      { field: 'email', reason: 'field.notEmail', params: {}, message: 'email must be an email' },
      { field: 'deputy.contact.email', reason: 'field.notEmail', params: {}, message: 'email must be an email' },
      { field: 'deputy.contact.email', reason: 'field.invalid', params: {}, message: 'email should not be empty' },
    ]);
  });

  it('prefixes paths when given a prefix', () => {
    expect(toFieldProblems([{ property: 'title', constraints: { isString: 'bad' } }], 'input')).toEqual([
      { field: 'input.title', reason: 'field.notText', params: {}, message: 'bad' },
    ]);
  });

  it('returns nothing for no errors', () => {
    expect(toFieldProblems([])).toEqual([]);
  });
});

describe('ArgsValidationPipe', () => {
  const pipe = new ArgsValidationPipe();

  it('rejects invalid input with BadUserInputError naming each field from the argument', async () => {
    const error = await rejection(pipe.transform({ email: 'not-an-email', displayName: 'A' }, metadata));
    expect(error.problems.map((p) => p.field).sort()).toEqual(['input.displayName', 'input.email']);
    expect(error.details).toEqual({ fields: error.problems });
    expect(error.message).toContain('input.email: ');
  });

  it("gives each problem the reason of its constraint, with the constraint's arguments as params", async () => {
    const error = await rejection(pipe.transform({ email: 'not-an-email', displayName: 'A' }, metadata));
    const byField = Object.fromEntries(error.problems.map((p) => [p.field, p]));
    expect(byField['input.email']).toMatchObject({ reason: 'field.notEmail', params: {} });
    expect(byField['input.displayName']).toMatchObject({ reason: 'field.lengthOutOfRange', params: { min: 2, max: 100 } });
  });

  it('names nested fields by their full path', async () => {
    const error = await rejection(pipe.transform({ email: 'npc@example.org', displayName: 'NPC Ghana', deputy: { email: 'nope' } }, metadata));
    expect(error.problems.map((p) => p.field)).toEqual(['input.deputy.email']);
  });

  it('does not prefix when the argument has no name', async () => {
    const error = await rejection(pipe.transform({ email: 'x', displayName: 'NPC Ghana' }, { ...metadata, data: undefined }));
    expect(error.problems.map((p) => p.field)).toEqual(['email']);
  });

  it('passes valid input as an instance of the DTO', async () => {
    const result = await pipe.transform({ email: 'npc.ghana@example.org', displayName: 'NPC Ghana' }, metadata);
    expect(result).toBeInstanceOf(InviteUserInput);
    expect(result).toEqual({ email: 'npc.ghana@example.org', displayName: 'NPC Ghana' });
  });

  it('keeps fields without a class-validator decorator (GraphQL already refuses unknown fields)', async () => {
    const result = await pipe.transform({ email: 'npc.ghana@example.org', displayName: 'NPC Ghana', note: 'x' }, metadata);
    expect(result).toMatchObject({ note: 'x' });
  });

  it('builds nested inputs as their classes', async () => {
    const result = (await pipe.transform(
      { email: 'npc.ghana@example.org', displayName: 'NPC Ghana', deputy: { email: 'deputy@example.org' } },
      metadata,
    )) as InviteUserInput;
    expect(result.deputy).toBeInstanceOf(ContactInput);
  });
});
