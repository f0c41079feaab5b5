import type { ApolloServerPlugin } from '@apollo/server';
import {
  coerceInputValue,
  getArgumentValues,
  getNullableType,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { BadUserInputError, problemAt, type FieldProblem } from '../errors/domain-errors.js';
import { classifyGraphQLMessage } from '../errors/graphql-messages.js';
import { isReasonCode, reason, withMessage, type Refusal } from '../errors/reasons.js';
import { isUuid } from '../errors/validation.js';
import { unstorableTextProblem } from '../validation/storable-text.js';

/**
 * The rules every GraphQL input obeys, checked once for the whole operation after it is parsed
 * and validated and before any resolver, guard or query runs (so a malformed value never reaches
 * the database, whoever sends it):
 *
 * - variables are coerced to their types here, each problem named by the argument path it feeds
 *   (`input.tranches[0].title`), all of them in one BAD_USER_INPUT (at most MAX_PROBLEMS);
 * - every text (String, ID, and the scalars carried as text) is storable: no NUL, no lone surrogate;
 * - every ID is a UUID, as every record's id is.
 *
 * Inline literals of the wrong type are refused earlier, by GraphQL validation
 * (GRAPHQL_VALIDATION_FAILED); the plugin adds `extensions.fields` naming their argument path too.
 */
export const MAX_PROBLEMS = 50;

export interface InputRulesOptions {
  /** Leave "Did you mean ..." out of messages (production: they reveal the schema). */
  hideSuggestions: boolean;
}

class TooManyProblems extends Error {}

/** The problems with an operation's inputs; empty when every rule holds. */
export function operationInputProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  options: InputRulesOptions,
): { problems: FieldProblem[]; truncated: boolean } {
  const problems: FieldProblem[] = [];
  const problem = (field: string, refusal: Refusal) => {
    if (problems.length >= MAX_PROBLEMS) throw new TooManyProblems();
    problems.push(problemAt(field, refusal));
  };
  const plan = planOf(schema, document, operation);
  try {
    coerceVariables(schema, operation, plan, variables, options, problem);
    if (problems.length) return { problems, truncated: false };
    checkArguments(schema, operation, plan, variables, problem);
  } catch (error) {
    if (error instanceof TooManyProblems) return { problems, truncated: true };
    throw error;
  }
  return { problems, truncated: false };
}

/** The Apollo plugin that applies the rules; a refusal is BAD_USER_INPUT with HTTP status 400. */
export function inputRulesPlugin(options: InputRulesOptions): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async validationDidStart({ document }) {
          return async (errors?: readonly Error[]) => {
            if (errors?.length)
              nameValidationFields(
                document,
                errors.filter((e): e is GraphQLError => e instanceof GraphQLError),
              );
          };
        },
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const { problems, truncated } = operationInputProblems(schema, document, operation, request.variables ?? {}, options);
          if (!problems.length) return;
          const listed = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
          const error = new BadUserInputError(
            problems,
            truncated
              ? withMessage(reason('input.tooManyProblems', { max: MAX_PROBLEMS }), `${listed}; and more: only the first ${MAX_PROBLEMS} problems are listed`)
              : undefined,
          );
          throw new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, http: { status: 400 } } });
        },
      };
    },
  };
}

/**
 * What the rules need to know of an operation's shape: where each variable is used and which
 * selected fields take arguments. Apollo keeps each parsed document, so the same operation node
 * comes back with each request of the same query text: the walk is done once per operation.
 */
interface OperationPlan {
  variableUses: Map<string, string>;
  fieldsWithArguments: { definition: GraphQLField<unknown, unknown>; node: FieldNode }[];
}

const plans = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, OperationPlan>>();

function planOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): OperationPlan {
  let bySchema = plans.get(schema);
  if (!bySchema) plans.set(schema, (bySchema = new WeakMap()));
  let plan = bySchema.get(operation);
  if (!plan) {
    const fragments = reachableFragments(document, operation);
    plan = { variableUses: variableUses(operation, fragments), fieldsWithArguments: fieldsWithArguments(schema, operation, fragments) };
    bySchema.set(operation, plan);
  }
  return plan;
}

/** Every selected field (in the operation and the fragments it reaches) that takes arguments. */
function fieldsWithArguments(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: FragmentDefinitionNode[],
): OperationPlan['fieldsWithArguments'] {
  const found: OperationPlan['fieldsWithArguments'] = [];
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const definition = typeInfo.getFieldDef();
      if (definition?.args.length) found.push({ definition, node });
    },
  });
  for (const root of [operation, ...fragments]) visit(root, visitor);
  return found;
}

function reachableFragments(document: DocumentNode, operation: OperationDefinitionNode): FragmentDefinitionNode[] {
  const byName = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) byName.set(definition.name.value, definition);
  }
  const reached = new Map<string, FragmentDefinitionNode>();
  const pending: ASTNode[] = [operation];
  while (pending.length) {
    visit(pending.pop()!, {
      FragmentSpread(spread) {
        const fragment = byName.get(spread.name.value);
        if (fragment && !reached.has(fragment.name.value)) {
          reached.set(fragment.name.value, fragment);
          pending.push(fragment);
        }
      },
    });
  }
  return [...reached.values()];
}

/**
 * Adds `extensions.fields` to validation errors about an argument's literal value, naming it by
 * its argument path as the input rules do (`input.startsAt`), so that every refused value is named.
 */
export function nameValidationFields(document: DocumentNode, errors: readonly GraphQLError[]): void {
  const paths = new Map<ASTNode, string>();
  const walk = (node: ValueNode, path: string) => {
    paths.set(node, path);
    if (node.kind === Kind.LIST) node.values.forEach((value, i) => walk(value, `${path}[${i}]`));
    if (node.kind === Kind.OBJECT) {
      for (const field of node.fields) {
        paths.set(field, `${path}.${field.name.value}`);
        walk(field.value, `${path}.${field.name.value}`);
      }
    }
  };
  visit(document, {
    Field(field) {
      for (const argument of field.arguments ?? []) walk(argument.value, argument.name.value);
    },
  });
  for (const error of errors) {
    const node = error.nodes?.[0];
    let field = node && paths.get(node);
    if (!field && node?.kind === Kind.FIELD) field = /^Field "[^"]+" argument "([^"]+)" of type "[^"]+" is required/.exec(error.message)?.[1];
    if (!field) continue;
    const missing = /^Field "[^"]+\.([^".]+)" of required type "[^"]+" was not provided\.$/.exec(error.message);
    const named = missing ? problemAt(`${field}.${missing[1]}`, reason('field.required')) : problemAt(field, refusalOf(error));
    (error.extensions as Record<string, unknown>).fields = [named];
  }
}

/** The reason of a GraphQL error about a value: its own (our scalars set it), else from graphql-js's words. */
function refusalOf(error: GraphQLError): Refusal {
  const { reason: own, params } = error.extensions as { reason?: unknown; params?: Refusal['params'] };
  return isReasonCode(own) ? { reason: own, params: params ?? {}, message: error.message } : classifyGraphQLMessage(error.message);
}

/** Where each variable is used first, as an argument path (`input.title`); `$name` if only in a directive. */
function variableUses(operation: OperationDefinitionNode, fragments: FragmentDefinitionNode[]): Map<string, string> {
  const uses = new Map<string, string>();
  const walk = (node: ValueNode, path: string) => {
    if (node.kind === Kind.VARIABLE) {
      if (!uses.has(node.name.value)) uses.set(node.name.value, path);
    } else if (node.kind === Kind.LIST) {
      node.values.forEach((value, i) => walk(value, `${path}[${i}]`));
    } else if (node.kind === Kind.OBJECT) {
      for (const field of node.fields) walk(field.value, `${path}.${field.name.value}`);
    }
  };
  for (const root of [operation, ...fragments]) {
    visit(root, {
      Field(field) {
        for (const argument of field.arguments ?? []) walk(argument.value, argument.name.value);
      },
    });
  }
  return uses;
}

const pathSuffix = (path: readonly (string | number)[]) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');

/** Coerces each variable as graphql-js would, reporting each problem at its argument path. */
function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  plan: OperationPlan,
  variables: Readonly<Record<string, unknown>>,
  options: InputRulesOptions,
  problem: (field: string, refusal: Refusal) => void,
): void {
  const uses = plan.variableUses;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const at = uses.get(name) ?? `$${name}`;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) continue; // refused by validation already
    if (!Object.hasOwn(variables, name)) {
      if (!definition.defaultValue && isNonNullType(type)) problem(at, reason('field.required'));
      continue;
    }
    const value = variables[name];
    if (value === null && isNonNullType(type)) {
      problem(at, reason('field.notNull'));
      continue;
    }
    coerceInputValue(
      value,
      type,
      (path, _invalid, error) => {
        const described = describeCoercionError(`${at}${pathSuffix(path)}`, error.message, refusalOf(error));
        problem(described.field, described);
      },
      options.hideSuggestions,
    );
  }
}

/**
 * graphql-js's coercion messages, said of the field they concern; `refusal` is the reason of the
 * error (its own, or read from graphql-js's words).
 */
export function describeCoercionError(at: string, message: string, refusal: Refusal = classifyGraphQLMessage(message)): FieldProblem {
  const missing = /^Field "([^"]+)" of required type "[^"]+" was not provided\.$/.exec(message);
  if (missing) return problemAt(`${at}.${missing[1]}`, reason('field.required'));
  const unknown = /^Field "([^"]+)" is not defined by type "([^"]+)"\.(.*)$/s.exec(message);
  if (unknown) {
    const said = reason('field.notAField', { type: unknown[2] });
    // In development graphql-js adds "Did you mean ...?": kept in the English message.
    return problemAt(`${at}.${unknown[1]}`, unknown[3].trim() ? withMessage(said, `${said.message} ${unknown[3].trim()}`) : said);
  }
  if (/^Expected non-nullable type "[^"]+" not to be null\.$/.test(message)) return problemAt(at, reason('field.notNull'));
  return problemAt(at, withMessage(refusal, message));
}

/** Applies the text and id rules to the arguments of every field the operation selects. */
function checkArguments(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  plan: OperationPlan,
  variables: Readonly<Record<string, unknown>>,
  problem: (field: string, refusal: Refusal) => void,
): void {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return; // reported by coerceVariables
  for (const { definition, node } of plan.fieldsWithArguments) {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(definition, node, coerced.coerced);
    } catch {
      continue; // refused by validation or execution with its own message
    }
    for (const argument of definition.args) {
      if (Object.hasOwn(values, argument.name)) checkValue(values[argument.name], argument.type, argument.name, problem);
    }
  }
}

function checkValue(value: unknown, type: GraphQLInputType, path: string, problem: (field: string, refusal: Refusal) => void): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((item, i) => checkValue(item, nullable.ofType as GraphQLInputType, `${path}[${i}]`, problem));
    return;
  }
  if (isInputObjectType(nullable)) {
    const record = value as Record<string, unknown>;
    for (const field of Object.values(nullable.getFields())) {
      if (Object.hasOwn(record, field.name)) checkValue(record[field.name], field.type, `${path}.${field.name}`, problem);
    }
    return;
  }
  if (!isScalarType(nullable) || typeof value !== 'string') return;
  const unstorable = unstorableTextProblem(value);
  if (unstorable) problem(path, unstorable);
  else if (nullable.name === 'ID' && !isUuid(value)) problem(path, reason('field.notUuid'));
}
