import { Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Money } from '../common/Money';
import { formatLocalDate, formatMoney } from '../i18n/format';
import type { MessageId } from '../i18n/messages';
import { isZero, type ProposalDetail } from './proposal-parts';
import { useUsdRateDate } from './useUsdRateDate';
import { ColumnHeads } from '../common/ColumnHeads';

/** Requested, pledged, committed (= funded), disbursed and remaining, with their USD equivalents. */
export function FundingTotals({ funding: f }: { funding: ProposalDetail['funding'] }) {
  const intl = useIntl();
  const wide = useMediaQuery('(min-width: 36em)', true);
  const rateDate = useUsdRateDate(f.currency);
  const withUsd = f.currency !== 'USD';
  const money = (amount: string) => <Money amount={amount} currency={f.currency} />;
  const usd = (amount: string | null) => (amount ? <bdi>{formatMoney(intl.locale, amount, 'USD')}</bdi> : <FormattedMessage id="funding.noRate" />);

  const rows: { id: MessageId; hint?: MessageId; amount: ReactNode; usd: ReactNode; strong?: boolean }[] = [
    { id: 'funding.requested', amount: money(f.target), usd: usd(f.targetUsd) },
    // Null for those who are not parties: the API keeps promises between the parties.
    {
      id: 'funding.pledged',
      hint: 'funding.pledgedHint',
      amount: f.promised !== null ? money(f.promised) : <FormattedMessage id="funding.partiesOnly" />,
      usd: null,
    },
    { id: 'funding.committed', hint: 'funding.committedHint', amount: money(f.committed), usd: usd(f.committedUsd), strong: true },
    { id: 'funding.disbursed', amount: money(f.disbursed), usd: usd(f.disbursedUsd) },
    { id: 'funding.remaining', hint: 'funding.remainingHint', amount: money(f.gap), usd: usd(f.gapUsd), strong: true },
  ];
  if (!isZero(f.overFunded)) rows.push({ id: 'funding.overFunded', amount: money(f.overFunded), usd: null });
  // On phones the equivalent goes under the amount rather than in a column scrolled out of sight.
  const usdColumn = withUsd && wide;

  return (
    <section aria-labelledby="funding-total">
      <Title order={2} size="h4" id="funding-total" mb="xs">
        <FormattedMessage id="funding.totals" />
      </Title>
      <Table verticalSpacing="xs">
        <ColumnHeads
          columns={[
            'funding.colWhat',
            { id: 'funding.colAmount', end: true, values: { currency: f.currency } },
            usdColumn && { id: 'funding.colUsd', end: true },
          ]}
        />
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Th scope="row" fw={r.strong ? 700 : 400}>
                <FormattedMessage id={r.id} />
                {r.hint && (
                  <Text size="xs" c="dimmed" fw={400}>
                    <FormattedMessage id={r.hint} />
                  </Text>
                )}
              </Table.Th>
              <Table.Td ta="end" fw={r.strong ? 700 : 400}>
                {r.amount}
                {withUsd && !wide && r.usd && (
                  <Text size="xs" c="dimmed" fw={400}>
                    <FormattedMessage id="money.usdEquivalent" values={{ amount: r.usd }} />
                  </Text>
                )}
              </Table.Td>
              {usdColumn && <Table.Td ta="end">{r.usd}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {withUsd && (
        <Text size="sm" c="dimmed" mt="xs">
          {rateDate ? (
            <FormattedMessage id="funding.usdRate" values={{ date: formatLocalDate(intl.locale, rateDate) }} />
          ) : (
            <FormattedMessage id="funding.usdRateToday" />
          )}
        </Text>
      )}
      {!isZero(f.unallocated) && (
        <Text size="sm" mt="xs">
          <FormattedMessage id="funding.unallocated" values={{ amount: money(f.unallocated) }} />
        </Text>
      )}
    </section>
  );
}
