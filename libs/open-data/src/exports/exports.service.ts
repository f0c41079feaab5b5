import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import {
  AppConfig,
  AuthUserLoader,
  BadUserInputError,
  ForbiddenError,
  problemAt,
  readToken,
  reason,
  Role,
  signToken,
  TooManyRequestsError,
  UnauthenticatedError,
  type AuthUser,
  type UnLanguage,
} from '#libs/core';
import { DashboardsService, type DashboardFilter, type FundingDimension } from '#libs/dashboards';
import { OrganisationsService } from '#libs/identity';
import { MatchesService } from '#libs/matching';
import { NeedsSearchService, NeedsService } from '#libs/needs';
import { OffersSearchService, OffersService } from '#libs/offers';
import { FundingService, ProposalsSearchService, ProposalsService } from '#libs/proposals';
import { ReferenceDataService } from '#libs/reference-data';
import { contributionsExport } from './columns/contributions.export.js';
import { coverageExport, flowExport, fundingExport } from './columns/dashboards.export.js';
import { matchesExport, type MatchesExportArgs } from './columns/matches.export.js';
import { needsExport, type NeedsExportArgs } from './columns/needs.export.js';
import { offersExport, type OffersExportArgs } from './columns/offers.export.js';
import { proposalsExport, type ProposalsExportArgs } from './columns/proposals.export.js';
import { ExportFormat, type DownloadLinkView } from './dto/export.types.js';
import { EXPORT_LABELS } from './export-labels.js';
import { mapPages, type ExportContext, type ExportSource, type PageReader } from './export-source.js';
import { loadReferenceNames } from './reference-names.js';
import { CSV_CONTENT_TYPE, csvStream, xlsxStream, XLSX_CONTENT_TYPE, type Cell } from './table-writers.js';

/** What is exported: a list and the arguments it was shown with. */
export type ExportRequest =
  | { list: 'NEEDS'; args: NeedsExportArgs }
  | { list: 'OFFERS'; args: OffersExportArgs }
  | { list: 'MY_MATCHES' | 'MATCH_QUEUE'; args: MatchesExportArgs }
  | { list: 'PROPOSALS'; args: ProposalsExportArgs }
  | { list: 'CONTRIBUTIONS'; proposalId: string }
  | { list: 'COVERAGE' | 'FLOW'; filter: DashboardFilter | null }
  | { list: 'FUNDING'; dimension: FundingDimension; filter: DashboardFilter | null };

/** What a download link carries (signed, readable: nothing secret). */
interface LinkPayload {
  request: ExportRequest;
  format: ExportFormat;
  lang: UnLanguage;
  /** Who asked: the file is read with their rights as they are when it is downloaded. */
  userId: string | null;
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Readable;
}

const LINK_PURPOSE = 'export';
/**
 * Files written at once by one api process. A large file keeps a database connection busy a page
 * at a time and a core busy writing; past this many, a download is refused (429) for a moment
 * rather than slowing every request of the process.
 */
export const MAX_CONCURRENT_EXPORTS = 4;
/** Long enough to click through a browser's download, short enough that a leaked link soon opens nothing. */
export const LINK_LIFETIME_MS = 5 * 60_000;

/**
 * Exports of the lists as CSV or XLSX. Each list is read by its own service, page by page, as the
 * file is written (an export of any size holds one page in memory), with the reader's rights: the
 * same filters, sort and visibility rules as the list on screen. A download goes through a
 * short-lived signed link (the download is a plain GET: no access token in a URL).
 */
@Injectable()
export class ExportsService {
  private readonly writing = new ExportGate(MAX_CONCURRENT_EXPORTS);

  constructor(
    private readonly config: AppConfig,
    private readonly users: AuthUserLoader,
    private readonly referenceData: ReferenceDataService,
    private readonly needsSearch: NeedsSearchService,
    private readonly needs: NeedsService,
    private readonly offersSearch: OffersSearchService,
    private readonly offers: OffersService,
    private readonly matches: MatchesService,
    private readonly proposalsSearch: ProposalsSearchService,
    private readonly proposals: ProposalsService,
    private readonly funding: FundingService,
    private readonly dashboards: DashboardsService,
    private readonly organisations: OrganisationsService,
  ) {}

  /**
   * A link to download the list. The list is read once for its first row first, so what it would
   * refuse (a bad search, a proposal the reader may not see) is refused here, as the list would.
   */
  async link(request: ExportRequest, format: ExportFormat, lang: UnLanguage, viewer: AuthUser | undefined): Promise<DownloadLinkView> {
    authorize(request, viewer);
    const source = await this.source(request, { viewer, lang, publicUrl: this.config.publicUrl }, 1);
    await source.pages();
    const expiresAt = new Date(Date.now() + LINK_LIFETIME_MS);
    const payload: LinkPayload = { request, format, lang, userId: viewer?.id ?? null };
    const path = `/exports/${signToken(this.config.jwtSecret, LINK_PURPOSE, payload, expiresAt)}`;
    return { url: `${this.config.publicUrl}${path}`, path, fileName: fileName(source.fileStem, format), expiresAt };
  }

  /** The file a link stands for, read now with the rights its reader has now. */
  async open(token: string): Promise<ExportFile> {
    const reading = readToken<LinkPayload>(this.config.jwtSecret, LINK_PURPOSE, token);
    if (!reading.ok) {
      const refusal =
        reading.problem === 'expired' ? reason('export.linkExpired', { expiredAt: reading.expiresAt.toISOString() }) : reason('export.linkNotGenuine');
      throw new BadUserInputError(problemAt('token', refusal), refusal);
    }
    const { request, format, lang, userId } = reading.payload;
    const viewer = userId ? await this.users.load(userId) : undefined;
    if (userId && !viewer) throw new UnauthenticatedError(reason('auth.accountUnusable'));
    authorize(request, viewer ?? undefined);
    const release = this.writing.enter();
    try {
      const source = await this.source(request, { viewer: viewer ?? undefined, lang, publicUrl: this.config.publicUrl });
      const labels = EXPORT_LABELS[lang];
      const table = {
        headers: source.columns.map((c) => labels.columns[c.key]),
        kinds: source.columns.map((c) => c.kind),
        pages: cellsOf(source),
      };
      const body = format === ExportFormat.XLSX ? xlsxStream(table, labels.sheets[source.sheet]) : csvStream(table);
      // Written to the end, failed or abandoned by its reader: the place is free again.
      body.once('close', release);
      return { fileName: fileName(source.fileStem, format), contentType: format === ExportFormat.XLSX ? XLSX_CONTENT_TYPE : CSV_CONTENT_TYPE, body };
    } catch (error) {
      release();
      throw error;
    }
  }

  private async source(request: ExportRequest, ctx: ExportContext, pageSize?: number): Promise<ExportSource<unknown>> {
    const names = () => loadReferenceNames(this.referenceData, ctx.lang);
    switch (request.list) {
      case 'NEEDS':
        return needsExport(this.needsSearch, request.args, ctx, await names(), pageSize) as ExportSource<unknown>;
      case 'OFFERS':
        return offersExport(this.offersSearch, this.offers, this.organisations, request.args, ctx, await names(), pageSize) as ExportSource<unknown>;
      case 'MY_MATCHES':
      case 'MATCH_QUEUE': {
        const services = { matches: this.matches, needs: this.needs, offers: this.offers, organisations: this.organisations };
        const list = request.list === 'MATCH_QUEUE' ? 'QUEUE' : 'MINE';
        return matchesExport(services, list, request.args, ctx, await names(), pageSize) as ExportSource<unknown>;
      }
      case 'PROPOSALS':
        return proposalsExport(this.proposalsSearch, this.proposals, request.args, ctx, await names(), pageSize) as ExportSource<unknown>;
      case 'CONTRIBUTIONS':
        return (await contributionsExport(this.funding, this.organisations, request.proposalId, ctx)) as ExportSource<unknown>;
      case 'COVERAGE':
        return (await coverageExport(this.dashboards, ctx.viewer, request.filter, ctx.lang)) as ExportSource<unknown>;
      case 'FUNDING':
        return (await fundingExport(this.dashboards, ctx.viewer, request.dimension, request.filter, ctx.lang)) as ExportSource<unknown>;
      case 'FLOW':
        return (await flowExport(this.dashboards, ctx.viewer, request.filter)) as ExportSource<unknown>;
    }
  }
}

/**
 * The role rules of the lists that have them (as their queries' @Roles say), checked when the
 * link is made and again when it is opened: a role withdrawn meanwhile closes the download.
 */
function authorize(request: ExportRequest, viewer: AuthUser | undefined): void {
  const roles = request.list === 'MATCH_QUEUE' ? [Role.UNODA_MODERATOR, Role.ADMIN] : request.list === 'MY_MATCHES' ? [Role.NPC, Role.DONOR] : null;
  if (!roles) return;
  if (!viewer) throw new UnauthenticatedError();
  if (!viewer.hasRole(...roles)) throw new ForbiddenError(reason('access.needsOneOfRoles', { roles }));
}

function cellsOf(source: ExportSource<unknown>): PageReader<Cell[]> {
  return mapPages(source.pages, (rows) => rows.map((row) => source.columns.map((c) => c.value(row))));
}

function fileName(stem: string, format: ExportFormat): string {
  return `${stem}-${new Date().toISOString().slice(0, 10)}.${format === ExportFormat.XLSX ? 'xlsx' : 'csv'}`;
}

/** Counts the files being written; refuses a new one past the limit (TOO_MANY_REQUESTS). */
export class ExportGate {
  private active = 0;

  constructor(private readonly limit: number) {}

  /** Takes a place, or throws; the function returned gives it back (once, however often called). */
  enter(): () => void {
    if (this.active >= this.limit) throw new TooManyRequestsError(reason('request.tooMany'), 5);
    this.active += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active -= 1;
    };
  }
}
