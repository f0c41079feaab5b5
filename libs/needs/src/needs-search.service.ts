import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
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

/** Collects SQL conditions with numbered parameters. */
class Sql {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];

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

function encodeCursor(value: string, id: string): string {
  return Buffer.from(JSON.stringify([value, id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2 && decoded.every((v) => typeof v === 'string')) {
      return decoded as [string, string];
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
  constructor(private readonly dataSource: DataSource) {}

  async search(viewer: AuthUser | undefined, args: NeedSearchArgs): Promise<NeedPage> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw new BadUserInputError({ field: 'first', message: `must be from 1 to ${MAX_PAGE_SIZE}` });
    }
    const sql = new Sql();
    this.applyVisibility(sql, viewer);
    this.applyFilter(sql, args.filter ?? {});
    const rank = this.applySearch(sql, args.search);
    const sortName = args.sort ?? (rank ? NeedSort.RELEVANCE : NeedSort.NEWEST);
    if (sortName === NeedSort.RELEVANCE && !rank) {
      throw new BadUserInputError({ field: 'sort', message: 'RELEVANCE needs a search text' });
    }
    const sort: SortSpec = sortName === NeedSort.RELEVANCE ? { expression: rank!, direction: 'DESC', type: 'real' } : SORTS[sortName];

    // The count shares the filters, not the cursor.
    const countSql = `SELECT count(*)::int AS n FROM need n ${sql.whereClause}`;
    const countParams = [...sql.params];

    if (args.after) {
      const [value, id] = decodeCursor(args.after);
      const comparison = sort.direction === 'DESC' ? '<' : '>';
      sql.where(`(${sort.expression}, n.id) ${comparison} (CAST(${sql.param(value)} AS ${sort.type}), ${sql.param(id)}::uuid)`);
    }
    const rows: { id: string; sort_value: string }[] = await this.dataSource.query(
      `SELECT n.id, (${sort.expression})::text AS sort_value FROM need n ${sql.whereClause}
        ORDER BY ${sort.expression} ${sort.direction}, n.id ${sort.direction}
        LIMIT ${first + 1}`,
      sql.params,
    );
    const page = rows.slice(0, first);
    const byId = new Map(
      (page.length ? await this.dataSource.getRepository(Need).findBy({ id: In(page.map((r) => r.id)) }) : []).map((n) => [n.id, n]),
    );
    return {
      needs: page.map((r) => byId.get(r.id)).filter((n): n is Need => !!n),
      cursors: page.map((r) => encodeCursor(r.sort_value, r.id)),
      hasNextPage: rows.length > first,
      countAll: async () => (await this.dataSource.query(countSql, countParams))[0].n as number,
    };
  }

  /** The same rules as canViewNeed, in SQL. */
  private applyVisibility(sql: Sql, viewer: AuthUser | undefined): void {
    const access = needAccess(viewer);
    if (access.unoda) return;
    const visible = [NeedVisibility.PUBLIC, ...(access.loggedIn ? [NeedVisibility.STATES_AND_DONORS] : [])];
    const listed = `(n.status = ANY(${sql.param(LISTED_STATUSES)}::text[]) AND n.visibility = ANY(${sql.param(visible)}::text[]))`;
    sql.where(access.ownStates.length ? `(${listed} OR n.state_iso3 = ANY(${sql.param(access.ownStates)}::text[]))` : listed);
  }

  private applyFilter(sql: Sql, filter: NeedFilter): void {
    sql.where(`n.status = ANY(${sql.param(filter.statuses?.length ? filter.statuses : [NeedStatus.PUBLISHED])}::text[])`);
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
   * text; a longer fragment also matches by substring (trigram index). Returns the rank
   * expression, or null without a search.
   */
  private applySearch(sql: Sql, search: string | null | undefined): string | null {
    const q = search?.trim();
    if (!q) return null;
    if (q.length > MAX_SEARCH_LENGTH) {
      throw new BadUserInputError({ field: 'search', message: `must be at most ${MAX_SEARCH_LENGTH} characters` });
    }
    const text = sql.param(q);
    const parts = QUERY_CONFIGS.map((config) => `websearch_to_tsquery('${config}', ${text})`);
    const cjk = cjkQuery(q);
    if (cjk) parts.push(`to_tsquery('simple', ${sql.param(cjk)})`);
    const tsquery = `(${parts.join(' || ')})`;
    const matches = [`n.search_vector @@ ${tsquery}`];
    if (q.length >= 3 && !hasCjk(q)) {
      const like = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      matches.push(`n.search_text LIKE ${sql.param(like)}`);
    }
    sql.where(`(${matches.join(' OR ')})`);
    return `ts_rank_cd(n.search_vector, ${tsquery})`;
  }
}
