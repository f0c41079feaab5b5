import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'wouter';
import { Money } from '../common/Money';
import { EmptyState } from '../common/PageState';
import { StatusBadge } from '../common/StatusBadge';
import { useDates } from '../common/useDates';
import type { ProposalDetail } from './proposal-parts';
import { useUsdRateDate } from './useUsdRateDate';
import { ColumnHeads } from '../common/ColumnHeads';

/** The scope and budget that hold: each tranche with its lines and total, the needs it carries. */
export function ProposalBudget({ proposal }: { proposal: ProposalDetail }) {
  const dates = useDates();
  const rateDate = useUsdRateDate(proposal.currency);
  const revision = proposal.currentRevision;
  if (!revision) return <EmptyState title={<FormattedMessage id="budget.noRevision" />} hint={<FormattedMessage id="budget.noRevisionHint" />} />;
  const needTitle = new Map(proposal.needs.map((n) => [n.id, n]));
  const money = (amount: string) => <Money amount={amount} currency={proposal.currency} />;

  return (
    <Stack gap="lg">
      <Group gap="sm">
        <Text fw={600}>
          <FormattedMessage id="budget.revision" values={{ number: revision.number }} />
        </Text>
        <StatusBadge family="proposalRevisionStatus" status={revision.status} />
        {revision.agreedAt && (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="budget.agreedOn" values={{ date: dates.instant(revision.agreedAt) }} />
          </Text>
        )}
      </Group>
      <section aria-labelledby="budget-scope">
        <Title order={2} size="h4" id="budget-scope" mb="xs">
          <FormattedMessage id="budget.scope" />
        </Title>
        <Text className="gis-original" dir="auto">
          {revision.scope}
        </Text>
      </section>
      {revision.tranches.map((t) => {
        const headingId = `tranche-${t.number}`;
        return (
          <section key={t.number} aria-labelledby={headingId}>
            <Title order={2} size="h4" id={headingId} mb={4}>
              <FormattedMessage id="budget.tranche" values={{ number: t.number, title: <bdi dir="auto">{t.title}</bdi> }} />
            </Title>
            <Text size="sm" c="dimmed" mb="xs" component="div">
              {t.needIds.length === 0 ? (
                <FormattedMessage id="budget.carriesAll" />
              ) : (
                <Group gap="xs" wrap="wrap">
                  <FormattedMessage id="budget.carries" />
                  {t.needIds.map((nid) => {
                    const n = needTitle.get(nid);
                    return n ? (
                      <Anchor key={nid} component={Link} href={`/needs/${nid}`} size="sm" lang={n.originalLanguage.toLowerCase()} dir="auto">
                        {n.title}
                      </Anchor>
                    ) : (
                      <Text key={nid} span size="sm">
                        <FormattedMessage id="budget.hiddenNeed" />
                      </Text>
                    );
                  })}
                </Group>
              )}
            </Text>
            <Table.ScrollContainer minWidth={280} type="native">
              <Table verticalSpacing={4} striped>
                <ColumnHeads columns={['budget.line', { id: 'budget.amount', end: true }]} />
                <Table.Tbody>
                  {t.lines.map((l, i) => (
                    <Table.Tr key={i}>
                      <Table.Td dir="auto">{l.description}</Table.Td>
                      <Table.Td ta="end">{money(l.amount)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th scope="row">
                      <FormattedMessage id="budget.trancheTotal" values={{ number: t.number }} />
                    </Table.Th>
                    <Table.Td ta="end" fw={700}>
                      {money(t.total)}
                    </Table.Td>
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </Table.ScrollContainer>
          </section>
        );
      })}
      <Group justify="space-between" wrap="wrap" py="xs" style={{ borderBlockStart: '2px solid var(--mantine-color-gray-4)' }}>
        <Text fw={700}>
          <FormattedMessage id="budget.total" />
        </Text>
        <Text fw={700}>
          <Money amount={revision.total} currency={proposal.currency} usd={proposal.targetUsd} rateDate={rateDate} />
        </Text>
      </Group>
    </Stack>
  );
}
