import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { PageError, PageLoading } from '../common/PageState';
import { useDates } from '../common/useDates';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { useWaiting } from '../staff/useWaiting';
import { UnodaHomeDocument } from './unoda.generated';
import { WaitingCard } from './WaitingCard';

const STAFF_LINKS = [
  { href: '/staff/moderation/needs', id: 'unodaHome.moderateNeeds' },
  { href: '/staff/moderation/offers', id: 'unodaHome.moderateOffers' },
  { href: '/staff/matches', id: 'staff.matches' },
  { href: '/staff/proposals', id: 'staff.proposals' },
  { href: '/staff/meetings', id: 'staff.meetings' },
  { href: '/staff/operations', id: 'staff.operations' },
] as const;

/** UNODA's moderator: what waits for moderation and review, and the staff pages. */
export function UnodaHome() {
  const intl = useIntl();
  const dates = useDates();
  const waiting = useWaiting();
  const [{ data, error }, refetch] = useQuery({
    query: UnodaHomeDocument,
    variables: { lang: toApiLanguage(intl.locale as Locale) },
    requestPolicy: 'cache-and-network',
  });
  if (error && !data) return <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageLoading />;
  const waited = (seconds: number) => <FormattedMessage id="unodaHome.waiting" values={{ time: waiting(seconds) }} />;
  return (
    <Stack gap="lg">
      <Group gap="sm" component="nav" aria-label={intl.formatMessage({ id: 'unodaHome.staffPages' })} wrap="wrap">
        {STAFF_LINKS.map((l) => (
          <Button key={l.href} component={Link} href={l.href} variant="default" size="sm">
            <FormattedMessage id={l.id} />
          </Button>
        ))}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <WaitingCard
          heading="unodaHome.needsWaiting"
          count={data.needsWaiting.totalCount}
          items={data.needsWaiting.edges.map(({ node: n }) => ({
            key: n.id,
            href: `/staff/moderation/needs?open=${n.id}`,
            label: n.title,
            lang: n.originalLanguage.toLowerCase(),
            detail: (
              <>
                {n.state.name} · {waited(n.timeInStatusSeconds)}
              </>
            ),
          }))}
          empty="unodaHome.noNeedsWaiting"
          all={{ href: '/staff/moderation/needs', id: 'unodaHome.openQueue', always: true }}
        />
        <WaitingCard
          heading="unodaHome.offersWaiting"
          count={data.offersWaiting.totalCount}
          items={data.offersWaiting.edges.map(({ node: o }) => ({
            key: o.id,
            href: `/staff/moderation/offers?open=${o.id}`,
            label: o.title,
            lang: o.originalLanguage.toLowerCase(),
            detail: (
              <>
                {o.organisation.acronym ?? o.organisation.name} · {waited(o.timeInStatusSeconds)}
              </>
            ),
          }))}
          empty="unodaHome.noOffersWaiting"
          all={{ href: '/staff/moderation/offers', id: 'unodaHome.openQueue', always: true }}
        />
        <WaitingCard
          heading="unodaHome.suggestions"
          count={data.suggestions.totalCount}
          items={data.suggestions.edges.map(({ node: m }) => ({
            key: m.id,
            href: `/staff/matches?match=${m.id}`,
            label: m.need?.title ?? '',
            lang: m.need?.originalLanguage.toLowerCase(),
            detail: m.offer && (m.offer.organisation.acronym ?? m.offer.organisation.name),
          }))}
          empty="unodaHome.noSuggestions"
          all={{ href: '/staff/matches', id: 'unodaHome.openQueue', always: true }}
        />
        <WaitingCard
          heading="unodaHome.failedEmails"
          count={data.failedEmails.length}
          items={data.failedEmails.map((e) => ({
            key: e.id,
            href: '/staff/operations',
            label: e.subject,
            detail: (
              <>
                <bdi>{e.email}</bdi> · {dates.instant(e.createdAt)}
              </>
            ),
          }))}
          empty="unodaHome.noFailedEmails"
          all={{ href: '/staff/operations', id: 'unodaHome.openOperations', always: true }}
        />
      </SimpleGrid>
    </Stack>
  );
}
