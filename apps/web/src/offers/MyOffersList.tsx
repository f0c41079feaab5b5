import { Anchor, Card, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'wouter';
import { ColumnHeads } from '../common/ColumnHeads';
import { Money } from '../common/Money';
import { StatusBadge } from '../common/StatusBadge';
import { useDates } from '../common/useDates';
import type { MyOffersQuery } from './workspace.generated';

type Row = MyOffersQuery['offers']['edges'][number]['node'];

/** The donor's own offers: a table on wide screens, cards on narrow ones. */
export function MyOffersList({ offers }: { offers: Row[] }) {
  const wide = useMediaQuery('(min-width: 48em)', true);
  const dates = useDates();
  const title = (o: Row) => (
    <Stack gap={2}>
      <Anchor component={Link} href={`/offers/${o.id}`} lang={o.originalLanguage.toLowerCase()} dir="auto" fw={600}>
        {o.title}
      </Anchor>
      {o.status === 'RETURNED' && o.returnReason && (
        <Text size="sm" c="orange.9" dir="auto" lineClamp={2}>
          <FormattedMessage id="workspace.returnedBecause" values={{ reason: o.returnReason }} />
        </Text>
      )}
    </Stack>
  );
  const remaining = (o: Row) => <Money amount={o.budget.remaining} currency={o.budget.currency} usd={o.budget.remainingUsd} />;
  const until = (o: Row) => (o.availableUntil ? dates.date(o.availableUntil) : <FormattedMessage id="offers.untilFundsRunOut" />);

  if (!wide) {
    const line = (term: ReactNode, value: ReactNode) => (
      <Text size="sm">
        <Text span size="sm" c="dimmed">
          {term}
        </Text>{' '}
        {value}
      </Text>
    );
    return (
      <Stack gap="sm">
        {offers.map((o) => (
          <Card key={o.id} withBorder padding="sm" component="article">
            <Stack gap={4} align="flex-start">
              {title(o)}
              <StatusBadge family="offerStatus" status={o.status} />
              {line(<FormattedMessage id="offers.colRemaining" />, remaining(o))}
              {line(<FormattedMessage id="offers.colAvailableUntil" />, until(o))}
              {line(<FormattedMessage id="workspace.colUpdated" />, dates.instant(o.updatedAt))}
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720} type="native">
      <Table striped verticalSpacing="xs">
        <ColumnHeads columns={['offers.colTitle', 'workspace.colStatus', 'offers.colRemaining', 'offers.colAvailableUntil', 'workspace.colUpdated']} />
        <Table.Tbody>
          {offers.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>{title(o)}</Table.Td>
              <Table.Td>
                <StatusBadge family="offerStatus" status={o.status} />
              </Table.Td>
              <Table.Td>{remaining(o)}</Table.Td>
              <Table.Td>{until(o)}</Table.Td>
              <Table.Td>{dates.instant(o.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
