import { buildSchema, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describeCoercionError, MAX_PROBLEMS, nameValidationFields, operationInputProblems } from './input-rules.js';
import { LocalDateScalar } from './scalars.js';

const schema = buildSchema(`
  scalar LocalDate
  enum Status { DRAFT PUBLISHED }
  input LineInput { description: String! amount: Int! }
  input TrancheInput { title: String! lines: [LineInput!]! }
  input ProposalInput { needIds: [ID!]! title: String note: String due: LocalDate tranches: [TrancheInput!] status: Status }
  type Need { id: ID! title(lang: String): String }
  type Query { need(id: ID!): Need needs(search: String, statuses: [Status!]): [Need!]! }
  type Mutation { compile(input: ProposalInput!): Need markRead(ids: [ID!]!): Int }
`);
// The real LocalDate's parsing, so that it is what the rules see.
Object.assign(schema.getType('LocalDate')!, { parseValue: LocalDateScalar.parseValue, parseLiteral: LocalDateScalar.parseLiteral });

const ID = '3f2b8c1e-4d5a-4e6f-9a7b-0c1d2e3f4a5b';

function problemsOf(query: string, variables: Record<string, unknown> = {}, hideSuggestions = false) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return operationInputProblems(schema, document, operation, variables, { hideSuggestions });
}

describe('operationInputProblems', () => {
  it('finds nothing wrong with good input', () => {
    expect(problemsOf('query ($id: ID!) { need(id: $id) { id title(lang: "fr") } }', { id: ID })).toEqual({ problems: [], truncated: false });
  });

  it('names a variable problem by the argument path it feeds, not by the variable', () => {
    const { problems } = problemsOf(
      'mutation ($lines: [LineInput!]!, $d: LocalDate) { compile(input: { needIds: [], due: $d, tranches: [{ title: "T", lines: $lines }] }) { id } }',
      {
        lines: [{ description: 'ok', amount: 1 }, { description: 'no amount' }],
        d: '2026-02-30',
      },
    );
    expect(problems).toEqual([
      { field: 'input.tranches[0].lines[1].amount', reason: 'field.required', params: {}, message: 'is required' },
      { field: 'input.due', reason: 'scalar.notLocalDate', params: { value: '2026-02-30' }, message: '"2026-02-30" is not a date; write it as YYYY-MM-DD' },
    ]);
  });

  it('checks each request of a known operation on its own variables (the shape is walked once, the values each time)', () => {
    const document = parse('query ($id: ID!, $ids: [ID!]!) { need(id: $id) { id title(lang: "fr") } }');
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const check = (variables: Record<string, unknown>) => operationInputProblems(schema, document, operation, variables, { hideSuggestions: false }).problems;
    expect(check({ id: ID, ids: [] })).toEqual([]);
    expect(check({ id: 'not-a-uuid', ids: [] })).toEqual([{ field: 'id', reason: 'field.notUuid', params: {}, message: expect.any(String) }]);
    expect(check({ id: ID, ids: [] })).toEqual([]);
    expect(check({ ids: [] })).toEqual([{ field: 'id', reason: 'field.required', params: {}, message: 'is required' }]);
  });

  it('says a missing or null required variable is required, and names an unknown input field', () => {
    expect(problemsOf('query ($id: ID!) { need(id: $id) { id } }').problems).toEqual([
      { field: 'id', reason: 'field.required', params: {}, message: 'is required' },
    ]);
    expect(problemsOf('query ($id: ID!) { need(id: $id) { id } }', { id: null }).problems).toEqual([
      { field: 'id', reason: 'field.notNull', params: {}, message: 'must not be null' },
    ]);
    expect(problemsOf('mutation ($input: ProposalInput!) { compile(input: $input) { id } }', { input: { needIds: [], titel: 'x' } }).problems).toEqual([
      {
        field: 'input.titel',
        reason: 'field.notAField',
        params: { type: 'ProposalInput' },
        message: 'is not a field of ProposalInput. Did you mean "title" or "note"?',
      },
    ]);
  });

  it('leaves suggestions out when asked (production)', () => {
    const { problems } = problemsOf('query ($s: [Status!]) { needs(statuses: $s) { id } }', { s: ['PUBLISHD'] }, true);
    expect(problems).toEqual([
      { field: 'statuses[0]', reason: 'field.wrongType', params: { type: 'Status' }, message: 'Value "PUBLISHD" does not exist in "Status" enum.' },
    ]);
    const shown = problemsOf('query ($s: [Status!]) { needs(statuses: $s) { id } }', { s: ['PUBLISHD'] }).problems;
    expect(shown[0].message).toContain('Did you mean the enum value "PUBLISHED"?');
  });

  it('refuses text the database cannot store in any string or id, literal or variable, at any depth', () => {
    const { problems } = problemsOf(
      'mutation ($note: String, $d: String) { compile(input: { needIds: [], title: "a\\u0000b", note: $note, tranches: [{ title: "T", lines: [{ description: $d, amount: 1 }] }] }) { id title(lang: "e\\u0000n") } }',
      {
        note: 'half \uD83D',
        d: 'x\u0000',
      },
    );
    expect(problems).toEqual([
      { field: 'input.title', reason: 'field.containsNul', params: {}, message: 'must not contain the NUL character (U+0000)' },
      { field: 'input.note', reason: 'field.loneSurrogate', params: {}, message: 'must be valid Unicode (it contains half of a surrogate pair)' },
      { field: 'input.tranches[0].lines[0].description', reason: 'field.containsNul', params: {}, message: 'must not contain the NUL character (U+0000)' },
      { field: 'lang', reason: 'field.containsNul', params: {}, message: 'must not contain the NUL character (U+0000)' },
    ]);
  });

  it('refuses an id that is not a UUID, in arguments, lists and inputs, also inside fragments', () => {
    expect(problemsOf('{ need(id: "42") { id } }').problems).toEqual([
      { field: 'id', reason: 'field.notUuid', params: {}, message: expect.stringMatching(/^must be an id \(a UUID/) },
    ]);
    expect(problemsOf('mutation ($ids: [ID!]!) { markRead(ids: $ids) }', { ids: [ID, 'x'] }).problems.map((p) => p.field)).toEqual(['ids[1]']);
    expect(problemsOf('mutation ($input: ProposalInput!) { compile(input: $input) { id } }', { input: { needIds: [7] } }).problems.map((p) => p.field)).toEqual(
      ['input.needIds[0]'],
    );
    expect(problemsOf('query ($s: String) { ...F } fragment F on Query { needs(search: $s) { id } }', { s: '\u0000' }).problems.map((p) => p.field)).toEqual([
      'search',
    ]);
  });

  it(`lists at most ${MAX_PROBLEMS} problems and says there were more`, () => {
    const ids = Array.from({ length: MAX_PROBLEMS + 10 }, (_, i) => `bad-${i}`);
    const ids50 = problemsOf('mutation ($ids: [ID!]!) { markRead(ids: $ids) }', { ids });
    expect(ids50.truncated).toBe(true);
    expect(ids50.problems).toHaveLength(MAX_PROBLEMS);
    const enums = problemsOf('query ($s: [Status!]) { needs(statuses: $s) { id } }', { s: ids });
    expect(enums.truncated).toBe(true);
    expect(enums.problems.map((p) => p.field)).toEqual(ids.slice(0, MAX_PROBLEMS).map((_, i) => `statuses[${i}]`));
    expect(problemsOf('mutation ($ids: [ID!]!) { markRead(ids: $ids) }', { ids: ids.slice(0, MAX_PROBLEMS) }).truncated).toBe(false);
  });
});

describe('describeCoercionError', () => {
  it('says graphql-js messages of the field they concern', () => {
    expect(describeCoercionError('input', 'Field "title" of required type "String!" was not provided.')).toEqual({
      field: 'input.title',
      reason: 'field.required',
      params: {},
      message: 'is required',
    });
    expect(describeCoercionError('input.due', 'Expected non-nullable type "LocalDate!" not to be null.')).toEqual({
      field: 'input.due',
      reason: 'field.notNull',
      params: {},
      message: 'must not be null',
    });
    expect(describeCoercionError('input', 'Field "x" is not defined by type "ProposalInput".')).toEqual({
      field: 'input.x',
      reason: 'field.notAField',
      params: { type: 'ProposalInput' },
      message: 'is not a field of ProposalInput.',
    });
    expect(describeCoercionError('first', 'Int cannot represent non-integer value: 1.5')).toEqual({
      field: 'first',
      reason: 'field.wrongType',
      params: { type: 'Int' },
      message: 'Int cannot represent non-integer value: 1.5',
    });
  });
});

describe('nameValidationFields', () => {
  const fieldsOf = (query: string) => {
    const document = parse(query);
    const errors = validate(schema, document);
    nameValidationFields(document, errors);
    return errors.map((e) => e.extensions.fields);
  };

  it('names a refused literal by its argument path', () => {
    expect(fieldsOf('mutation { compile(input: { needIds: [], due: "2026-02-30" }) { id } }')).toEqual([
      [{ field: 'input.due', reason: 'scalar.notLocalDate', params: { value: '2026-02-30' }, message: expect.stringContaining('"2026-02-30" is not a date') }],
    ]);
    expect(fieldsOf('mutation { compile(input: { needIds: [], tranches: [{ title: "T", lines: [{ description: "d", amount: "x" }] }] }) { id } }')).toEqual([
      [
        {
          field: 'input.tranches[0].lines[0].amount',
          reason: 'field.wrongType',
          params: { type: 'Int' },
          message: expect.stringContaining('Int cannot represent'),
        },
      ],
    ]);
  });

  it('names missing required input fields and arguments', () => {
    expect(fieldsOf('mutation { compile(input: { title: "T" }) { id } }')).toEqual([
      [{ field: 'input.needIds', reason: 'field.required', params: {}, message: 'is required' }],
    ]);
    expect(fieldsOf('{ need { id } }')).toEqual([[{ field: 'id', reason: 'field.required', params: {}, message: expect.stringContaining('is required') }]]);
    expect(fieldsOf('mutation { compile(input: { needIds: [], titel: "T" }) { id } }')).toEqual([
      [{ field: 'input.titel', reason: 'field.notAField', params: { type: 'ProposalInput' }, message: expect.stringContaining('is not defined') }],
    ]);
  });

  it('leaves errors that are not about a value as they are', () => {
    expect(fieldsOf('{ nope }')).toEqual([undefined]);
  });
});
