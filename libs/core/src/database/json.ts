/**
 * The content of a jsonb column: a plain object that survives JSON.stringify. `any` rather than
 * `unknown` values because TypeORM's deep-partial insert types cannot check recursive JSON types.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonObject = Record<string, any>;
