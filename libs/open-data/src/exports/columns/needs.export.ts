import type { NeedFilter, NeedSort, NeedsSearchService, NeedsService, NeedView } from '#libs/needs';
import { codes, EXPORT_PAGE_SIZE, instant, mapPages, walkPages, type ExportColumn, type ExportContext, type ExportSource } from '../export-source.js';
import type { ReferenceNames } from '../reference-names.js';

export interface NeedsExportArgs {
  filter?: NeedFilter | null;
  search?: string | null;
  sort?: NeedSort | null;
}

/** The columns of a needs export: what the needs list shows anyone who may see the need. */
function needColumns(ctx: ExportContext, names: ReferenceNames): ExportColumn<NeedView>[] {
  return [
    { key: 'id', kind: 'code', value: (n) => n.id },
    { key: 'link', kind: 'code', value: (n) => `${ctx.publicUrl}/needs/${n.id}` },
    { key: 'stateCode', kind: 'code', value: (n) => n.stateIso3 },
    { key: 'state', kind: 'text', value: (n) => names.state(n.stateIso3) },
    { key: 'title', kind: 'text', value: (n) => n.title },
    { key: 'language', kind: 'code', value: (n) => n.originalLanguage },
    { key: 'status', kind: 'code', value: (n) => n.status },
    { key: 'visibility', kind: 'code', value: (n) => n.visibility },
    { key: 'thematicAreaCodes', kind: 'code', value: (n) => codes(n.thematicAreaCodes) },
    { key: 'thematicAreas', kind: 'text', value: (n) => names.thematicAreas(n.thematicAreaCodes) },
    { key: 'assistanceTypeCodes', kind: 'code', value: (n) => codes(n.assistanceTypeCodes) },
    { key: 'assistanceTypes', kind: 'text', value: (n) => names.assistanceTypes(n.assistanceTypeCodes) },
    { key: 'budget', kind: 'decimal', value: (n) => n.budget?.amount ?? null },
    { key: 'currency', kind: 'code', value: (n) => n.budget?.currency ?? null },
    { key: 'budgetUsd', kind: 'decimal', value: (n) => n.budgetUsd },
    { key: 'usdRateDate', kind: 'date', value: (n) => n.budgetUsdRateDate },
    { key: 'priority', kind: 'integer', value: (n) => n.priorityRank },
    { key: 'timeframeStart', kind: 'date', value: (n) => n.timeframe.start },
    { key: 'timeframeEnd', kind: 'date', value: (n) => n.timeframe.end },
    { key: 'validUntil', kind: 'date', value: (n) => n.validUntil },
    { key: 'publishedAt', kind: 'date', value: (n) => instant(n.publishedAt) },
    { key: 'statusChangedAt', kind: 'date', value: (n) => instant(n.statusChangedAt) },
  ];
}

/** The needs list (`needs`, and an NPC's or UNODA's statuses through its filter) as an export. */
export function needsExport(
  search: NeedsSearchService,
  needs: NeedsService,
  args: NeedsExportArgs,
  ctx: ExportContext,
  names: ReferenceNames,
  pageSize = EXPORT_PAGE_SIZE,
): ExportSource<NeedView> {
  const pages = walkPages((after) => search.search(ctx.viewer, { ...args, after, first: pageSize, maxFirst: EXPORT_PAGE_SIZE }));
  return {
    sheet: 'NEEDS',
    fileStem: 'needs',
    columns: needColumns(ctx, names),
    pages: mapPages(pages, (rows) => rows.map((need) => needs.view(need, ctx.viewer))),
  };
}
