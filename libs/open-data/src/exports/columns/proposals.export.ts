import type { Proposal, ProposalFilter, ProposalSort, ProposalsSearchService, ProposalsService } from '#libs/proposals';
import { ProposalPartyKind } from '#libs/proposals';
import { codes, EXPORT_PAGE_SIZE, instant, mapPages, walkPages, type ExportColumn, type ExportContext, type ExportSource } from '../export-source.js';
import type { ReferenceNames } from '../reference-names.js';

export interface ProposalsExportArgs {
  filter?: ProposalFilter | null;
  sort?: ProposalSort | null;
}

interface ProposalRow {
  proposal: Proposal;
  states: string[];
}

function proposalColumns(ctx: ExportContext, names: ReferenceNames): ExportColumn<ProposalRow>[] {
  return [
    { key: 'id', kind: 'code', value: ({ proposal }) => proposal.id },
    { key: 'link', kind: 'code', value: ({ proposal }) => `${ctx.publicUrl}/proposals/${proposal.id}` },
    { key: 'reference', kind: 'code', value: ({ proposal }) => proposal.reference },
    { key: 'title', kind: 'text', value: ({ proposal }) => proposal.title },
    { key: 'status', kind: 'code', value: ({ proposal }) => proposal.status },
    { key: 'stateCodes', kind: 'code', value: ({ states }) => codes(states) },
    { key: 'states', kind: 'text', value: ({ states }) => (states.length ? states.map((s) => names.state(s)).join('; ') : null) },
    { key: 'implementingAgency', kind: 'text', value: ({ proposal }) => proposal.implementingAgency },
    { key: 'regionalCentreCode', kind: 'code', value: ({ proposal }) => proposal.regionalCentreCode },
    { key: 'currency', kind: 'code', value: ({ proposal }) => proposal.currency },
    { key: 'targetAmount', kind: 'decimal', value: ({ proposal }) => proposal.targetAmount },
    { key: 'reviewDeadline', kind: 'date', value: ({ proposal }) => proposal.reviewDeadline },
    { key: 'fundingDeadline', kind: 'date', value: ({ proposal }) => proposal.fundingDeadline },
    { key: 'statusChangedAt', kind: 'date', value: ({ proposal }) => instant(proposal.statusChangedAt) },
    { key: 'createdAt', kind: 'date', value: ({ proposal }) => instant(proposal.createdAt) },
  ];
}

/** The proposals list (`proposals`) as an export. */
export function proposalsExport(
  search: ProposalsSearchService,
  proposals: ProposalsService,
  args: ProposalsExportArgs,
  ctx: ExportContext,
  names: ReferenceNames,
  pageSize = EXPORT_PAGE_SIZE,
): ExportSource<ProposalRow> {
  const pages = walkPages((after) => search.list(ctx.viewer, { ...args, after, first: pageSize, maxFirst: EXPORT_PAGE_SIZE }));
  return {
    sheet: 'PROPOSALS',
    fileStem: 'proposals',
    columns: proposalColumns(ctx, names),
    pages: mapPages(pages, async (rows) => {
      const parties = await proposals.partiesByProposal.batchLoad(rows.map((p) => p.id));
      return rows.map((proposal, i) => ({
        proposal,
        states: (parties[i] ?? []).flatMap((p) => (p.kind === ProposalPartyKind.STATE && p.stateIso3 ? [p.stateIso3] : [])).sort(),
      }));
    }),
  };
}
