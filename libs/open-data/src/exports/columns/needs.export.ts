import type { Need, NeedFilter, NeedSort, NeedsSearchService } from '#libs/needs';
import { codes, EXPORT_PAGE_SIZE, instant, walkPages, type ExportColumn, type ExportContext, type ExportSource } from '../export-source.js';
import type { ReferenceNames } from '../reference-names.js';

export interface NeedsExportArgs {
  filter?: NeedFilter | null;
  search?: string | null;
  sort?: NeedSort | null;
}

/**
 * The columns of a needs export: fields the API shows anyone who may see the need (none of those
 * it keeps for the State and UNODA: the moderator's reasons, the quality meter, who endorsed it).
 */
function needColumns(ctx: ExportContext, names: ReferenceNames): ExportColumn<Need>[] {
  return [
    { key: 'id', kind: 'code', value: (n) => n.id },
    { key: 'link', kind: 'code', value: (n) => `${ctx.publicUrl}/needs/${n.id}` },
    { key: 'stateCode', kind: 'code', value: (n) => n.stateIso3 },
    { key: 'state', kind: 'text', value: (n) => names.state(n.stateIso3) },
    { key: 'title', kind: 'text', value: (n) => n.title },
    { key: 'language', kind: 'code', value: (n) => n.originalLanguage },
    { key: 'status', kind: 'code', value: (n) => n.status },
    { key: 'visibility', kind: 'code', value: (n) => n.visibility },
    { key: 'thematicAreaCodes', kind: 'code', value: (n) => codes(n.thematicAreas) },
    { key: 'thematicAreas', kind: 'text', value: (n) => names.thematicAreas(n.thematicAreas) },
    { key: 'assistanceTypeCodes', kind: 'code', value: (n) => codes(n.assistanceTypes) },
    { key: 'assistanceTypes', kind: 'text', value: (n) => names.assistanceTypes(n.assistanceTypes) },
    { key: 'budget', kind: 'decimal', value: (n) => n.budgetAmount },
    { key: 'currency', kind: 'code', value: (n) => n.budgetCurrency },
    { key: 'budgetUsd', kind: 'decimal', value: (n) => n.budgetUsd },
    { key: 'usdRateDate', kind: 'date', value: (n) => n.budgetUsdRateDate },
    { key: 'priority', kind: 'integer', value: (n) => n.priorityRank },
    { key: 'timeframeStart', kind: 'date', value: (n) => n.timeframeStart },
    { key: 'timeframeEnd', kind: 'date', value: (n) => n.timeframeEnd },
    { key: 'validUntil', kind: 'date', value: (n) => n.validUntil },
    { key: 'publishedAt', kind: 'date', value: (n) => instant(n.publishedAt) },
    { key: 'statusChangedAt', kind: 'date', value: (n) => instant(n.statusChangedAt) },
  ];
}

/** What the columns read of a need: the rest (long texts above all) is never read from the database. */
const NEED_FIELDS = [
  'stateIso3',
  'title',
  'originalLanguage',
  'status',
  'visibility',
  'thematicAreas',
  'assistanceTypes',
  'budgetAmount',
  'budgetCurrency',
  'budgetUsd',
  'budgetUsdRateDate',
  'priorityRank',
  'timeframeStart',
  'timeframeEnd',
  'validUntil',
  'publishedAt',
  'statusChangedAt',
] as const satisfies readonly (keyof Need)[];

/** The needs list (`needs`, and an NPC's or UNODA's statuses through its filter) as an export. */
export function needsExport(
  search: NeedsSearchService,
  args: NeedsExportArgs,
  ctx: ExportContext,
  names: ReferenceNames,
  pageSize = EXPORT_PAGE_SIZE,
): ExportSource<Need> {
  return {
    sheet: 'NEEDS',
    fileStem: 'needs',
    columns: needColumns(ctx, names),
    pages: walkPages((after) => search.search(ctx.viewer, { ...args, after, first: pageSize, maxFirst: EXPORT_PAGE_SIZE, fields: NEED_FIELDS })),
  };
}
