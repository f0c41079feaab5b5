import type { OrganisationsService } from '#libs/identity';
import type { Contribution, FundingService, Proposal } from '#libs/proposals';
import { instant, namesById, onePage, type ExportColumn, type ExportContext, type ExportSource } from '../export-source.js';

interface LedgerRow {
  line: Contribution;
  proposal: Proposal;
  donor: string | null;
}

function ledgerColumns(ctx: ExportContext): ExportColumn<LedgerRow>[] {
  return [
    { key: 'id', kind: 'code', value: ({ line }) => line.id },
    { key: 'proposalId', kind: 'code', value: ({ proposal }) => proposal.id },
    { key: 'reference', kind: 'code', value: ({ proposal }) => proposal.reference },
    { key: 'link', kind: 'code', value: ({ proposal }) => `${ctx.publicUrl}/proposals/${proposal.id}?tab=funding` },
    { key: 'tranche', kind: 'integer', value: ({ line }) => line.trancheNumber },
    { key: 'donorId', kind: 'code', value: ({ line }) => line.organisationId },
    { key: 'donor', kind: 'text', value: ({ donor }) => donor },
    { key: 'kind', kind: 'code', value: ({ line }) => line.kind },
    { key: 'status', kind: 'code', value: ({ line }) => line.status },
    { key: 'amount', kind: 'decimal', value: ({ line }) => line.amount },
    { key: 'currency', kind: 'code', value: ({ proposal }) => proposal.currency },
    { key: 'description', kind: 'text', value: ({ line }) => line.description },
    { key: 'offerId', kind: 'code', value: ({ line }) => line.offerId },
    { key: 'meetingId', kind: 'code', value: ({ line }) => line.meetingId },
    { key: 'cancelReason', kind: 'text', value: ({ line }) => line.cancelReason },
    { key: 'statusChangedAt', kind: 'date', value: ({ line }) => instant(line.statusChangedAt) },
    { key: 'createdAt', kind: 'date', value: ({ line }) => instant(line.createdAt) },
  ];
}

/**
 * A proposal's ledger (`Proposal.contributions`) as an export, oldest line first. A ledger is
 * tens of lines, read at once; NOT_FOUND when the reader may not see the proposal.
 */
export async function contributionsExport(
  funding: FundingService,
  organisations: OrganisationsService,
  proposalId: string,
  ctx: ExportContext,
): Promise<ExportSource<LedgerRow>> {
  const { proposal, contributions } = await funding.visibleLedger(proposalId, ctx.viewer);
  const donorNames = await namesById(
    organisations.byId,
    contributions.map((c) => c.organisationId),
  );
  return {
    sheet: 'CONTRIBUTIONS',
    fileStem: `ledger-${proposal.reference}`,
    columns: ledgerColumns(ctx),
    pages: onePage(contributions.map((line) => ({ line, proposal, donor: donorNames.get(line.organisationId) ?? null }))),
  };
}
