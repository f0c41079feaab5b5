import type { OrganisationsService } from '#libs/identity';
import type { OfferFilter, OffersSearchService, OffersService, OfferSort, OfferView } from '#libs/offers';
import {
  codes,
  EXPORT_PAGE_SIZE,
  instant,
  mapPages,
  namesById,
  walkPages,
  type ExportColumn,
  type ExportContext,
  type ExportSource,
} from '../export-source.js';
import type { ReferenceNames } from '../reference-names.js';

export interface OffersExportArgs {
  filter?: OfferFilter | null;
  search?: string | null;
  sort?: OfferSort | null;
}

interface OfferRow {
  offer: OfferView;
  donor: string | null;
}

/** The columns of an offers export; the contact point only as the API gives it (signed-in readers). */
function offerColumns(ctx: ExportContext, names: ReferenceNames): ExportColumn<OfferRow>[] {
  return [
    { key: 'id', kind: 'code', value: ({ offer }) => offer.id },
    { key: 'link', kind: 'code', value: ({ offer }) => `${ctx.publicUrl}/offers/${offer.id}` },
    { key: 'donorId', kind: 'code', value: ({ offer }) => offer.organisationId },
    { key: 'donor', kind: 'text', value: ({ donor }) => donor },
    { key: 'title', kind: 'text', value: ({ offer }) => offer.title },
    { key: 'language', kind: 'code', value: ({ offer }) => offer.originalLanguage },
    { key: 'status', kind: 'code', value: ({ offer }) => offer.status },
    { key: 'visibility', kind: 'code', value: ({ offer }) => offer.visibility },
    { key: 'thematicAreaCodes', kind: 'code', value: ({ offer }) => codes(offer.thematicAreaCodes) },
    { key: 'thematicAreas', kind: 'text', value: ({ offer }) => names.thematicAreas(offer.thematicAreaCodes) },
    { key: 'assistanceTypeCodes', kind: 'code', value: ({ offer }) => codes(offer.assistanceTypeCodes) },
    { key: 'assistanceTypes', kind: 'text', value: ({ offer }) => names.assistanceTypes(offer.assistanceTypeCodes) },
    { key: 'currency', kind: 'code', value: ({ offer }) => offer.budget.currency },
    { key: 'budgetTotal', kind: 'decimal', value: ({ offer }) => offer.budget.total },
    { key: 'budgetRemaining', kind: 'decimal', value: ({ offer }) => offer.budget.remaining },
    { key: 'budgetTotalUsd', kind: 'decimal', value: ({ offer }) => offer.budget.totalUsd },
    { key: 'budgetRemainingUsd', kind: 'decimal', value: ({ offer }) => offer.budget.remainingUsd },
    { key: 'usdRateDate', kind: 'date', value: ({ offer }) => offer.budget.usdRateDate },
    { key: 'availableFrom', kind: 'date', value: ({ offer }) => offer.availableFrom },
    { key: 'availableUntil', kind: 'date', value: ({ offer }) => offer.availableUntil },
    { key: 'eligibleEverywhere', kind: 'code', value: ({ offer }) => String(offer.eligibility.everywhere) },
    { key: 'eligibleRegionCodes', kind: 'code', value: ({ offer }) => codes(offer.eligibility.regions) },
    { key: 'eligibleStateCodes', kind: 'code', value: ({ offer }) => codes(offer.eligibility.states) },
    { key: 'eligibleOrganisationCodes', kind: 'code', value: ({ offer }) => codes(offer.eligibility.regionalOrganisations) },
    { key: 'workingLanguages', kind: 'code', value: ({ offer }) => codes(offer.workingLanguages) },
    { key: 'contactName', kind: 'text', value: ({ offer }) => offer.contactName },
    { key: 'contactEmail', kind: 'code', value: ({ offer }) => offer.contactEmail },
    { key: 'publishedAt', kind: 'date', value: ({ offer }) => instant(offer.publishedAt) },
    { key: 'statusChangedAt', kind: 'date', value: ({ offer }) => instant(offer.statusChangedAt) },
  ];
}

/** The offers list (`offers`, and a donor's own through its filter) as an export. */
export function offersExport(
  search: OffersSearchService,
  offers: OffersService,
  organisations: OrganisationsService,
  args: OffersExportArgs,
  ctx: ExportContext,
  names: ReferenceNames,
  pageSize = EXPORT_PAGE_SIZE,
): ExportSource<OfferRow> {
  const pages = walkPages((after) => search.search(ctx.viewer, { ...args, after, first: pageSize, maxFirst: EXPORT_PAGE_SIZE }));
  return {
    sheet: 'OFFERS',
    fileStem: 'offers',
    columns: offerColumns(ctx, names),
    pages: mapPages(pages, async (rows) => {
      const donorNames = await namesById(
        organisations.byId,
        rows.map((o) => o.organisationId),
      );
      return rows.map((offer) => ({ offer: offers.view(offer, ctx.viewer), donor: donorNames.get(offer.organisationId) ?? null }));
    }),
  };
}
