import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BadUserInputError, problemAt, reason, StatementParams, todayUtc, type AuthUser, type FieldProblem, type SqlParams, type UnLanguage } from '#libs/core';
import { offerWindowOpen } from '#libs/matching';
import { LISTED_STATUSES, needAccess, needVisibleSql, NeedStatus } from '#libs/needs';
import { eligibleAt, offerAccess, offerVisibleSql, OfferStatus } from '#libs/offers';
import { contributionVisibleSql, ContributionStatus as C, FUNDED_STATUSES, proposalAccess, proposalVisibleSql } from '#libs/proposals';
import { m49AreaName } from '#libs/reference-data';
import { FLOW_STAGES, FlowStage, FundingDimension, UNMET_PAGE } from './dashboard.enums.js';
import type { DashboardFilter } from './dto/dashboard.inputs.js';
import type {
  CoverageCellView,
  CoverageDashboardView,
  FlowDashboardView,
  FlowStageView,
  FundingDashboardView,
  FundingRowView,
  UnmetNeedView,
} from './dto/dashboard.types.js';

/** Reporting years a filter may name. */
const YEARS = { min: 1990, max: 2100 };

/** The reporting year of a need (alias `n`, its report `r`): the report's, else the year it was published. */
const REPORTING_YEAR = `coalesce(r.reporting_year::int, extract(year FROM coalesce(n.published_at, n.created_at))::int)`;

/** Pledged and after, not cancelled: what the "pledged" figure sums (intents are not pledges). */
const PLEDGED_OR_LATER: readonly C[] = [C.PLEDGED, ...FUNDED_STATUSES];
const DISBURSED: readonly C[] = [C.DISBURSED, C.REPORTED];

/**
 * The three dashboards: each one set-based statement, over what the viewer may see by the lists'
 * own rules (needVisibleSql, offerVisibleSql, proposalVisibleSql, contributionVisibleSql).
 * Definitions of every figure: docs/DASHBOARDS.md.
 */
@Injectable()
export class DashboardsService {
  private regions: Promise<Set<string>> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Needs against offers by thematic area × region, and the published needs no offer fits.
   * Set-based in small steps (docs/PERFORMANCE.md, "Dashboards"): offers are tested for eligibility
   * once per distinct eligibility profile (a few hundred, not offers × States); the needs are read
   * once and grouped by (State, thematic areas) (a few thousand groups), whose earliest fitting
   * offer (`fits_from`) is found from `state_fit`; a need is unmet when its valid-until is before it.
   */
  async coverage(viewer: AuthUser | undefined, filter: DashboardFilter | null | undefined, lang: UnLanguage): Promise<CoverageDashboardView> {
    await this.checkFilter(filter);
    const sql = new StatementParams();
    const today = todayUtc();
    const needs = this.needConditions(sql, viewer, [NeedStatus.PUBLISHED], filter);
    const offers = [`o.status = ${sql.param(OfferStatus.PUBLISHED)}`, offerWindowOpen(sql.param(today))];
    const offerRule = offerVisibleSql(offerAccess(viewer), [OfferStatus.PUBLISHED], sql);
    if (offerRule) offers.push(offerRule);
    const region = filter?.regionCode ? `AND s.m49_region_code = ${sql.param(filter.regionCode)}` : '';
    const language = sql.param(lang);
    const [row]: [{ cells: CellRow[] | null; needs: number; unmet_count: number; unmet: UnmetRow[] | null }] = await this.read(
      `WITH places AS MATERIALIZED (
         SELECT s.iso3, s.m49_region_code::text AS region,
                array_remove(ARRAY[s.m49_region_code::text, s.m49_subregion_code::text, s.m49_intermediate_region_code::text], NULL) AS areas,
                ARRAY(SELECT m.organisation_code FROM regional_organisation_member m WHERE m.state_iso3 = s.iso3) AS organisations
           FROM member_state s WHERE true ${region}),
       needs AS MATERIALIZED (
         SELECT n.id, n.state_iso3, n.thematic_areas, n.budget_usd, n.valid_until, n.published_at
           FROM need n JOIN member_state s ON s.iso3 = n.state_iso3 LEFT JOIN national_report r ON r.id = n.report_id
          WHERE ${needs}),
       offers AS (
         SELECT o.id, o.thematic_areas, o.available_from, coalesce(o.budget_remaining_usd, 0) AS remaining,
                o.eligible_everywhere, o.eligible_states, o.eligible_regions, o.eligible_regional_organisations,
                dense_rank() OVER (ORDER BY o.eligible_everywhere, o.eligible_states, o.eligible_regions, o.eligible_regional_organisations) AS profile
           FROM offer o WHERE ${offers.join(' AND ')}),
       profile_reach AS MATERIALIZED (
         SELECT p.profile, s.iso3, s.region
           FROM (SELECT DISTINCT ON (profile) * FROM offers) p JOIN places s ON ${eligibleAt('p', 's.iso3', 's.areas', 's.organisations')}),
       offer_areas AS (
         SELECT o.id AS offer_id, o.profile, a.code AS area, o.available_from, o.remaining
           FROM offers o JOIN thematic_area a ON o.thematic_areas = '{}' OR a.code = ANY(o.thematic_areas)),
       state_fit AS (
         SELECT r.iso3, oa.area, min(oa.first_from) AS first_from
           FROM (SELECT profile, area, min(available_from) AS first_from FROM offer_areas GROUP BY 1, 2) oa
           JOIN profile_reach r ON r.profile = oa.profile
          GROUP BY 1, 2),
       need_groups AS (
         SELECT state_iso3, thematic_areas, count(*)::int AS needs, sum(budget_usd) AS budget FROM needs GROUP BY 1, 2),
       group_fit AS (
         SELECT g.state_iso3, g.thematic_areas, min(f.first_from) AS fits_from
           FROM need_groups g CROSS JOIN LATERAL unnest(g.thematic_areas) AS t(area)
           JOIN state_fit f ON f.iso3 = g.state_iso3 AND f.area = t.area
          GROUP BY 1, 2),
       need_cells AS (
         SELECT t.area, s.region, sum(g.needs)::int AS needs, coalesce(sum(g.budget), 0) AS budget
           FROM need_groups g JOIN places s ON s.iso3 = g.state_iso3 CROSS JOIN LATERAL unnest(g.thematic_areas) AS t(area)
          GROUP BY 1, 2),
       offer_cells AS (
         SELECT oa.area, r.region, count(*)::int AS offers, sum(oa.remaining) AS remaining
           FROM offer_areas oa JOIN (SELECT DISTINCT profile, region FROM profile_reach) r ON r.profile = oa.profile
          GROUP BY 1, 2),
       cells AS (
         SELECT coalesce(nc.area, oc.area) AS area, coalesce(nc.region, oc.region) AS region,
                coalesce(nc.needs, 0) AS needs, coalesce(nc.budget, 0)::text AS budget,
                coalesce(oc.offers, 0) AS offers, coalesce(oc.remaining, 0)::text AS remaining
           FROM need_cells nc FULL JOIN offer_cells oc ON oc.area = nc.area AND oc.region = nc.region),
       unmet AS (
         SELECT n.* FROM needs n LEFT JOIN group_fit f ON f.state_iso3 = n.state_iso3 AND f.thematic_areas = n.thematic_areas
          WHERE NOT coalesce(f.fits_from <= n.valid_until, false))
       SELECT
         (SELECT json_agg(json_build_object('area', c.area, 'areaName', coalesce(a.names->>${language}, a.names->>'en', c.area), 'region', c.region,
                                            'needs', c.needs, 'budget', c.budget, 'offers', c.offers, 'remaining', c.remaining)
                          ORDER BY a.sort_order, c.area, c.region)
            FROM cells c LEFT JOIN thematic_area a ON a.code = c.area) AS cells,
         (SELECT coalesce(sum(needs), 0)::int FROM need_groups) AS needs,
         (SELECT count(*)::int FROM unmet) AS unmet_count,
         (SELECT json_agg(u ORDER BY u.published_at, u.id) FROM (
            SELECT u.id, t.title, u.state_iso3, coalesce(s.names->>${language}, s.names->>'en') AS state_name, u.thematic_areas,
                   u.budget_usd::text AS budget_usd, u.published_at
              FROM (SELECT * FROM unmet ORDER BY published_at, id LIMIT ${UNMET_PAGE}) u
              JOIN need t ON t.id = u.id JOIN member_state s ON s.iso3 = u.state_iso3) u) AS unmet`,
      sql.params,
    );
    return {
      cells: (row.cells ?? []).map((c): CoverageCellView => ({
        thematicAreaCode: c.area,
        thematicAreaName: c.areaName,
        regionCode: c.region,
        regionName: m49AreaName(c.region, lang) ?? c.region,
        needs: c.needs,
        needsBudgetUsd: money(c.budget),
        fittingOffers: c.offers,
        offersRemainingUsd: money(c.remaining),
      })),
      needs: row.needs,
      unmetCount: row.unmet_count,
      unmet: (row.unmet ?? []).map((u): UnmetNeedView => ({
        id: u.id,
        title: u.title,
        stateIso3: u.state_iso3,
        stateName: u.state_name ?? u.state_iso3,
        thematicAreaCodes: u.thematic_areas,
        budgetUsd: u.budget_usd,
        publishedAt: new Date(u.published_at),
      })),
      asOf: today,
    };
  }

  /** Requested, pledged, committed and disbursed in USD by a dimension, with the pledge-to-disbursement gap. */
  async funding(
    viewer: AuthUser | undefined,
    dimension: FundingDimension,
    filter: DashboardFilter | null | undefined,
    lang: UnLanguage,
  ): Promise<FundingDashboardView> {
    await this.checkFilter(filter);
    const sql = new StatementParams();
    const today = sql.param(todayUtc());
    const needs = this.needConditions(sql, viewer, LISTED_STATUSES, filter);
    const access = proposalAccess(viewer);
    const proposals = proposalVisibleSql(access, sql) ?? 'true';
    const contributions = contributionVisibleSql(access, sql) ?? 'true';
    const key = {
      [FundingDimension.THEMATIC_AREA]: 't.area',
      [FundingDimension.REGION]: 's.m49_region_code::text',
      [FundingDimension.STATE]: 'n.state_iso3::text',
      [FundingDimension.REPORTING_YEAR]: `${REPORTING_YEAR}::text`,
    }[dimension];
    // A need naming several thematic areas is shared among them equally, so the groups add up to the total.
    const byArea = dimension === FundingDimension.THEMATIC_AREA;
    const areas = byArea ? `LEFT JOIN LATERAL unnest(nullif(n.thematic_areas, '{}')) AS t(area) ON true` : '';
    const areaShare = byArea ? `1.0 / greatest(cardinality(n.thematic_areas), 1)` : '1.0';
    // Names from the database in the language asked (M49 regions are named below, from the shipped files).
    const name =
      dimension === FundingDimension.THEMATIC_AREA
        ? `(SELECT coalesce(a.names->>${sql.param(lang)}, a.names->>'en') FROM thematic_area a WHERE a.code = g.key)`
        : dimension === FundingDimension.STATE
          ? `(SELECT coalesce(m.names->>${sql.param(lang)}, m.names->>'en') FROM member_state m WHERE m.iso3 = g.key)`
          : 'NULL';
    const rows: FundingSqlRow[] = await this.read(
      `WITH rates AS (
         SELECT DISTINCT ON (currency_code) currency_code, usd_per_unit, effective_date
           FROM exchange_rate WHERE effective_date <= ${today}::date ORDER BY currency_code, effective_date DESC),
       keyed AS (
         SELECT n.id, n.budget_amount, n.budget_currency, ${key} AS key, ${areaShare} AS share
           FROM need n JOIN member_state s ON s.iso3 = n.state_iso3 LEFT JOIN national_report r ON r.id = n.report_id ${areas}
          WHERE ${needs}),
       money AS (
         SELECT c.proposal_id, p.currency,
                coalesce(sum(c.amount) FILTER (WHERE c.status = ANY(${sql.param(PLEDGED_OR_LATER)}::text[])), 0) AS pledged,
                coalesce(sum(c.amount) FILTER (WHERE c.status = ANY(${sql.param(FUNDED_STATUSES)}::text[])), 0) AS committed,
                coalesce(sum(c.amount) FILTER (WHERE c.status = ANY(${sql.param(DISBURSED)}::text[])), 0) AS disbursed
           FROM contribution c JOIN proposal p ON p.id = c.proposal_id
          WHERE ${proposals} AND ${contributions}
          GROUP BY 1, 2),
       money_usd AS (
         SELECT m.proposal_id, m.pledged * x.rate AS pledged, m.committed * x.rate AS committed, m.disbursed * x.rate AS disbursed, x.rate_date
           FROM money m
           CROSS JOIN LATERAL (SELECT CASE WHEN m.currency = 'USD' THEN 1 ELSE r.usd_per_unit END AS rate,
                                      CASE WHEN m.currency = 'USD' THEN NULL ELSE r.effective_date END AS rate_date
                                 FROM (SELECT 1) one LEFT JOIN rates r ON r.currency_code = m.currency) x),
       shares AS (
         SELECT pn.proposal_id, pn.need_id,
                CASE WHEN sum(n.budget_usd) OVER w > 0 THEN coalesce(n.budget_usd, 0) / sum(n.budget_usd) OVER w
                     ELSE 1.0 / count(*) OVER w END AS share
           FROM proposal_need pn JOIN need n ON n.id = pn.need_id
          WHERE pn.proposal_id IN (SELECT proposal_id FROM money)
         WINDOW w AS (PARTITION BY pn.proposal_id)),
       requested AS (
         SELECT k.key, sum(k.budget_amount * CASE WHEN k.budget_currency = 'USD' THEN 1 ELSE r.usd_per_unit END * k.share) AS requested,
                max(CASE WHEN k.budget_currency <> 'USD' THEN r.effective_date END) AS rate_date
           FROM keyed k LEFT JOIN rates r ON r.currency_code = k.budget_currency
          GROUP BY 1),
       given AS (
         SELECT k.key, sum(mu.pledged * sh.share * k.share) AS pledged, sum(mu.committed * sh.share * k.share) AS committed,
                sum(mu.disbursed * sh.share * k.share) AS disbursed, max(mu.rate_date) AS rate_date
           FROM money_usd mu JOIN shares sh ON sh.proposal_id = mu.proposal_id JOIN keyed k ON k.id = sh.need_id
          GROUP BY 1),
       groups AS (
         SELECT key, requested, 0 AS pledged, 0 AS committed, 0 AS disbursed, rate_date FROM requested
         UNION ALL
         SELECT key, 0, pledged, committed, disbursed, rate_date FROM given)
       SELECT g.key, ${name} AS name, g.total,
              round(sum(g.requested), 2)::text AS requested, round(sum(g.pledged), 2)::text AS pledged,
              round(sum(g.committed), 2)::text AS committed, round(sum(g.disbursed), 2)::text AS disbursed,
              round(sum(g.pledged) - sum(g.disbursed), 2)::text AS gap, max(g.rate_date)::text AS rate_date
         FROM (SELECT key, false AS total, requested, pledged, committed, disbursed, rate_date FROM groups
               UNION ALL SELECT NULL, true, requested, pledged, committed, disbursed, rate_date FROM groups) g
        GROUP BY g.key, g.total
        ORDER BY g.total, g.key NULLS LAST`,
      sql.params,
    );
    const view = (r: FundingSqlRow | undefined): FundingRowView => ({
      key: r?.total ? null : (r?.key ?? null),
      name: r?.total ? null : (r?.name ?? (r?.key && dimension === FundingDimension.REGION ? m49AreaName(r.key, lang) : null)),
      requestedUsd: money(r?.requested),
      pledgedUsd: money(r?.pledged),
      committedUsd: money(r?.committed),
      disbursedUsd: money(r?.disbursed),
      gapUsd: money(r?.gap),
    });
    const total = rows.find((r) => r.total);
    return {
      dimension,
      rows: rows.filter((r) => !r.total).map(view),
      total: view(total),
      asOf: todayUtc(),
      rateDate: total?.rate_date ?? null,
    };
  }

  /** Median and quartiles of each step's duration, and the share of needs that expired unmatched. */
  async flow(viewer: AuthUser | undefined, filter: DashboardFilter | null | undefined): Promise<FlowDashboardView> {
    await this.checkFilter(filter);
    const sql = new StatementParams();
    const statuses = [...LISTED_STATUSES, NeedStatus.EXPIRED, NeedStatus.WITHDRAWN];
    const needs = this.needConditions(sql, viewer, statuses, filter);
    const proposals = proposalVisibleSql(proposalAccess(viewer), sql) ?? 'true';
    const days = (to: string, from: string) => `greatest(extract(epoch FROM ${to} - ${from}), 0) / 86400.0`;
    const stage = (name: FlowStage, durations: string) =>
      `SELECT ${sql.param(name)}::text AS stage, count(*)::int AS count,
              round(percentile_cont(0.25) WITHIN GROUP (ORDER BY d)::numeric, 2)::text AS q1,
              round(percentile_cont(0.5) WITHIN GROUP (ORDER BY d)::numeric, 2)::text AS median,
              round(percentile_cont(0.75) WITHIN GROUP (ORDER BY d)::numeric, 2)::text AS q3
         FROM (${durations}) x(d)`;
    const [row]: [{ stages: StageRow[]; published: number; expired_unmatched: number }] = await this.read(
      `WITH needs AS (
         SELECT n.id, n.status, n.endorsed_at, n.published_at
           FROM need n JOIN member_state s ON s.iso3 = n.state_iso3 LEFT JOIN national_report r ON r.id = n.report_id
          WHERE n.published_at IS NOT NULL AND ${needs}),
       first_match AS (
         SELECT m.need_id, min(m.created_at) AS at FROM match m JOIN needs n ON n.id = m.need_id GROUP BY 1),
       visible_proposals AS (
         SELECT p.id, p.created_at FROM proposal p WHERE ${proposals}),
       first_proposal AS (
         SELECT pn.need_id, min(p.created_at) AS at
           FROM proposal_need pn JOIN visible_proposals p ON p.id = pn.proposal_id JOIN needs n ON n.id = pn.need_id GROUP BY 1),
       funded AS (
         SELECT p.id, p.created_at, min(a.occurred_at) AS at
           FROM visible_proposals p JOIN audit_entry a ON a.entity_type = 'proposal' AND a.entity_id = p.id::text AND a.to_state = ${sql.param('FUNDED')}
          WHERE p.id IN (SELECT pn.proposal_id FROM proposal_need pn JOIN needs n ON n.id = pn.need_id)
          GROUP BY 1, 2),
       stages AS (
         ${stage(FlowStage.SUBMISSION_TO_PUBLICATION, `SELECT ${days('published_at', 'endorsed_at')} FROM needs WHERE endorsed_at IS NOT NULL`)}
         UNION ALL
         ${stage(FlowStage.PUBLICATION_TO_FIRST_MATCH, `SELECT ${days('m.at', 'n.published_at')} FROM needs n JOIN first_match m ON m.need_id = n.id`)}
         UNION ALL
         ${stage(FlowStage.MATCH_TO_PROPOSAL, `SELECT ${days('p.at', 'm.at')} FROM first_match m JOIN first_proposal p ON p.need_id = m.need_id`)}
         UNION ALL
         ${stage(FlowStage.PROPOSAL_TO_FUNDED, `SELECT ${days('at', 'created_at')} FROM funded`)})
       SELECT (SELECT json_agg(s) FROM stages s) AS stages,
              (SELECT count(*)::int FROM needs) AS published,
              (SELECT count(*)::int FROM needs n WHERE n.status = ${sql.param(NeedStatus.EXPIRED)}
                  AND NOT EXISTS (SELECT 1 FROM match m WHERE m.need_id = n.id)) AS expired_unmatched`,
      sql.params,
    );
    const byStage = new Map(row.stages.map((s) => [s.stage, s]));
    return {
      stages: FLOW_STAGES.map((name): FlowStageView => {
        const s = byStage.get(name);
        return { stage: name, count: s?.count ?? 0, q1Days: s?.q1 ?? null, medianDays: s?.median ?? null, q3Days: s?.q3 ?? null };
      }),
      publishedNeeds: row.published,
      expiredUnmatched: row.expired_unmatched,
      expiredUnmatchedShare: row.published ? (row.expired_unmatched / row.published).toFixed(4) : null,
    };
  }

  /**
   * One dashboard statement, without PostgreSQL's JIT compilation: these statements pass its cost
   * threshold, and compiling them took 80-90 ms of a 250-370 ms run (EXPLAIN ANALYZE, bench:web).
   */
  private read<T>(sql: string, params: unknown[]): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL jit = off');
      return manager.query(sql, params) as Promise<T>;
    });
  }

  /**
   * The needs (alias `n`, with `s` its member_state and `r` its national_report) a dashboard counts:
   * among `statuses`, by the needs list's rule for the viewer, narrowed by the filter.
   */
  private needConditions(sql: SqlParams, viewer: AuthUser | undefined, statuses: readonly NeedStatus[], filter: DashboardFilter | null | undefined): string {
    const conditions = [`n.status = ANY(${sql.param(statuses)}::text[])`];
    const visible = needVisibleSql(needAccess(viewer), statuses, sql);
    if (visible) conditions.push(visible);
    if (filter?.reportingYear != null) conditions.push(`${REPORTING_YEAR} = ${sql.param(filter.reportingYear)}`);
    if (filter?.regionCode) conditions.push(`s.m49_region_code = ${sql.param(filter.regionCode)}`);
    return conditions.join(' AND ');
  }

  private async checkFilter(filter: DashboardFilter | null | undefined): Promise<void> {
    const problems: FieldProblem[] = [];
    const year = filter?.reportingYear;
    if (year != null && (year < YEARS.min || year > YEARS.max)) problems.push(problemAt('filter.reportingYear', reason('field.notInRange', YEARS)));
    if (filter?.regionCode != null && !(await this.regionCodes()).has(filter.regionCode)) {
      problems.push(problemAt('filter.regionCode', reason('field.unknownCodes', { kind: 'm49Area', codes: [filter.regionCode] })));
    }
    if (problems.length) throw new BadUserInputError(problems);
  }

  /** The M49 regions Member States are in; read once (reference data is seeded at start). */
  private regionCodes(): Promise<Set<string>> {
    this.regions ??= this.dataSource
      .query(`SELECT DISTINCT m49_region_code::text AS code FROM member_state`)
      .then((rows: { code: string }[]) => new Set(rows.map((r) => r.code)))
      .catch((error: unknown) => {
        this.regions = null;
        throw error;
      });
    return this.regions;
  }
}

/** A sum as money: two decimals. */
function money(value: string | null | undefined): string {
  if (!value) return '0.00';
  const [whole, fraction = ''] = value.split('.');
  return `${whole}.${(fraction + '00').slice(0, 2)}`;
}

interface CellRow {
  area: string;
  areaName: string;
  region: string;
  needs: number;
  budget: string;
  offers: number;
  remaining: string;
}

interface UnmetRow {
  id: string;
  title: string;
  state_iso3: string;
  state_name: string | null;
  thematic_areas: string[];
  budget_usd: string | null;
  published_at: string;
}

interface FundingSqlRow {
  key: string | null;
  name: string | null;
  total: boolean;
  requested: string;
  pledged: string;
  committed: string;
  disbursed: string;
  gap: string;
  rate_date: string | null;
}

interface StageRow {
  stage: FlowStage;
  count: number;
  q1: string | null;
  median: string | null;
  q3: string | null;
}
