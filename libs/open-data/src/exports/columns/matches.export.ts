import type { OrganisationsService } from '#libs/identity';
import type { Match, MatchesService, MatchFilter, MatchSort } from '#libs/matching';
import type { Need, NeedsService } from '#libs/needs';
import type { Offer, OffersService } from '#libs/offers';
import { EXPORT_PAGE_SIZE, instant, mapPages, namesById, walkPages, type ExportColumn, type ExportContext, type ExportSource } from '../export-source.js';
import type { ReferenceNames } from '../reference-names.js';

export interface MatchesExportArgs {
  filter?: MatchFilter | null;
  sort?: MatchSort | null;
}

/** Which list of matches: the reader's own side (`myMatches`) or UNODA's queue (`matchQueue`). */
export type MatchList = 'MINE' | 'QUEUE';

interface MatchRow {
  match: Match;
  /** The need and the offer, each only when the reader may see it (as `Match.need` and `Match.offer`). */
  need: Need | null;
  offer: Offer | null;
  donor: string | null;
}

function matchColumns(ctx: ExportContext, names: ReferenceNames): ExportColumn<MatchRow>[] {
  return [
    { key: 'id', kind: 'code', value: ({ match }) => match.id },
    { key: 'link', kind: 'code', value: ({ match }) => `${ctx.publicUrl}/matches/${match.id}` },
    { key: 'status', kind: 'code', value: ({ match }) => match.status },
    { key: 'score', kind: 'decimal', value: ({ match }) => match.score },
    { key: 'needId', kind: 'code', value: ({ match }) => match.needId },
    { key: 'needTitle', kind: 'text', value: ({ need }) => need?.title ?? null },
    { key: 'stateCode', kind: 'code', value: ({ need }) => need?.stateIso3 ?? null },
    { key: 'state', kind: 'text', value: ({ need }) => (need ? names.state(need.stateIso3) : null) },
    { key: 'offerId', kind: 'code', value: ({ match }) => match.offerId },
    { key: 'offerTitle', kind: 'text', value: ({ offer }) => offer?.title ?? null },
    { key: 'donorId', kind: 'code', value: ({ offer }) => offer?.organisationId ?? null },
    { key: 'donor', kind: 'text', value: ({ donor }) => donor },
    { key: 'statusChangedAt', kind: 'date', value: ({ match }) => instant(match.statusChangedAt) },
    { key: 'createdAt', kind: 'date', value: ({ match }) => instant(match.createdAt) },
  ];
}

export interface MatchesExportServices {
  matches: MatchesService;
  needs: NeedsService;
  offers: OffersService;
  organisations: OrganisationsService;
}

/** `myMatches` or `matchQueue` as an export (the caller checks who may read the queue). */
export function matchesExport(
  services: MatchesExportServices,
  list: MatchList,
  args: MatchesExportArgs,
  ctx: ExportContext,
  names: ReferenceNames,
  pageSize = EXPORT_PAGE_SIZE,
): ExportSource<MatchRow> {
  const { matches, needs, offers, organisations } = services;
  const request = (after: string | null) => ({ ...args, after, first: pageSize, maxFirst: EXPORT_PAGE_SIZE });
  const pages = walkPages((after) => (list === 'QUEUE' ? matches.queue(request(after)) : matches.mine(ctx.viewer!, request(after))));
  return {
    sheet: 'MATCHES',
    fileStem: 'matches',
    columns: matchColumns(ctx, names),
    pages: mapPages(pages, async (rows) => {
      const [needRows, offerRows] = await Promise.all([
        needs.needsById.batchLoad([...new Set(rows.map((m) => m.needId))]),
        offers.offersById.batchLoad([...new Set(rows.map((m) => m.offerId))]),
      ]);
      const needById = new Map(needRows.flatMap((n) => (n ? [[n.id, n] as const] : [])));
      const offerById = new Map(offerRows.flatMap((o) => (o ? [[o.id, o] as const] : [])));
      const donorNames = await namesById(
        organisations.byId,
        offerRows.flatMap((o) => (o ? [o.organisationId] : [])),
      );
      return rows.map((match) => {
        const need = needById.get(match.needId) ?? null;
        const offer = offerById.get(match.offerId) ?? null;
        const seen = matches.canSee(ctx.viewer, need, offer);
        return {
          match,
          need: seen.need ? need : null,
          offer: seen.offer ? offer : null,
          donor: seen.offer && offer ? (donorNames.get(offer.organisationId) ?? null) : null,
        };
      });
    }),
  };
}
