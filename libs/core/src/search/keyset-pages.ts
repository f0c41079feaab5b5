import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import { BadUserInputError, problemAt } from '../errors/domain-errors.js';
import { reason } from '../errors/reasons.js';
import { cjkQuery, hasCjk } from './multilingual-text.js';

/**
 * Listing and searching records page by page, shared by needs and offers: keyset (cursor)
 * pagination over a sort key, multilingual full-text search with a trigram fallback, and one
 * round trip per page. A feature builds its filters on a SearchQuery and reads pages with a
 * KeysetPages for its entity.
 */

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_SEARCH_LENGTH = 200;

/** The text-search configurations a query is read with (it matches text in any of them). */
const QUERY_CONFIGS = ['english', 'french', 'spanish', 'russian', 'arabic', 'simple'];

export interface SortSpec {
  /** SQL of the sort key, over the query's alias (e.g. `n.created_at`). */
  expression: string;
  direction: 'ASC' | 'DESC';
  /** SQL type of the sort key, to read a cursor's value back exactly. */
  type: string;
}

/** How a search matched: by words (full text), or by similar fragments when no word matched. */
export type SearchMode = 'words' | 'fragments';

export interface Cursor {
  value: string;
  id: string;
  mode: SearchMode;
}

export interface Page<T> {
  rows: T[];
  cursors: string[];
  hasNextPage: boolean;
  countAll: () => Promise<number>;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id, cursor.mode])).toString('base64url');
}

export function decodeCursor(text: string): Cursor {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (
      Array.isArray(decoded) &&
      decoded.length === 3 &&
      typeof decoded[0] === 'string' &&
      typeof decoded[1] === 'string' &&
      (decoded[2] === 'words' || decoded[2] === 'fragments')
    ) {
      return { value: decoded[0], id: decoded[1], mode: decoded[2] };
    }
  } catch {
    // fall through
  }
  throw new BadUserInputError(problemAt('after', reason('paging.notCursor')));
}

/** Checks the paging and search arguments every listing takes. */
export function checkPaging(
  first: number | null | undefined,
  search: string | null | undefined,
  maxFirst = MAX_PAGE_SIZE,
): { first: number; q: string | null } {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > maxFirst) {
    throw new BadUserInputError(problemAt('first', reason('field.notInRange', { min: 1, max: maxFirst })));
  }
  const q = search?.trim() || null;
  if (q && q.length > MAX_SEARCH_LENGTH) {
    throw new BadUserInputError(problemAt('search', reason('field.tooLong', { max: MAX_SEARCH_LENGTH })));
  }
  return { first: size, q };
}

/** Numbers the parameters of one SQL statement (`$1`, `$2`, ...). */
export interface SqlParams {
  param(value: unknown): string;
}

/** The parameters of one SQL statement, for a statement that is not a listing. */
export class StatementParams implements SqlParams {
  readonly params: unknown[] = [];

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
}

/** The conditions and parameters of one listing query over `table alias`. */
export class SearchQuery implements SqlParams {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];
  /** `WITH ...` clause, when a text search computes its query first. */
  prefix = '';
  from: string;

  constructor(
    readonly table: string,
    readonly alias: string,
  ) {
    this.from = `${table} ${alias}`;
  }

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  where(condition: string): void {
    this.conditions.push(condition);
  }

  /**
   * `column` (text) is one of `values`. A single value is compared with `=` (not `= ANY`), so
   * PostgreSQL can walk an index on (column, sort key) in order.
   */
  whereOneOf(column: string, values: readonly string[]): void {
    this.where(values.length === 1 ? `${column} = ${this.param(values[0])}` : `${column} = ANY(${this.param(values)}::text[])`);
  }

  get whereClause(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }

  /**
   * Full-text search in any UN language over the table's `search_vector`: the words are read
   * with each language's stemming (and Chinese as character pairs), in one query without the
   * branches several stemmers read alike. Returns the rank expression.
   */
  matchWords(q: string): string {
    const text = this.param(q);
    const parts = QUERY_CONFIGS.map((config) => `websearch_to_tsquery('${config}', ${text})`);
    const cjk = cjkQuery(q);
    if (cjk) parts.push(`to_tsquery('simple', ${this.param(cjk)})`);
    this.prefix = `WITH q AS MATERIALIZED (
      SELECT coalesce(string_agg(DISTINCT '(' || x::text || ')', ' | '), '')::tsquery AS tsq
        FROM unnest(ARRAY[${parts.join(', ')}]) AS x WHERE x::text <> '')`;
    this.from = `${this.table} ${this.alias} CROSS JOIN q`;
    this.where(`${this.alias}.search_vector @@ q.tsq`);
    return `ts_rank(${this.alias}.search_vector, q.tsq)`;
  }

  /** The fallback: records whose `search_text` has words similar to the query (trigram index). */
  matchFragments(q: string): string {
    const text = this.param(q.toLowerCase());
    this.where(`${text} <% ${this.alias}.search_text`);
    return `word_similarity(${text}, ${this.alias}.search_text)`;
  }
}

/** The sort every listing offers besides its own: by how well the search text matched. */
export const RELEVANCE = 'RELEVANCE';

/** What a listing asks for: a page size, a cursor, an optional search text and a sort name. */
export interface ListingRequest<S extends string> {
  first?: number | null;
  search?: string | null;
  after?: string | null;
  sort?: S | null;
  /** A larger page than clients may ask for, for the server's own walks through a list (exports). */
  maxFirst?: number;
  /**
   * Only these properties of each row (the id always): a walk through a whole list that needs a
   * few columns reads and keeps a fraction of each row. Unset: every column.
   */
  fields?: readonly string[];
}

/** A listing's sorts: SQL of each named sort but RELEVANCE, and the one used without a search. */
export interface ListingSorts<S extends string> {
  byName: Record<Exclude<S, typeof RELEVANCE>, SortSpec>;
  default: Exclude<S, typeof RELEVANCE>;
}

/** Reads pages of one entity's rows in sort order, converting rows with TypeORM's column rules. */
export class KeysetPages<T extends ObjectLiteral> {
  private readonly metadata: EntityMetadata;
  private readonly columns: ColumnMetadata[];

  constructor(
    private readonly dataSource: DataSource,
    entity: EntityTarget<T>,
    private readonly alias: string,
  ) {
    this.metadata = dataSource.getMetadata(entity);
    this.columns = this.metadata.columns.filter((c) => c.isSelect);
  }

  /**
   * One page of a listing. A search text sorts by relevance unless another sort is asked for.
   * Words are matched first; when no word matches on the first page, similar fragments are
   * (typos, partial words; not for Chinese, already matched by character pairs). The cursor
   * remembers which of the two the first page used, so later pages continue the same way.
   * `filter` adds the listing's filters and visibility rules to each query.
   */
  async search<S extends string>(request: ListingRequest<S>, sorts: ListingSorts<S>, filter: (query: SearchQuery) => void): Promise<Page<T>> {
    const { first, q } = checkPaging(request.first, request.search, request.maxFirst);
    const sortName = request.sort ?? (q ? RELEVANCE : sorts.default);
    if (sortName === RELEVANCE && !q) throw new BadUserInputError(problemAt('sort', reason('paging.relevanceNeedsSearch')));
    const after = request.after ? decodeCursor(request.after) : null;
    const pageBy = (mode: SearchMode, from: Cursor | null) => {
      const query = new SearchQuery(this.metadata.tableName, this.alias);
      filter(query);
      const rank = q ? (mode === 'words' ? query.matchWords(q) : query.matchFragments(q)) : null;
      const sort: SortSpec =
        sortName === RELEVANCE ? { expression: rank!, direction: 'DESC', type: 'real' } : sorts.byName[sortName as Exclude<S, typeof RELEVANCE>];
      return this.read(query, sort, first, from, mode, this.selected(request.fields));
    };
    const page = await pageBy(after?.mode ?? 'words', after);
    if (q && !after && !page.rows.length && q.length >= 3 && !hasCjk(q)) return pageBy('fragments', null);
    return page;
  }

  /**
   * One round trip: the page's rows in order, the sort key computed once per row (the ORDER BY
   * matches the select list) and turned into cursor text for the page only. The count (asked
   * separately, unless the first page is the whole list) shares the filters, not the cursor.
   */
  private async read(query: SearchQuery, sort: SortSpec, first: number, after: Cursor | null, mode: SearchMode, columns: ColumnMetadata[]): Promise<Page<T>> {
    const a = this.alias;
    const countSql = `${query.prefix} SELECT count(*)::int AS n FROM ${query.from} ${query.whereClause}`;
    const countParams = [...query.params];
    if (after) {
      const comparison = sort.direction === 'DESC' ? '<' : '>';
      query.where(`(${sort.expression}, ${a}.id) ${comparison} (CAST(${query.param(after.value)} AS ${sort.type}), ${query.param(after.id)}::uuid)`);
    }
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `${query.prefix}
       SELECT ${columns.map((c) => `${a}."${c.databaseName}"`).join(', ')}, page.sort_key::text AS sort_value FROM (
         SELECT ${a}.id, ${sort.expression} AS sort_key FROM ${query.from} ${query.whereClause}
          ORDER BY ${sort.expression} ${sort.direction}, ${a}.id ${sort.direction}
          LIMIT ${first + 1}
       ) page JOIN ${query.table} ${a} ON ${a}.id = page.id
       ORDER BY page.sort_key ${sort.direction}, ${a}.id ${sort.direction}`,
      query.params,
    );
    const page = rows.slice(0, first);
    return {
      rows: page.map((row) => this.hydrate(row, columns)),
      cursors: page.map((row) => encodeCursor({ value: row.sort_value as string, id: row.id as string, mode })),
      hasNextPage: rows.length > first,
      // A first page that holds the whole list counts it: no second query.
      countAll: async () => (!after && rows.length <= first ? page.length : ((await this.dataSource.query(countSql, countParams))[0].n as number)),
    };
  }

  private selected(fields: readonly string[] | undefined): ColumnMetadata[] {
    if (!fields) return this.columns;
    const wanted = new Set(['id', ...fields]);
    return this.columns.filter((c) => wanted.has(c.propertyName));
  }

  private hydrate(row: Record<string, unknown>, columns: ColumnMetadata[]): T {
    const entity = this.metadata.create() as T;
    for (const column of columns) {
      column.setEntityValue(entity, this.dataSource.driver.prepareHydratedValue(row[column.databaseName], column));
    }
    return entity;
  }
}
