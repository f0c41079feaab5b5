import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { PageError, PageLoading } from '../common/PageState';
import { useDates } from '../common/useDates';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { CriteriaCard } from './CriteriaCard';
import { PartyCards } from './PartyCards';
import { WaitingCard } from './WaitingCard';
import { DonorHomeDocument, type DonorHomeQuery } from './workspace.generated';

type Matches = DonorHomeQuery['suggested'];
const matchItems = (matches: Matches) =>
  matches.edges.map(({ node: m }) => ({
    key: m.id,
    href: `/matches/${m.id}`,
    label: m.need?.title ?? '',
    lang: m.need?.originalLanguage.toLowerCase(),
    detail: m.need && m.offer && (
      <>
        <bdi>{m.need.state.name}</bdi> · <bdi lang={m.offer.originalLanguage.toLowerCase()}>{m.offer.title}</bdi>
      </>
    ),
  }));

/** A donor's desk: the needs their offers and criteria fit, proposals to fund, and what waits for them. */
export function DonorHome({ organisation, organisations }: { organisation: string; organisations: string[] }) {
  const intl = useIntl();
  const dates = useDates();
  const [{ data, error }, refetch] = useQuery({
    query: DonorHomeDocument,
    variables: { lang: toApiLanguage(intl.locale as Locale), organisationId: organisation },
    requestPolicy: 'cache-and-network',
  });
  if (error && !data) return <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageLoading />;
  return (
    <Stack gap="lg">
      <Group gap="sm">
        <Button component={Link} href="/offers/new">
          <FormattedMessage id="workspaceHome.newOffer" />
        </Button>
        <Button component={Link} href="/my/offers" variant="default">
          <FormattedMessage id="offerWorkspace.myOffers" />
        </Button>
        <Button component={Link} href="/my/matches" variant="default">
          <FormattedMessage id="myMatches.titleDonor" />
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }} spacing="md">
        <WaitingCard
          heading="workspaceHome.suggested"
          count={data.suggested.totalCount}
          items={matchItems(data.suggested)}
          empty="workspaceHome.noSuggestions"
          all={{ href: '/my/matches', id: 'workspaceHome.seeAll' }}
        />
        <WaitingCard
          heading="workspaceHome.answered"
          count={data.answered.totalCount}
          items={matchItems(data.answered)}
          empty="workspaceHome.noAnswers"
          all={{ href: '/my/matches?status=INTEREST_ACCEPTED', id: 'workspaceHome.seeAll' }}
        />
        <CriteriaCard criteria={data.criteria.filter((c) => c.active)} />
        <WaitingCard
          heading="workspaceHome.openForFunding"
          count={data.openForFunding.totalCount}
          items={data.openForFunding.edges.map(({ node: p }) => ({
            key: p.id,
            href: `/proposals/${p.id}?tab=funding`,
            label: p.title,
            detail: p.fundingDeadline ? (
              <FormattedMessage id="workspaceHome.fundingDeadline" values={{ date: dates.date(p.fundingDeadline) }} />
            ) : (
              <bdi>{p.reference}</bdi>
            ),
          }))}
          empty="workspaceHome.noneOpen"
          all={{ href: '/proposals?status=OPEN_FOR_FUNDING&status=PARTIALLY_FUNDED&sort=FUNDING_DEADLINE', id: 'workspaceHome.seeAll' }}
        />
        <PartyCards organisations={organisations} pledges />
      </SimpleGrid>
    </Stack>
  );
}
