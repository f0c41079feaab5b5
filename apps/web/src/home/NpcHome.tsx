import { Anchor, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useEnumLabel } from '../common/labels';
import { PageError, PageLoading } from '../common/PageState';
import { useDates } from '../common/useDates';
import type { NeedStatus } from '../gql/types';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { PartyCards } from './PartyCards';
import { WaitingCard } from './WaitingCard';
import { NpcHomeDocument } from './workspace.generated';

/** Needs whose validity ends within this many days are asked "still needed?". */
const RECONFIRM_WITHIN_DAYS = 60;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A State's focal point: their needs at a glance, then everything that waits for their answer. */
export function NpcHome({ state, organisations }: { state: string; organisations: string[] }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const dates = useDates();
  const [{ data, error }, refetch] = useQuery({
    query: NpcHomeDocument,
    variables: { lang: toApiLanguage(intl.locale as Locale), state, soon: inDays(RECONFIRM_WITHIN_DAYS) },
    requestPolicy: 'cache-and-network',
  });
  if (error && !data) return <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageLoading />;
  const counts: [NeedStatus, number][] = [
    ['DRAFT', data.drafts.totalCount],
    ['SUBMITTED', data.submitted.totalCount],
    ['PUBLISHED', data.published.totalCount],
    ['IN_PROPOSAL', data.inProposal.totalCount],
  ];
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group gap="lg" component="nav" aria-label={intl.formatMessage({ id: 'workspaceHome.needsByStatus' })}>
          {counts.map(([status, count]) => (
            <Anchor key={status} component={Link} href={`/my/needs?status=${status}`}>
              <Text span fw={700} size="xl">
                {intl.formatNumber(count)}
              </Text>{' '}
              <Text span>{label('needStatus', status)}</Text>
            </Anchor>
          ))}
        </Group>
        <Group gap="sm">
          <Button component={Link} href="/needs/new">
            <FormattedMessage id="workspace.newNeed" />
          </Button>
          <Button component={Link} href="/my/needs" variant="default">
            <FormattedMessage id="workspace.myNeeds" />
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }} spacing="md">
        <WaitingCard
          heading="workspaceHome.returned"
          count={data.returned.totalCount}
          items={data.returned.edges.map(({ node: n }) => ({
            key: n.id,
            href: `/needs/${n.id}`,
            label: n.title,
            lang: n.originalLanguage.toLowerCase(),
            detail: n.returnReason,
          }))}
          empty="workspaceHome.noReturned"
          all={{ href: '/my/needs?status=RETURNED', id: 'workspaceHome.seeAll' }}
        />
        <WaitingCard
          heading="workspaceHome.interests"
          count={data.interests.totalCount}
          items={data.interests.edges.map(({ node: m }) => ({
            key: m.id,
            href: `/matches/${m.id}`,
            label: m.need?.title ?? '',
            lang: m.need?.originalLanguage.toLowerCase(),
            detail: m.offer && (
              <FormattedMessage id="workspaceHome.interestFrom" values={{ donor: m.offer.organisation.acronym ?? m.offer.organisation.name }} />
            ),
          }))}
          empty="workspaceHome.noInterests"
          all={{ href: '/my/matches?status=INTEREST_EXPRESSED', id: 'workspaceHome.seeAll' }}
        />
        <WaitingCard
          heading="workspaceHome.toEndorse"
          count={data.toEndorse.totalCount}
          items={data.toEndorse.edges.map(({ node: p }) => ({ key: p.id, href: `/proposals/${p.id}`, label: p.title, detail: <bdi>{p.reference}</bdi> }))}
          empty="workspaceHome.noEndorsements"
          all={{ href: '/proposals?mine=1&status=AWAITING_ENDORSEMENT', id: 'workspaceHome.seeAll' }}
        />
        <PartyCards organisations={organisations} />
        <WaitingCard
          heading="workspaceHome.stillNeeded"
          count={data.stillNeeded.totalCount}
          items={data.stillNeeded.edges.map(({ node: n }) => ({
            key: n.id,
            href: `/needs/${n.id}`,
            label: n.title,
            lang: n.originalLanguage.toLowerCase(),
            detail: <FormattedMessage id="workspaceHome.validUntil" values={{ date: dates.date(n.validUntil) }} />,
          }))}
          empty="workspaceHome.noneExpiring"
          all={{ href: '/my/needs?status=PUBLISHED', id: 'workspaceHome.seeAll' }}
        />
      </SimpleGrid>
    </Stack>
  );
}
