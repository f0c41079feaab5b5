import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useEnumLabel } from '../common/labels';
import { Money } from '../common/Money';
import { useReaderTimeZone } from '../common/useReaderTimeZone';
import { formatInstant, formatLocalDate, formatMoney } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { MessageId } from '../i18n/messages';
import { isZero, partyName, type ProposalDetail } from './proposal-parts';
import { useUsdRateDate } from './useUsdRateDate';

/**
 * The funding ledger: requested, pledged, committed (= funded), disbursed and what remains, in
 * total and per tranche, then the ledger's lines. Only committed and later count as funded.
 */
export function ProposalFunding({ proposal }: { proposal: ProposalDetail }) {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const label = useEnumLabel();
  const timeZone = useReaderTimeZone();
  const f = proposal.funding;
  const rateDate = useUsdRateDate(f.currency);
  const withUsd = f.currency !== 'USD';
  const money = (amount: string) => <Money amount={amount} currency={f.currency} />;
  const usd = (amount: string | null) => (amount ? <bdi>{formatMoney(intl.locale, amount, 'USD')}</bdi> : <FormattedMessage id="funding.noRate" />);
  const donors = new Map(proposal.parties.map((p) => [p.organisationId, partyName(p, locale)]));
  // Null for those who are not parties: the API keeps promises between the parties.
  const partyView = f.promised !== null;

  const rows: { id: MessageId; hint?: MessageId; amount: ReactNode; usd: ReactNode; strong?: boolean }[] = [
    { id: 'funding.requested', amount: money(f.target), usd: usd(f.targetUsd) },
    {
      id: 'funding.pledged',
      hint: 'funding.pledgedHint',
      amount: f.promised !== null ? money(f.promised) : <FormattedMessage id="funding.partiesOnly" />,
      usd: '',
    },
    { id: 'funding.committed', hint: 'funding.committedHint', amount: money(f.committed), usd: usd(f.committedUsd), strong: true },
    { id: 'funding.disbursed', amount: money(f.disbursed), usd: usd(f.disbursedUsd) },
    { id: 'funding.remaining', hint: 'funding.remainingHint', amount: money(f.gap), usd: usd(f.gapUsd), strong: true },
  ];
  if (!isZero(f.overFunded)) rows.push({ id: 'funding.overFunded', amount: money(f.overFunded), usd: '' });

  return (
    <Stack gap="lg">
      <Alert color="blue" variant="light">
        <Text fw={600}>
          <FormattedMessage id="funding.rule" />
        </Text>
      </Alert>
      <Text fw={600} role="status">
        <FormattedMessage id={f.funded ? 'funding.fullyFunded' : 'funding.notFullyFunded'} />
      </Text>
      <section aria-labelledby="funding-total">
        <Title order={2} size="h4" id="funding-total" mb="xs">
          <FormattedMessage id="funding.totals" />
        </Title>
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">
                  <FormattedMessage id="funding.colWhat" />
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  <FormattedMessage id="funding.colAmount" values={{ currency: f.currency }} />
                </Table.Th>
                {withUsd && (
                  <Table.Th scope="col" ta="end">
                    <FormattedMessage id="funding.colUsd" />
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
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
                  </Table.Td>
                  {withUsd && <Table.Td ta="end">{r.usd}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {withUsd && (
          <Text size="sm" c="dimmed" mt="xs">
            {rateDate ? <FormattedMessage id="funding.usdRate" values={{ date: formatLocalDate(intl.locale, rateDate) }} /> : <FormattedMessage id="funding.usdRateToday" />}
          </Text>
        )}
        {!isZero(f.unallocated) && (
          <Text size="sm" mt="xs">
            <FormattedMessage id="funding.unallocated" values={{ amount: money(f.unallocated) }} />
          </Text>
        )}
      </section>
      <section aria-labelledby="funding-tranches">
        <Title order={2} size="h4" id="funding-tranches" mb="xs">
          <FormattedMessage id="funding.perTranche" />
        </Title>
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">
                  <FormattedMessage id="funding.colTranche" />
                </Table.Th>
                {(['funding.requested', 'funding.committedToTranche', 'funding.allocated', 'funding.disbursed', 'funding.remaining'] as const).map((id) => (
                  <Table.Th key={id} scope="col" ta="end">
                    <FormattedMessage id={id} />
                  </Table.Th>
                ))}
                <Table.Th scope="col">
                  <FormattedMessage id="funding.colCovered" />
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {f.tranches.map((t) => (
                <Table.Tr key={t.number}>
                  <Table.Th scope="row" fw={400}>
                    <FormattedMessage id="budget.tranche" values={{ number: t.number, title: t.title }} />
                  </Table.Th>
                  <Table.Td ta="end">{money(t.target)}</Table.Td>
                  <Table.Td ta="end">{money(t.committed)}</Table.Td>
                  <Table.Td ta="end">{money(t.allocated)}</Table.Td>
                  <Table.Td ta="end">{money(t.disbursed)}</Table.Td>
                  <Table.Td ta="end">{money(t.gap)}</Table.Td>
                  <Table.Td>
                    <FormattedMessage id={t.funded ? 'funding.covered' : 'funding.notCovered'} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="sm" c="dimmed" mt="xs">
          <FormattedMessage id="funding.allocatedHint" />
        </Text>
      </section>
      <section aria-labelledby="funding-ledger">
        <Title order={2} size="h4" id="funding-ledger" mb="xs">
          <FormattedMessage id="funding.ledger" />
        </Title>
        {proposal.contributions.length === 0 ? (
          <Text c="dimmed">
            <FormattedMessage id={partyView ? 'funding.noContributions' : 'funding.noCommitments'} />
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  {(['funding.colDonor', 'funding.colKind', 'funding.colStatus', 'funding.colTranche', 'funding.colDate'] as const).map((id) => (
                    <Table.Th key={id} scope="col">
                      <FormattedMessage id={id} />
                    </Table.Th>
                  ))}
                  <Table.Th scope="col" ta="end">
                    <FormattedMessage id="funding.colAmount" values={{ currency: f.currency }} />
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {proposal.contributions.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{donors.get(c.organisationId) ?? <FormattedMessage id="funding.unknownDonor" />}</Table.Td>
                    <Table.Td>
                      {label('contributionKind', c.kind)}
                      {c.description && (
                        <Text size="xs" c="dimmed" dir="auto">
                          {c.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{label('contributionStatus', c.status)}</Table.Td>
                    <Table.Td>{c.trancheNumber ? <FormattedMessage id="funding.trancheNumber" values={{ number: c.trancheNumber }} /> : <FormattedMessage id="funding.wholeProposal" />}</Table.Td>
                    <Table.Td>{formatInstant(intl.locale, c.statusChangedAt, timeZone)}</Table.Td>
                    <Table.Td ta="end">
                      <Money amount={c.amount} currency={c.currency} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {!partyView && (
          <Text size="sm" c="dimmed" mt="xs">
            <FormattedMessage id="funding.publicLedger" />
          </Text>
        )}
      </section>
    </Stack>
  );
}
