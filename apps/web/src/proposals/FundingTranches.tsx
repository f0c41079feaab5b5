import { Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { FormattedMessage } from 'react-intl';
import { Money } from '../common/Money';
import type { ProposalDetail } from './proposal-parts';
import { RowCards } from './RowCards';
import { ColumnHeads } from '../common/ColumnHeads';

type TrancheFunding = ProposalDetail['funding']['tranches'][number];

const COLUMNS = ['funding.requested', 'funding.committedToTranche', 'funding.allocated', 'funding.disbursed', 'funding.remaining'] as const;

/** Each tranche: its target, what is committed to it or counted from the whole, disbursed, and its gap. */
export function FundingTranches({ tranches, currency }: { tranches: TrancheFunding[]; currency: string }) {
  const wide = useMediaQuery('(min-width: 48em)', true);
  const money = (amount: string) => <Money amount={amount} currency={currency} />;
  const heading = (t: TrancheFunding) => <FormattedMessage id="budget.tranche" values={{ number: t.number, title: <bdi dir="auto">{t.title}</bdi> }} />;
  const amounts = (t: TrancheFunding) => [t.target, t.committed, t.allocated, t.disbursed, t.gap];
  const covered = (t: TrancheFunding) => <FormattedMessage id={t.funded ? 'funding.covered' : 'funding.notCovered'} />;

  return (
    <section aria-labelledby="funding-tranches">
      <Title order={2} size="h4" id="funding-tranches" mb="xs">
        <FormattedMessage id="funding.perTranche" />
      </Title>
      {wide ? (
        <Table.ScrollContainer minWidth={760} type="native">
          <Table verticalSpacing="xs" striped>
            <ColumnHeads columns={['funding.colTranche', ...COLUMNS.map((id) => ({ id, end: true })), 'funding.colCovered']} />
            <Table.Tbody>
              {tranches.map((t) => (
                <Table.Tr key={t.number}>
                  <Table.Th scope="row" fw={400}>
                    {heading(t)}
                  </Table.Th>
                  {amounts(t).map((a, i) => (
                    <Table.Td key={COLUMNS[i]} ta="end">
                      {money(a)}
                    </Table.Td>
                  ))}
                  <Table.Td>{covered(t)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <RowCards
          rows={tranches.map((t) => ({
            key: String(t.number),
            heading: heading(t),
            facts: [
              ...amounts(t).map((a, i) => ({ term: <FormattedMessage id={COLUMNS[i]!} />, value: money(a) })),
              { term: <FormattedMessage id="funding.colCovered" />, value: covered(t) },
            ],
          }))}
        />
      )}
      <Text size="sm" c="dimmed" mt="xs">
        <FormattedMessage id="funding.allocatedHint" />
      </Text>
    </section>
  );
}
