import { Badge, Blockquote, Group, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { useParams } from 'wouter';
import { useEnumLabel } from '../common/labels';
import { PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { StatusBadge } from '../common/StatusBadge';
import { useDates } from '../common/useDates';
import { MatchDetailDocument } from './matching.generated';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { MatchActions } from './MatchActions';
import { MatchExplanation } from './MatchExplanation';
import { MatchSides } from './MatchSides';

/** One match of a need and an offer: the two side by side, the score, its status, and why. */
export default function MatchPage() {
  const { id } = useParams<{ id: string }>();
  const intl = useIntl();
  const label = useEnumLabel();
  const dates = useDates();
  const [{ data, error }, refetch] = useQuery({ query: MatchDetailDocument, variables: { id, lang: toApiLanguage(intl.locale as Locale) } });
  const match = data?.match;
  if (error && !match) {
    return (
      <>
        <PageTitle documentTitle={intl.formatMessage({ id: 'match.title' })}>
          <FormattedMessage id="match.title" />
        </PageTitle>
        <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  }
  if (!match) return <PageLoading />;

  return (
    <Stack gap="lg">
      <div>
        <PageTitle documentTitle={intl.formatMessage({ id: 'match.title' })}>
          <FormattedMessage id="match.title" />
        </PageTitle>
        <Group gap="sm" wrap="wrap">
          <StatusBadge family="matchStatus" status={match.status} />
          <Text fw={700} size="lg">
            {match.score === null ? (
              <FormattedMessage id="match.notScored" />
            ) : (
              <FormattedMessage
                id="match.score"
                values={{ score: <bdi>{intl.formatNumber(match.score, { style: 'percent', maximumFractionDigits: 0 })}</bdi> }}
              />
            )}
          </Text>
          {match.strong && (
            <Badge color="green" variant="outline" tt="none" c="dark.8">
              <FormattedMessage id="match.strong" />
            </Badge>
          )}
          {!match.fits && (
            <Badge color="red" variant="outline" tt="none" c="dark.8">
              <FormattedMessage id="match.doesNotFit" />
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed" mt={4}>
          <FormattedMessage
            id="match.origin"
            values={{ origin: label('matchOrigin', match.origin), scored: dates.instant(match.scoredAt), changed: dates.instant(match.statusChangedAt) }}
          />
        </Text>
      </div>
      <MatchSides match={match} />
      {match.interestMessage && (
        <Blockquote color="blue" p="md" cite={intl.formatMessage({ id: 'match.interestMessage' })}>
          <Text className="gis-original" dir="auto">
            {match.interestMessage}
          </Text>
        </Blockquote>
      )}
      {match.reason && (
        <Stack gap={2}>
          <Text fw={600}>
            <FormattedMessage id="match.reason" />
          </Text>
          <Text className="gis-original" dir="auto">
            {match.reason}
          </Text>
        </Stack>
      )}
      {/* After the donor's word: read it, then answer. */}
      <MatchActions match={match} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
      <MatchExplanation explanation={match.explanation} />
    </Stack>
  );
}
