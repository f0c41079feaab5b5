import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AppConfig,
  BadUserInputError,
  ConflictError,
  isUnLanguage,
  isUuid,
  NotFoundError,
  problemAt,
  reason,
  StatementParams,
  type AuthUser,
  type LocalizedText,
  type OrganisationType,
} from '#libs/core';
import { canViewNeed, needAccess, type NeedStatus, type NeedVisibility } from '#libs/needs';
import { ContributionStatus as C, FUNDED_STATUSES, proposalAccess, proposalVisibleSql, type ProposalStatus, type Tranche } from '#libs/proposals';
import { sumDecimals } from '#libs/reference-data';
import {
  buildIatiActivity,
  iatiActivitiesFile,
  renderIatiActivity,
  type IatiContribution,
  type IatiProposalView,
  type IatiReportingOrg,
} from './iati-activity.js';
import { isIatiCurrency } from './iati-codes.js';
import { assertValidIatiXml } from './iati-validation.js';

interface ProposalRow {
  id: string;
  reference: string;
  title: string;
  summary: string;
  implementing_agency: string;
  currency: string;
  status: ProposalStatus;
  funding_deadline: string | null;
  author_language: string | null;
  revision: number;
  tranches: Tranche[];
  opened_on: string;
  last_updated_at: Date;
}

/** An IATI file and how many activities it holds. */
export interface IatiFile {
  xml: string;
  activities: number;
}

const day = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;

/**
 * The IATI 2.03 activity files (docs/OPEN-DATA.md): every proposal from open-for-funding onwards
 * that the viewer may see (proposalVisibleSql: the public reads funded ones and later, logged-in
 * users the market, parties and UNODA their own in any status), read in a few set-based
 * statements, built by buildIatiActivity and, outside production, validated before it is served.
 */
@Injectable()
export class IatiService {
  private readonly logger = new Logger(IatiService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  get reportingOrg(): IatiReportingOrg {
    return { ref: this.config.IATI_REPORTING_ORG_REF, type: this.config.IATI_REPORTING_ORG_TYPE, name: this.config.IATI_REPORTING_ORG_NAME };
  }

  /**
   * Every published proposal the viewer may see. A proposal in a currency the IATI codelist lacks
   * is left out, with a warning in the log (the file stays valid; its own file says why).
   */
  async activities(viewer: AuthUser | undefined): Promise<IatiFile> {
    const rows = await this.proposalRows(viewer, null);
    const publishable = rows.filter((row) => {
      if (isIatiCurrency(row.currency)) return true;
      this.logger.warn(`Proposal ${row.reference} left out of the IATI file: its currency ${row.currency} is not in the IATI Currency codelist.`);
      return false;
    });
    const views = await this.views(publishable, viewer);
    const rendered = views.map((v) => buildIatiActivity(v, this.reportingOrg)).flatMap((a) => (a ? [renderIatiActivity(a)] : []));
    return this.checked({ xml: iatiActivitiesFile(rendered, new Date()), activities: rendered.length });
  }

  /** One proposal's file: NOT_FOUND unless the viewer may see it and it reached the market; CONFLICT when its currency is not IATI's. */
  async activity(id: string, viewer: AuthUser | undefined): Promise<IatiFile> {
    if (!isUuid(id)) throw new BadUserInputError(problemAt('id', reason('field.notUuid')));
    const [row] = await this.proposalRows(viewer, id);
    if (!row) throw new NotFoundError(reason('proposal.notFound', { id }));
    if (!isIatiCurrency(row.currency)) throw new ConflictError(reason('iati.currencyNotInCodelist', { reference: row.reference, currency: row.currency }));
    const [view] = await this.views([row], viewer);
    const activity = buildIatiActivity(view, this.reportingOrg);
    if (!activity) throw new NotFoundError(reason('proposal.notFound', { id }));
    return this.checked({ xml: iatiActivitiesFile([renderIatiActivity(activity)], new Date()), activities: 1 });
  }

  /**
   * Outside production, a file is validated against the schema before it is served: an invalid
   * one is our bug (InvalidIatiFileError: logged with xmllint's words, answered as an internal
   * error). The schema wants at least one activity: an empty file is well-formed but cannot be
   * valid; it is served as it is.
   */
  private async checked(file: IatiFile): Promise<IatiFile> {
    if (!this.config.isProduction && file.activities) await assertValidIatiXml(file.xml);
    return file;
  }

  /** Proposals that reached the market (they have an agreed revision) and the viewer may see, by reference; one when `id` is given. */
  private async proposalRows(viewer: AuthUser | undefined, id: string | null): Promise<ProposalRow[]> {
    const sql = new StatementParams();
    const visible = proposalVisibleSql(proposalAccess(viewer), sql);
    const conditions = [...(visible ? [visible] : []), ...(id ? [`p.id = ${sql.param(id)}`] : [])];
    return this.dataSource.query(
      `SELECT p.id, p.reference, p.title, p.summary, p.implementing_agency, p.currency, p.status,
              p.funding_deadline::text AS funding_deadline, u.preferred_language AS author_language,
              r.number AS revision, r.tranches,
              (SELECT ${day('min(r1.agreed_at)')} FROM proposal_revision r1 WHERE r1.proposal_id = p.id) AS opened_on,
              greatest(p.updated_at, (SELECT max(c.updated_at) FROM contribution c WHERE c.proposal_id = p.id)) AS last_updated_at
         FROM proposal p
         JOIN proposal_revision r ON r.proposal_id = p.id AND r.status = 'AGREED'
         LEFT JOIN app_user u ON u.id = p.created_by_user_id
        ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY p.reference`,
      sql.params,
    );
  }

  /** The views of these proposals: their States, needs, thematic areas, ledger and dates, in five statements whatever their number. */
  private async views(rows: ProposalRow[], viewer: AuthUser | undefined): Promise<IatiProposalView[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const [states, needs, areas, contributions, transitions] = await Promise.all([
      this.dataSource.query<{ proposal_id: string; state_iso3: string; iso2: string; names: LocalizedText }[]>(
        `SELECT pp.proposal_id, pp.state_iso3, ms.iso2, ms.names
           FROM proposal_party pp JOIN member_state ms ON ms.iso3 = pp.state_iso3
          WHERE pp.kind = 'STATE' AND pp.proposal_id = ANY($1::uuid[])
          ORDER BY pp.proposal_id, pp.state_iso3`,
        [ids],
      ),
      this.dataSource.query<
        { proposal_id: string; state_iso3: string; status: NeedStatus; visibility: NeedVisibility; budget_usd: string | null; thematic_areas: string[] }[]
      >(
        `SELECT pn.proposal_id, n.state_iso3, n.status, n.visibility, n.budget_usd, n.thematic_areas
           FROM proposal_need pn JOIN need n ON n.id = pn.need_id
          WHERE pn.proposal_id = ANY($1::uuid[])`,
        [ids],
      ),
      this.dataSource.query<{ code: string; names: LocalizedText }[]>(`SELECT code, names FROM thematic_area ORDER BY sort_order`),
      this.dataSource.query<
        {
          id: string;
          proposal_id: string;
          status: C;
          amount: string;
          name: string;
          type: OrganisationType;
          committed_on: string | null;
          disbursed_on: string | null;
          changed_on: string;
        }[]
      >(
        // The day a contribution was committed or disbursed is in the audit trail; its last change stands in when the trail has none.
        `SELECT c.id, c.proposal_id, c.status, c.amount, o.name, o.type, ${day('c.status_changed_at')} AS changed_on,
                (SELECT ${day('min(a.occurred_at)')} FROM audit_entry a
                  WHERE a.entity_type = 'contribution' AND a.entity_id = c.id::text AND a.to_state = 'COMMITTED') AS committed_on,
                (SELECT ${day('min(a.occurred_at)')} FROM audit_entry a
                  WHERE a.entity_type = 'contribution' AND a.entity_id = c.id::text AND a.to_state = 'DISBURSED') AS disbursed_on
           FROM contribution c JOIN organisation o ON o.id = c.organisation_id
          WHERE c.proposal_id = ANY($1::uuid[]) AND c.status = ANY($2::text[])
          ORDER BY c.proposal_id, c.created_at, c.id`,
        [ids, FUNDED_STATUSES],
      ),
      this.dataSource.query<{ proposal_id: string; started_on: string | null; completed_on: string | null; cancelled_on: string | null }[]>(
        `SELECT entity_id AS proposal_id,
                ${day(`min(occurred_at) FILTER (WHERE to_state = 'IN_IMPLEMENTATION')`)} AS started_on,
                ${day(`min(occurred_at) FILTER (WHERE to_state = 'COMPLETED')`)} AS completed_on,
                ${day(`max(occurred_at) FILTER (WHERE to_state IN ('WITHDRAWN', 'EXPIRED'))`)} AS cancelled_on
           FROM audit_entry
          WHERE entity_type = 'proposal' AND action = 'proposal.transitioned' AND entity_id = ANY($1::text[])
          GROUP BY entity_id`,
        [ids],
      ),
    ]);
    const access = needAccess(viewer);
    const byProposal = <T extends { proposal_id: string }>(list: T[]) => {
      const map = new Map<string, T[]>();
      for (const item of list) map.set(item.proposal_id, [...(map.get(item.proposal_id) ?? []), item]);
      return map;
    };
    const [statesOf, needsOf, contributionsOf] = [byProposal(states), byProposal(needs), byProposal(contributions)];
    const datesOf = new Map(transitions.map((t) => [t.proposal_id, t]));

    return rows.map((row): IatiProposalView => {
      const proposalNeeds = needsOf.get(row.id) ?? [];
      // The needs' rules decide what this viewer reads of them: a need it may not read lends neither its themes nor its budget.
      const readable = proposalNeeds.filter((n) => canViewNeed(access, { stateIso3: n.state_iso3, status: n.status, visibility: n.visibility }));
      const budgetOf = (iso3: string): string | null => {
        const own = proposalNeeds.filter((n) => n.state_iso3 === iso3);
        const known = own.length > 0 && own.every((n) => n.budget_usd !== null && readable.includes(n));
        return known ? sumDecimals(own.map((n) => n.budget_usd!)) : null;
      };
      const themes = new Set(readable.flatMap((n) => n.thematic_areas));
      const dates = datesOf.get(row.id);
      const lang = isUnLanguage(row.author_language) ? row.author_language : 'en';
      return {
        reference: row.reference,
        status: row.status,
        currency: row.currency,
        title: [{ lang, text: row.title }],
        description: [{ lang, text: row.summary }],
        implementingAgency: row.implementing_agency,
        states: (statesOf.get(row.id) ?? []).map((s) => ({ iso2: s.iso2, names: s.names, needsBudgetUsd: budgetOf(s.state_iso3) })),
        thematicAreas: areas.filter((a) => themes.has(a.code)).map((a) => ({ code: a.code, names: a.names })),
        revision: row.revision,
        tranches: row.tranches,
        contributions: (contributionsOf.get(row.id) ?? []).map((c): IatiContribution => {
          const disbursed = c.status === C.DISBURSED || c.status === C.REPORTED;
          const disbursedOn = disbursed ? (c.disbursed_on ?? c.changed_on) : null;
          return {
            id: c.id,
            status: c.status,
            amount: c.amount,
            donor: { name: c.name, type: c.type },
            committedOn: c.committed_on ?? disbursedOn ?? c.changed_on,
            disbursedOn,
          };
        }),
        openedOn: row.opened_on,
        fundingDeadline: row.funding_deadline,
        startedOn: dates?.started_on ?? null,
        endedOn: ['COMPLETED', 'CLOSED'].includes(row.status)
          ? (dates?.completed_on ?? null)
          : ['WITHDRAWN', 'EXPIRED'].includes(row.status)
            ? (dates?.cancelled_on ?? null)
            : null,
        lastUpdatedAt: new Date(row.last_updated_at),
      };
    });
  }
}
