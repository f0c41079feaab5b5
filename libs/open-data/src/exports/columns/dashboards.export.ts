import type { AuthUser, UnLanguage } from '#libs/core';
import type { CoverageCellView, DashboardFilter, DashboardsService, FlowStageView, FundingDimension, FundingRowView } from '#libs/dashboards';
import { onePage, type ExportColumn, type ExportSource } from '../export-source.js';

const COVERAGE_COLUMNS: ExportColumn<CoverageCellView>[] = [
  { key: 'thematicAreaCode', kind: 'code', value: (c) => c.thematicAreaCode },
  { key: 'thematicArea', kind: 'text', value: (c) => c.thematicAreaName },
  { key: 'regionCode', kind: 'code', value: (c) => c.regionCode },
  { key: 'region', kind: 'text', value: (c) => c.regionName },
  { key: 'needs', kind: 'integer', value: (c) => c.needs },
  { key: 'needsBudgetUsd', kind: 'decimal', value: (c) => c.needsBudgetUsd },
  { key: 'fittingOffers', kind: 'integer', value: (c) => c.fittingOffers },
  { key: 'offersRemainingUsd', kind: 'decimal', value: (c) => c.offersRemainingUsd },
];

const FUNDING_COLUMNS: ExportColumn<FundingRowView>[] = [
  { key: 'groupCode', kind: 'code', value: (r) => r.key },
  { key: 'group', kind: 'text', value: (r) => r.name },
  { key: 'requestedUsd', kind: 'decimal', value: (r) => r.requestedUsd },
  { key: 'pledgedUsd', kind: 'decimal', value: (r) => r.pledgedUsd },
  { key: 'committedUsd', kind: 'decimal', value: (r) => r.committedUsd },
  { key: 'disbursedUsd', kind: 'decimal', value: (r) => r.disbursedUsd },
  { key: 'gapUsd', kind: 'decimal', value: (r) => r.gapUsd },
];

const FLOW_COLUMNS: ExportColumn<FlowStageView>[] = [
  { key: 'stage', kind: 'code', value: (s) => s.stage },
  { key: 'count', kind: 'integer', value: (s) => s.count },
  { key: 'q1Days', kind: 'decimal', value: (s) => s.q1Days },
  { key: 'medianDays', kind: 'decimal', value: (s) => s.medianDays },
  { key: 'q3Days', kind: 'decimal', value: (s) => s.q3Days },
];

/** The coverage dashboard's cells (thematic area × region), as the dashboard computes them for the reader. */
export async function coverageExport(
  dashboards: DashboardsService,
  viewer: AuthUser | undefined,
  filter: DashboardFilter | null | undefined,
  lang: UnLanguage,
): Promise<ExportSource<CoverageCellView>> {
  const coverage = await dashboards.coverage(viewer, filter, lang);
  return { sheet: 'COVERAGE', fileStem: 'coverage', columns: COVERAGE_COLUMNS, pages: onePage(coverage.cells) };
}

/** The funding dashboard's rows for one dimension, then its total (the row whose group is empty). */
export async function fundingExport(
  dashboards: DashboardsService,
  viewer: AuthUser | undefined,
  dimension: FundingDimension,
  filter: DashboardFilter | null | undefined,
  lang: UnLanguage,
): Promise<ExportSource<FundingRowView>> {
  const funding = await dashboards.funding(viewer, dimension, filter, lang);
  return {
    sheet: 'FUNDING',
    fileStem: `funding-by-${dimension.toLowerCase().replaceAll('_', '-')}`,
    columns: FUNDING_COLUMNS,
    pages: onePage([...funding.rows, funding.total]),
  };
}

/** The flow dashboard's stages. */
export async function flowExport(
  dashboards: DashboardsService,
  viewer: AuthUser | undefined,
  filter: DashboardFilter | null | undefined,
): Promise<ExportSource<FlowStageView>> {
  const flow = await dashboards.flow(viewer, filter);
  return { sheet: 'FLOW', fileStem: 'flow', columns: FLOW_COLUMNS, pages: onePage(flow.stages) };
}
