import { Alert, Anchor, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { Facts } from '../common/Facts';
import { useEnumLabel } from '../common/labels';
import { Money } from '../common/Money';
import { StatusBadge } from '../common/StatusBadge';
import { useDates } from '../common/useDates';
import { formatLocalDate } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { partyName, type ProposalDetail } from './proposal-parts';
import { useUsdRateDate } from './useUsdRateDate';
import { ColumnHeads } from '../common/ColumnHeads';

/** Who asks, what for, who implements it, and who takes part. */
export function ProposalSummary({ proposal, regionalCentres }: { proposal: ProposalDetail; regionalCentres: { code: string; name: string }[] }) {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const label = useEnumLabel();
  const dates = useDates();
  const rateDate = useUsdRateDate(proposal.currency);
  const none = <FormattedMessage id="common.notGiven" />;
  const states = proposal.parties.filter((p) => p.kind === 'STATE').map((p) => partyName(p, locale));
  const centre = proposal.regionalCentreCode
    ? (regionalCentres.find((c) => c.code === proposal.regionalCentreCode)?.name ?? proposal.regionalCentreCode)
    : null;

  return (
    <Stack gap="lg">
      {proposal.statusReason && (
        <Alert color="orange" title={intl.formatMessage({ id: 'proposal.statusReason' })}>
          <Text className="gis-original" dir="auto">
            {proposal.statusReason}
          </Text>
        </Alert>
      )}
      <Text className="gis-original" dir="auto">
        {proposal.summary}
      </Text>
      <Facts
        items={[
          { key: 'reference', term: <FormattedMessage id="proposal.reference" />, value: <bdi>{proposal.reference}</bdi> },
          { key: 'status', term: <FormattedMessage id="proposal.status" />, value: label('proposalStatus', proposal.status) },
          { key: 'states', term: <FormattedMessage id="proposal.states" />, value: states.length ? intl.formatList(states, { type: 'conjunction' }) : none },
          { key: 'agency', term: <FormattedMessage id="proposal.implementingAgency" />, value: <span dir="auto">{proposal.implementingAgency}</span> },
          { key: 'centre', term: <FormattedMessage id="proposal.regionalCentre" />, value: centre ?? <FormattedMessage id="proposal.noRegionalCentre" /> },
          {
            key: 'review',
            term: <FormattedMessage id="proposal.technicalReview" />,
            value: proposal.technicalReview ? (
              proposal.reviewDeadline ? (
                <FormattedMessage id="proposal.reviewBy" values={{ date: formatLocalDate(intl.locale, proposal.reviewDeadline) }} />
              ) : (
                <FormattedMessage id="proposal.reviewAsked" />
              )
            ) : (
              <FormattedMessage id="proposal.reviewNotAsked" />
            ),
          },
          {
            key: 'target',
            term: <FormattedMessage id="proposal.target" />,
            value: <Money amount={proposal.targetAmount} currency={proposal.currency} usd={proposal.targetUsd} rateDate={rateDate} />,
          },
          {
            key: 'deadline',
            term: <FormattedMessage id="proposal.fundingDeadline" />,
            value: proposal.fundingDeadline ? formatLocalDate(intl.locale, proposal.fundingDeadline) : <FormattedMessage id="proposals.noDeadline" />,
          },
          {
            key: 'overFunding',
            term: <FormattedMessage id="proposal.overFunding" />,
            value: <FormattedMessage id={proposal.allowOverFunding ? 'proposal.overFundingAllowed' : 'proposal.overFundingNotAllowed'} />,
          },
          { key: 'created', term: <FormattedMessage id="proposal.compiledOn" />, value: dates.instant(proposal.createdAt) },
          { key: 'changed', term: <FormattedMessage id="proposal.statusSince" />, value: dates.instant(proposal.statusChangedAt) },
        ]}
      />
      <section aria-labelledby="proposal-needs">
        <Title order={2} size="h4" id="proposal-needs" mb="xs">
          <FormattedMessage id="proposal.needs" />
        </Title>
        {proposal.needs.length === 0 ? (
          <Text c="dimmed">
            <FormattedMessage id="proposal.noVisibleNeeds" />
          </Text>
        ) : (
          <List spacing="xs" listStyleType="none" p={0}>
            {proposal.needs.map((n) => (
              <List.Item key={n.id}>
                <Group gap="xs" wrap="wrap">
                  <Anchor component={Link} href={`/needs/${n.id}`} lang={n.originalLanguage.toLowerCase()} dir="auto">
                    {n.title}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {n.state.name}
                  </Text>
                  <StatusBadge family="needStatus" status={n.status} />
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </section>
      <section aria-labelledby="proposal-parties">
        <Title order={2} size="h4" id="proposal-parties" mb="xs">
          <FormattedMessage id="proposal.parties" />
        </Title>
        <Table.ScrollContainer minWidth={320} type="native">
          <Table verticalSpacing="xs">
            <ColumnHeads columns={['proposal.partyName', 'proposal.partyKind', 'proposal.partyEndorsed']} />
            <Table.Tbody>
              {proposal.parties.map((p) => (
                <Table.Tr key={`${p.kind}-${p.organisationId}`}>
                  <Table.Th scope="row" fw={400}>
                    {partyName(p, locale)}
                  </Table.Th>
                  <Table.Td>{label('proposalPartyKind', p.kind)}</Table.Td>
                  <Table.Td>{p.kind !== 'STATE' ? '' : p.endorsedAt ? dates.instant(p.endorsedAt) : <FormattedMessage id="proposal.notEndorsed" />}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="sm" c="dimmed" mt="xs">
          <FormattedMessage id="proposal.partiesRule" />
        </Text>
      </section>
      {proposal.matchIds.length > 0 && (
        <section aria-labelledby="proposal-matches">
          <Title order={2} size="h4" id="proposal-matches" mb="xs">
            <FormattedMessage id="proposal.matches" />
          </Title>
          <Group gap="md">
            {proposal.matchIds.map((m, i) => (
              <Anchor key={m} component={Link} href={`/matches/${m}`}>
                <FormattedMessage id="proposal.matchLink" values={{ n: i + 1 }} />
              </Anchor>
            ))}
          </Group>
        </section>
      )}
    </Stack>
  );
}
