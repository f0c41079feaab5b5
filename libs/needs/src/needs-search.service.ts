import { Injectable } from '@nestjs/common';
import { DataSource, type EntityMetadata } from 'typeorm';
import { BadUserInputError, type AuthUser } from '#libs/core';
import { NeedSort, type NeedFilter } from './dto/need.inputs.js';
import { Need } from './entities/need.entity.js';
import { LISTED_STATUSES, needAccess } from './need-access.js';
import { NeedStatus, NeedVisibility } from './need.enums.js';
import { cjkQuery, hasCjk } from './search-text.js';

export interface NeedSearchArgs {
  filter?: NeedFilter | null;
  search?: string | null;
  sort?: NeedSort | null;
  first?: number | null;
  after?: string | null;
}

export interface NeedPage {
  needs: Need[];
  cursors: string[];
  hasNextPage: boolean;
  countAll: () => Promise<number>;
}

export const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 20;
const MAX_SEARCH_LENGTH = 200;

/** The text-search configurations a query is read with (it matches text in any of them). */
const QUERY_CONFIGS = ['english', 'french', 'spanish', 'russian', 'arabic', 'simple'];

interface SortSpec {
  expression: string;
  direction: 'ASC' | 'DESC';
  /** SQL type of the sort key, to read a cursor's value back exactly. */
  type: string;
}

const SORTS: Record<Exclude<NeedSort, NeedSort.RELEVANCE>, SortSpec> = {
  [NeedSort.NEWEST]: { expression: 'n.created_at', direction: 'DESC', type: 'timestamptz' },
  [NeedSort.VALID_UNTIL]: { expression: 'n.valid_until', direction: 'ASC', type: 'date' },
  [NeedSort.BUDGET_USD_DESC]: { expression: 'coalesce(n.budget_usd, -1)', direction: 'DESC', type: 'numeric' },
  [NeedSort.PRIORITY]: { expression: 'coalesce(n.priority_rank, 1000)', direction: 'ASC', type: 'int' },
  [NeedSort.QUALITY]: { expression: 'n.quality_score', direction: 'DESC', type: 'int' },
  [NeedSort.OLDEST_IN_STATUS]: { expression: 'n.status_changed_at', direction: 'ASC', type: 'timestamptz' },
};

/** Collects SQL conditions with numbered parameters (and the search query, computed once). */
class Sql {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];
  /** `WITH ...` clause and extra FROM item, when a text search computes its query first. */
  prefix = '';
  from = 'need n';

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  where(condition: string): void {
    this.conditions.push(condition);
  }

  get whereClause(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}

/** How a search matched: by words (full text), or by similar fragments when no word matched. */
type SearchMode = 'words' | 'fragments';

interface Cursor {
  value: string;
  id: string;
  mode: SearchMode;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id, cursor.mode])).toString('base64url');
}

function decodeCursor(text: string): Cursor {
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
  throw new BadUserInputError({ field: 'after', message: 'is not a cursor from this list; use pageInfo.endCursor' });
}

/**
 * Browse and search of needs within the visibility rules: filters, sorts, keyset (cursor)
 * pagination and multilingual full-text search. Two queries a page: the ids in order (from the
 * indexes), then the rows by id; a third only when the total count is asked for.
 */
@Injectable()
export class NeedsSearchService {
  private readonly metadata: EntityMetadata;
  /** The selectable columns of need, for reading whole rows in the page query. */
  private readonly columns: string;

  constructor(private readonly dataSource: DataSource) {
    this.metadata = dataSource.getMetadata(Need);
    this.columns = this.metadata.columns.filter((c) => c.isSelect).map((c) => `n."${c.databaseName}"`).join(', ');
  }

  /** A row of the page query as a Need, converted by TypeORM's own column rules. */
  private hydrate(row: Record<string, unknown>): Need {
    const need = this.metadata.create() as Need;
    for (const column of this.metadata.columns) {
      if (!column.isSelect) continue;
      column.setEntityValue(need, this.dataSource.driver.prepareHydratedValue(row[column.databaseName], column));
    }
    return need;
  }

  async search(viewer: AuthUser | undefined, args: NeedSearchArgs): Promise<NeedPage> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw new BadUserInputError({ field: 'first', message: `must be from 1 to ${MAX_PAGE_SIZE}` });
    }
    const q = args.search?.trim() || null;
    if (q && q.length > MAX_SEARCH_LENGTH) {
      throw new BadUserInputError({ field: 'search', message: `must be at most ${MAX_SEARCH_LENGTH} characters` });
    }
    const sortName = args.sort ?? (q ? NeedSort.RELEVANCE : NeedSort.NEWEST);
    if (sortName === NeedSort.RELEVANCE && !q) {
      throw new BadUserInputError({ field: 'sort', message: 'RELEVANCE needs a search text' });
    }
    const after = args.after ? decodeCursor(args.after) : null;
    const page = await this.page(viewer, args.filter ?? {}, q, sortName, first, after, after?.mode ?? 'words');
    // No word matched: look for similar fragments instead (typos, partial words).
    if (q && !after && !page.needs.length && q.length >= 3 && !hasCjk(q)) {
      return this.page(viewer, args.filter ?? {}, q, sortName, first, null, 'fragments');
    }
    return page;
  }

  private async page(
    viewer: AuthUser | undefined,
    filter: NeedFilter,
    q: string | null,
    sortName: NeedSort,
    first: number,
    after: Cursor | null,
    mode: SearchMode,
  ): Promise<NeedPage> {
    const sql = new Sql();
    this.applyFilter(sql, filter, viewer);
    const rank = q ? (mode === 'words' ? this.matchWords(sql, q) : this.matchFragments(sql, q)) : null;
    const sort: SortSpec = sortName === NeedSort.RELEVANCE ? { expression: rank!, direction: 'DESC', type: 'real' } : SORTS[sortName];

    // The count shares the filters, not the cursor.
    const countSql = `${sql.prefix} SELECT count(*)::int AS n FROM ${sql.from} ${sql.whereClause}`;
    const countParams = [...sql.params];

    if (after) {
      const comparison = sort.direction === 'DESC' ? '<' : '>';
      sql.where(`(${sort.expression}, n.id) ${comparison} (CAST(${sql.param(after.value)} AS ${sort.type}), ${sql.param(after.id)}::uuid)`);
    }
    // The sort key is computed once per row (the ORDER BY matches the select list), and turned
    // into cursor text for the page only.
    // One round trip: the page's rows in order, with the sort key computed once per row (the
    // ORDER BY matches the select list) and turned into cursor text for the page only.
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `${sql.prefix}
       SELECT ${this.columns}, page.sort_key::text AS sort_value FROM (
         SELECT n.id, ${sort.expression} AS sort_key FROM ${sql.from} ${sql.whereClause}
          ORDER BY ${sort.expression} ${sort.direction}, n.id ${sort.direction}
          LIMIT ${first + 1}
       ) page JOIN need n ON n.id = page.id
       ORDER BY page.sort_key ${sort.direction}, n.id ${sort.direction}`,
      sql.params,
    );
    const page = rows.slice(0, first);
    return {
      needs: page.map((row) => this.hydrate(row)),
      cursors: page.map((row) => encodeCursor({ value: row.sort_value as string, id: row.id as string, mode })),
      hasNextPage: rows.length > first,
      countAll: async () => (await this.dataSource.query(countSql, countParams))[0].n as number,
    };
  }

  /**
   * The filters, and the visibility rules of canViewNeed in SQL. A single status is compared with
   * `=` (not `= ANY`), so PostgreSQL can walk the (status, sort key) indexes in order.
   */
  private applyFilter(sql: Sql, filter: NeedFilter, viewer: AuthUser | undefined): void {
    const statuses = [...new Set(filter.statuses?.length ? filter.statuses : [NeedStatus.PUBLISHED])];
    sql.where(statuses.length === 1 ? `n.status = ${sql.param(statuses[0])}` : `n.status = ANY(${sql.param(statuses)}::text[])`);
    const access = needAccess(viewer);
    if (!access.unoda) {
      const visible = [NeedVisibility.PUBLIC, ...(access.loggedIn ? [NeedVisibility.STATES_AND_DONORS] : [])];
      const listed = statuses.filter((s) => LISTED_STATUSES.includes(s));
      const byVisibility = listed.length
        ? `(n.visibility = ANY(${sql.param(visible)}::text[])${listed.length < statuses.length ? ` AND n.status = ANY(${sql.param(listed)}::text[])` : ''})`
        : 'false';
      sql.where(access.ownStates.length ? `(${byVisibility} OR n.state_iso3 = ANY(${sql.param(access.ownStates)}::text[]))` : byVisibility);
    }
    if (filter.states?.length) {
      sql.where(`n.state_iso3 = ANY(${sql.param(filter.states.map((s) => s.toUpperCase()))}::text[])`);
    }
    if (filter.regionCode) {
      sql.where(`n.state_iso3 IN (SELECT iso3 FROM member_state WHERE m49_region_code = ${sql.param(filter.regionCode)})`);
    }
    if (filter.subregionCode) {
      sql.where(`n.state_iso3 IN (SELECT iso3 FROM member_state WHERE m49_subregion_code = ${sql.param(filter.subregionCode)})`);
    }
    if (filter.regionalOrganisationCode) {
      sql.where(
        `n.state_iso3 IN (SELECT state_iso3 FROM regional_organisation_member WHERE organisation_code = ${sql.param(filter.regionalOrganisationCode)})`,
      );
    }
    if (filter.thematicAreas?.length) sql.where(`n.thematic_areas && ${sql.param(filter.thematicAreas.map((c) => c.toUpperCase()))}::text[]`);
    if (filter.assistanceTypes?.length) {
      sql.where(`n.assistance_types && ${sql.param(filter.assistanceTypes.map((c) => c.toUpperCase()))}::text[]`);
    }
    if (filter.budgetUsdMin) sql.where(`n.budget_usd >= ${sql.param(filter.budgetUsdMin)}::numeric`);
    if (filter.budgetUsdMax) sql.where(`n.budget_usd <= ${sql.param(filter.budgetUsdMax)}::numeric`);
    if (filter.validUntilFrom) sql.where(`n.valid_until >= ${sql.param(filter.validUntilFrom)}::date`);
    if (filter.validUntilTo) sql.where(`n.valid_until <= ${sql.param(filter.validUntilTo)}::date`);
  }

  /**
   * Full-text search in any UN language: the words are read with each language's stemming (and
   * Chinese as character pairs), so a French query finds French text and an English one English
   * text. Returns the rank expression.
   */
  private matchWords(sql: Sql, q: string): string {
    const text = sql.param(q);
    const parts = QUERY_CONFIGS.map((config) => `websearch_to_tsquery('${config}', ${text})`);
    const cjk = cjkQuery(q);
    if (cjk) parts.push(`to_tsquery('simple', ${sql.param(cjk)})`);
    // One query for all languages, without the branches several stemmers read alike (they would
    // be matched and ranked again for every row).
    sql.prefix = `WITH q AS MATERIALIZED (
      SELECT coalesce(string_agg(DISTINCT '(' || x::text || ')', ' | '), '')::tsquery AS tsq
        FROM unnest(ARRAY[${parts.join(', ')}]) AS x WHERE x::text <> '')`;
    sql.from = 'need n CROSS JOIN q';
    sql.where('n.search_vector @@ q.tsq');
    return 'ts_rank(n.search_vector, q.tsq)';
  }

  /** The fallback: titles and problems containing words similar to the query (trigram index). */
  private matchFragments(sql: Sql, q: string): string {
    const text = sql.param(q.toLowerCase());
    sql.where(`${text} <% n.search_text`);
    return `word_similarity(${text}, n.search_text)`;
  }
}
