import { Anchor, Box, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { Money } from '../common/Money';
import { StatusBadge } from '../common/StatusBadge';
import type { ProposalRowFragment } from './proposals.generated';
import { formatLocalDate } from '../i18n/format';
import { useStateNames } from './useStateNames';
import { ColumnHeads } from '../common/ColumnHeads';

/** A table on wide screens, cards on narrow ones: one or the other, never both in the page. */
export function ProposalsTable({ proposals }: { proposals: ProposalRowFragment[] }) {
  const wide = useMediaQuery('(min-width: 48em)', true);
  const { locale } = useIntl();
  const stateName = useStateNames();
  const title = (p: ProposalRowFragment) => (
    <Anchor component={Link} href={`/proposals/${p.id}`} dir="auto" fw={600}>
      {p.title}
    </Anchor>
  );
  const reference = (p: ProposalRowFragment) => (
    <Text size="sm" c="dimmed" component="span">
      <bdi>{p.reference}</bdi>
    </Text>
  );
  const states = (p: ProposalRowFragment) =>
    p.parties
      .filter((party) => party.kind === 'STATE' && party.stateIso3)
      .map((party) => stateName(party.stateIso3!))
      .join(' · ');
  const target = (p: ProposalRowFragment) => <Money amount={p.targetAmount} currency={p.currency} usd={p.targetUsd} />;
  const committed = (p: ProposalRowFragment) => (
    <FormattedMessage id="proposals.committedOf" values={{ committed: <Money amount={p.funding.committed} currency={p.currency} /> }} />
  );
  const deadline = (p: ProposalRowFragment) =>
    p.fundingDeadline ? formatLocalDate(locale, p.fundingDeadline) : <FormattedMessage id="proposals.noDeadline" />;

  if (!wide) {
    return (
      <Stack gap="sm">
        {proposals.map((p) => (
          <Card key={p.id} withBorder padding="sm" component="article">
            <Stack gap={4}>
              {reference(p)}
              {title(p)}
              <Group gap="xs">
                <Text size="sm">{states(p)}</Text>
                <StatusBadge family="proposalStatus" status={p.status} />
              </Group>
              <Text size="sm">{target(p)}</Text>
              <Text size="sm">{committed(p)}</Text>
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table striped highlightOnHover verticalSpacing="xs">
        <ColumnHeads
          columns={[
            'proposals.colProposal',
            'proposals.colStates',
            'proposals.colStatus',
            'proposals.colTarget',
            'proposals.colCommitted',
            'proposals.colDeadline',
          ]}
        />
        <Table.Tbody>
          {proposals.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Stack gap={0}>
                  {reference(p)}
                  {title(p)}
                </Stack>
              </Table.Td>
              <Table.Td>{states(p)}</Table.Td>
              <Table.Td>
                {/* The whole word: a status cut short by a narrow column says nothing. */}
                <Box w="max-content">
                  <StatusBadge family="proposalStatus" status={p.status} />
                </Box>
              </Table.Td>
              <Table.Td>{target(p)}</Table.Td>
              <Table.Td>
                <Money amount={p.funding.committed} currency={p.currency} />
              </Table.Td>
              <Table.Td>{deadline(p)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
