import { Alert, Stack, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { DonorDesk } from './DonorDesk';
import { FundingLedger } from './FundingLedger';
import { FundingTotals } from './FundingTotals';
import { FundingTranches } from './FundingTranches';
import type { ProposalDetail } from './proposal-parts';

/**
 * The funding ledger: requested, pledged, committed (= funded), disbursed and what remains, in
 * total and per tranche, then the ledger's lines. Only committed and later count as funded.
 */
export function ProposalFunding({ proposal }: { proposal: ProposalDetail }) {
  const f = proposal.funding;
  return (
    <Stack gap="lg">
      {/* A rule of the page, not an alert: said once with the figures, not announced. */}
      <Alert color="blue" variant="light" role="note">
        <Text fw={600}>
          <FormattedMessage id="funding.rule" />
        </Text>
      </Alert>
      <Text fw={600} role="status">
        <FormattedMessage id={f.funded ? 'funding.fullyFunded' : 'funding.notFullyFunded'} />
      </Text>
      <FundingTotals funding={f} />
      <DonorDesk proposal={proposal} />
      <FundingTranches tranches={f.tranches} currency={f.currency} />
      <FundingLedger proposal={proposal} />
    </Stack>
  );
}
