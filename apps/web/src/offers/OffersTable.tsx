import { Anchor, Card, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { FormattedMessage } from 'react-intl';
import { Link } from 'wouter';
import { Money } from '../common/Money';
import { useDates } from '../common/useDates';
import type { OfferRowFragment } from './offers.generated';
import { TranslatedTitle } from './TranslatedTitle';
import { ColumnHeads } from '../common/ColumnHeads';

/** A table on wide screens, cards on narrow ones: one or the other, never both in the page. */
export function OffersTable({ offers, showDonor = true }: { offers: OfferRowFragment[]; showDonor?: boolean }) {
  const wide = useMediaQuery('(min-width: 48em)', true);
  const dates = useDates();
  const title = (o: OfferRowFragment) => (
    <Stack gap={0}>
      <Anchor component={Link} href={`/offers/${o.id}`} lang={o.originalLanguage.toLowerCase()} dir="auto" fw={600}>
        {o.title}
      </Anchor>
      <TranslatedTitle original={o.originalLanguage} text={o.text} />
    </Stack>
  );
  const donor = (o: OfferRowFragment) => (
    <Anchor component={Link} href={`/donors/${o.organisationId}`} size="sm" dir="auto">
      {o.organisation.name}
    </Anchor>
  );
  const remaining = (o: OfferRowFragment) => <Money amount={o.budget.remaining} currency={o.budget.currency} usd={o.budget.remainingUsd} />;
  const themes = (o: OfferRowFragment) => o.thematicAreas.map((t) => t.name).join(' · ');
  const until = (o: OfferRowFragment) => (o.availableUntil ? dates.date(o.availableUntil) : <FormattedMessage id="offers.untilFundsRunOut" />);

  if (!wide) {
    return (
      <Stack gap="sm">
        {offers.map((o) => (
          <Card key={o.id} withBorder padding="sm" component="article">
            <Stack gap={4}>
              {title(o)}
              {showDonor && donor(o)}
              <Text size="sm" c="dimmed">
                {themes(o)}
              </Text>
              <Text size="sm">
                <Text span size="sm" c="dimmed">
                  <FormattedMessage id="offers.colRemaining" />
                </Text>{' '}
                {remaining(o)}
              </Text>
              <Text size="sm">
                <Text span size="sm" c="dimmed">
                  <FormattedMessage id="offers.colAvailableUntil" />
                </Text>{' '}
                {until(o)}
              </Text>
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720} type="native">
      <Table striped highlightOnHover verticalSpacing="xs">
        <ColumnHeads columns={['offers.colTitle', showDonor && 'offers.colDonor', 'offers.colThemes', 'offers.colRemaining', 'offers.colAvailableUntil']} />
        <Table.Tbody>
          {offers.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>{title(o)}</Table.Td>
              {showDonor && <Table.Td>{donor(o)}</Table.Td>}
              <Table.Td>
                <Text size="sm">{themes(o)}</Text>
              </Table.Td>
              <Table.Td>{remaining(o)}</Table.Td>
              <Table.Td>{until(o)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
