import { Paper, Table, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Money } from '../common/Money';
import type { MeetingLiveQuery } from './desk.generated';
import type { MeetingTotals } from './meeting-mode';

type Funding = NonNullable<MeetingLiveQuery['meeting']['agenda'][number]['proposal']>['funding'];

/** The proposal's figures as the room sees them: per tranche and in total, what this meeting promised beside what is committed. */
export function RunningTotals({ funding, here }: { funding: Funding; here: MeetingTotals }) {
  const money = (amount: string) => <Money amount={amount} currency={funding.currency} />;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="live-totals">
      <Title order={2} size="h4" id="live-totals" mb="xs">
        <FormattedMessage id="live.totalsTitle" />
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table fz="md" data-testid="live-totals">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <FormattedMessage id="live.colTranche" />
              </Table.Th>
              <Table.Th style={{ textAlign: 'end' }}>
                <FormattedMessage id="live.colTarget" />
              </Table.Th>
              <Table.Th style={{ textAlign: 'end' }}>
                <FormattedMessage id="live.colCommitted" />
              </Table.Th>
              <Table.Th style={{ textAlign: 'end' }}>
                <FormattedMessage id="live.colHere" />
              </Table.Th>
              <Table.Th style={{ textAlign: 'end' }}>
                <FormattedMessage id="live.colGap" />
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {funding.tranches.map((t) => (
              <Table.Tr key={t.number}>
                <Table.Th scope="row" fw={400}>
                  <FormattedMessage id="live.trancheTitled" values={{ number: t.number, title: <span dir="auto">{t.title}</span> }} />
                </Table.Th>
                <Table.Td style={{ textAlign: 'end' }}>{money(t.target)}</Table.Td>
                <Table.Td style={{ textAlign: 'end' }}>{money(t.committed)}</Table.Td>
                <Table.Td style={{ textAlign: 'end' }}>{money(here.byTranche.get(t.number) ?? '0')}</Table.Td>
                <Table.Td style={{ textAlign: 'end' }}>{money(t.gap)}</Table.Td>
              </Table.Tr>
            ))}
            {here.byTranche.has('whole') && (
              <Table.Tr>
                <Table.Th scope="row" fw={400}>
                  <FormattedMessage id="live.whole" />
                </Table.Th>
                <Table.Td />
                <Table.Td />
                <Table.Td style={{ textAlign: 'end' }}>{money(here.byTranche.get('whole')!)}</Table.Td>
                <Table.Td />
              </Table.Tr>
            )}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th scope="row">
                <FormattedMessage id="live.total" />
              </Table.Th>
              <Table.Td style={{ textAlign: 'end' }}>{money(funding.target)}</Table.Td>
              <Table.Td style={{ textAlign: 'end' }}>{money(funding.committed)}</Table.Td>
              <Table.Td style={{ textAlign: 'end' }} data-testid="live-here-total">
                {money(here.total)}
              </Table.Td>
              <Table.Td style={{ textAlign: 'end' }}>{money(funding.gap)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {funding.promised != null && (
        <Text size="sm" mt="xs">
          <FormattedMessage id="live.promisedAll" values={{ amount: money(funding.promised) }} />
        </Text>
      )}
    </Paper>
  );
}
