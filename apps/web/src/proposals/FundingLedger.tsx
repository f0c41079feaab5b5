import { Group, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import { useEnumLabel } from '../common/labels';
import { Money } from '../common/Money';
import { ExportMenu } from '../open-data/ExportMenu';
import { ExportContributionsDocument } from '../open-data/exports.generated';
import { useDates } from '../common/useDates';
import type { Locale } from '../i18n/locales';
import { partyName, type ProposalDetail } from './proposal-parts';
import { RowCards } from './RowCards';
import { ColumnHeads } from '../common/ColumnHeads';

type Contribution = ProposalDetail['contributions'][number];

const COLUMNS = ['funding.colDonor', 'funding.colKind', 'funding.colStatus', 'funding.colTranche', 'funding.colDate'] as const;

/** The ledger's lines the visitor may see: all of them for the parties, commitments and later for others. */
export function FundingLedger({ proposal }: { proposal: ProposalDetail }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const dates = useDates();
  const wide = useMediaQuery('(min-width: 48em)', true);
  const donors = new Map(proposal.parties.map((p) => [p.organisationId, partyName(p, intl.locale as Locale)]));
  // Null for those who are not parties: the API keeps promises between the parties.
  const partyView = proposal.funding.promised !== null;
  const currency = proposal.funding.currency;

  const cells = (c: Contribution) => [
    donors.get(c.organisationId) ?? <FormattedMessage id="funding.unknownDonor" />,
    <>
      {label('contributionKind', c.kind)}
      {c.description && (
        <Text size="xs" c="dimmed" dir="auto">
          {c.description}
        </Text>
      )}
    </>,
    label('contributionStatus', c.status),
    c.trancheNumber ? <FormattedMessage id="funding.trancheNumber" values={{ number: c.trancheNumber }} /> : <FormattedMessage id="funding.wholeProposal" />,
    dates.instant(c.statusChangedAt),
  ];
  const amount = (c: Contribution) => <Money amount={c.amount} currency={c.currency} />;

  return (
    <section aria-labelledby="funding-ledger">
      <Group justify="space-between" align="flex-start" mb="xs">
        <Title order={2} size="h4" id="funding-ledger">
          <FormattedMessage id="funding.ledger" />
        </Title>
        <ExportMenu document={ExportContributionsDocument} variables={{ proposalId: proposal.id }} subject={intl.formatMessage({ id: 'funding.ledger' })} />
      </Group>
      {proposal.contributions.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id={partyView ? 'funding.noContributions' : 'funding.noCommitments'} />
        </Text>
      ) : wide ? (
        <Table.ScrollContainer minWidth={720} type="native">
          <Table verticalSpacing="xs" striped>
            <ColumnHeads columns={[...COLUMNS, { id: 'funding.colAmount', end: true, values: { currency } }]} />
            <Table.Tbody>
              {proposal.contributions.map((c) => (
                <Table.Tr key={c.id}>
                  {cells(c).map((cell, i) => (
                    <Table.Td key={COLUMNS[i]}>{cell}</Table.Td>
                  ))}
                  <Table.Td ta="end">{amount(c)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <RowCards
          rows={proposal.contributions.map((c) => {
            const [donor, ...rest] = cells(c);
            return {
              key: c.id,
              heading: donor,
              facts: [
                ...rest.map((value, i) => ({ term: <FormattedMessage id={COLUMNS[i + 1]!} />, value })),
                { term: <FormattedMessage id="funding.colAmount" values={{ currency }} />, value: amount(c) },
              ],
            };
          })}
        />
      )}
      {!partyView && (
        <Text size="sm" c="dimmed" mt="xs">
          <FormattedMessage id="funding.publicLedger" />
        </Text>
      )}
    </section>
  );
}
