import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Requests generated from the schema itself, so that a new query or mutation is covered by the
 * tests that use them without anyone remembering to add it.
 */

/** One scalar place in a root field's arguments, by its argument path (`input.tranches[0].title`). */
export interface InputLeaf {
  path: string;
  /** The scalar's name: String, ID, LocalDate, DateTime, Decimal, Int, ... */
  scalar: string;
}

export type Root = 'query' | 'mutation';

/** The root fields of a kind that take arguments. */
export function rootFields(schema: GraphQLSchema, root: Root): GraphQLField<unknown, unknown>[] {
  const type = root === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(type?.getFields() ?? {}).filter((field) => field.args.length > 0);
}

/** Every scalar place in a field's arguments (a list counts as its first item). */
export function inputLeaves(field: GraphQLField<unknown, unknown>): InputLeaf[] {
  const leaves: InputLeaf[] = [];
  const walk = (type: GraphQLInputType, path: string, depth: number) => {
    const nullable = getNullableType(type) as GraphQLInputType;
    if (isListType(nullable)) return walk(nullable.ofType as GraphQLInputType, `${path}[0]`, depth);
    if (isInputObjectType(nullable)) {
      if (depth > 5) return;
      for (const f of Object.values(nullable.getFields())) walk(f.type, `${path}.${f.name}`, depth + 1);
      return;
    }
    if (!isEnumType(nullable) && isLeafType(nullable)) leaves.push({ path, scalar: nullable.name });
  };
  for (const argument of field.args) walk(argument.type, argument.name, 0);
  return leaves;
}

/** Whether the place at `path` (an argument path, indexes allowed) is declared nullable. */
export function isNullableAt(field: GraphQLField<unknown, unknown>, path: string): boolean | undefined {
  const [first, ...rest] = path.replace(/\[\d+\]/g, '').split('.');
  let type: GraphQLInputType | undefined = field.args.find((a) => a.name === first)?.type;
  for (const name of rest) {
    const named = type && getNamedType(type);
    if (!named || !isInputObjectType(named)) return undefined;
    type = named.getFields()[name]?.type;
  }
  return type ? !isNonNullType(type) : undefined;
}

/** A plausible value of a scalar for a field of this name; ids come from `ids` or are random. */
export type Filler = (scalar: string, name: string, path: string) => unknown;

export function plausibleValue(ids: Record<string, string> = {}): Filler {
  return (scalar, name) => {
    switch (scalar) {
      case 'ID': {
        const key = name.replace(/Ids$/, 'Id').replace(/^ids$/, 'id');
        return ids[key] ?? ids[name] ?? randomUUID();
      }
      case 'Decimal':
        return '1000.00';
      case 'LocalDate':
        return '2030-06-15';
      case 'DateTime':
        return '2030-06-15T09:00:00Z';
      case 'Int':
        return 1;
      case 'Float':
        return 0.5;
      case 'Boolean':
        return false;
    }
    if (/iso3$/i.test(name) || name === 'states' || name === 'eligibleStates') return 'GHA';
    if (/currency/i.test(name)) return 'USD';
    if (/email/i.test(name)) return `someone.${randomUUID().slice(0, 8)}@example.org`;
    if (/password/i.test(name)) return 'a long enough test passphrase';
    if (/url$/i.test(name)) return 'https://example.org/report.pdf';
    if (name === 'contentBase64') return Buffer.from('{}').toString('base64');
    if (name === 'timeZone') return 'Europe/Berlin';
    if (name === 'kind') return 'MACHINE';
    if (name === 'thematicAreas') return 'MARKING';
    if (name === 'assistanceTypes') return 'EQUIPMENT';
    return `Test ${name}`;
  };
}

/**
 * A value of `type` for `path`: non-null fields always, nullable ones only with `everything`;
 * `at(path)` may give the value of a place (undefined: fill it).
 */
export function sampleValue(
  type: GraphQLInputType,
  path: string,
  name: string,
  fill: Filler,
  options: { everything: boolean; at?: (path: string) => unknown },
): unknown {
  const given = options.at?.(path);
  if (given !== undefined) return given;
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) return [sampleValue(nullable.ofType as GraphQLInputType, `${path}[0]`, name, fill, options)];
  if (isInputObjectType(nullable)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(nullable.getFields())) {
      if (!options.everything && !isNonNullType(f.type) && options.at?.(`${path}.${f.name}`) === undefined) continue;
      value[f.name] = sampleValue(f.type, `${path}.${f.name}`, f.name, fill, options);
    }
    return value;
  }
  if (isEnumType(nullable)) return nullable.getValues()[0].name;
  return fill((nullable as GraphQLNamedType).name, name, path);
}

/** The variables of a request to `field`, one per argument. */
export function sampleArguments(
  field: GraphQLField<unknown, unknown>,
  fill: Filler,
  options: { everything: boolean; at?: (path: string) => unknown },
): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const argument of field.args) {
    if (!options.everything && !isNonNullType(argument.type) && options.at?.(argument.name) === undefined) continue;
    variables[argument.name] = sampleValue(argument.type, argument.name, argument.name, fill, options);
  }
  return variables;
}

/** The operation that calls `field` with one variable per argument, selecting only `__typename`. */
export function operationFor(root: Root, field: GraphQLField<unknown, unknown>): string {
  const definitions = field.args.map((a: GraphQLArgument) => `$${a.name}: ${String(a.type)}`).join(', ');
  const uses = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${root} (${definitions}) { ${field.name}(${uses})${selection} }`;
}
