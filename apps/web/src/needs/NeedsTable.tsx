import { Anchor, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { memo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { ColumnHeads } from '../common/ColumnHeads';
import { Money } from '../common/Money';
import { StatusBadge } from '../common/StatusBadge';
import type { NeedRowFragment } from './needs.generated';
import { formatLocalDate } from '../i18n/format';

/**
 * A table on wide screens, cards on narrow ones: one or the other, never both in the page. Drawn
 * again only when the rows change (not at each render of the page around it).
 */
export const NeedsTable = memo(function NeedsTable({ needs }: { needs: NeedRowFragment[] }) {
  const wide = useMediaQuery('(min-width: 48em)', true);
  const { locale } = useIntl();
  const title = (n: NeedRowFragment) => (
    <Anchor component={Link} href={`/needs/${n.id}`} lang={n.originalLanguage.toLowerCase()} dir="auto" fw={600}>
      {n.title}
    </Anchor>
  );
  const budget = (n: NeedRowFragment) =>
    n.budget ? <Money amount={n.budget.amount} currency={n.budget.currency} usd={n.budgetUsd} /> : <FormattedMessage id="needs.noBudget" />;
  const themes = (n: NeedRowFragment) => n.thematicAreas.map((t) => t.name).join(' · ');

  if (!wide) {
    return (
      <Stack gap="sm">
        {needs.map((n) => (
          <Card key={n.id} withBorder padding="sm" component="article">
            <Stack gap={4}>
              {title(n)}
              <Group gap="xs">
                <Text size="sm">{n.state.name}</Text>
                <StatusBadge family="needStatus" status={n.status} />
              </Group>
              <Text size="sm" c="dimmed">
                {themes(n)}
              </Text>
              <Text size="sm">{budget(n)}</Text>
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720} type="native">
      <Table striped highlightOnHover verticalSpacing="xs">
        <ColumnHeads columns={['needs.colTitle', 'needs.colState', 'needs.colThemes', 'needs.colBudget', 'needs.colValidUntil']} />
        <Table.Tbody>
          {needs.map((n) => (
            <Table.Tr key={n.id}>
              <Table.Td>{title(n)}</Table.Td>
              <Table.Td>{n.state.name}</Table.Td>
              <Table.Td>
                <Text size="sm">{themes(n)}</Text>
              </Table.Td>
              <Table.Td>{budget(n)}</Table.Td>
              <Table.Td>{formatLocalDate(locale, n.validUntil)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
});
