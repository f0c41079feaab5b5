import { Anchor, Group, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { PageError, PageLoading } from '../common/PageState';
import { StatusBadge } from '../common/StatusBadge';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { MatchActions } from '../matching/MatchActions';
import { MatchExplanation } from '../matching/MatchExplanation';
import { MatchDetailDocument } from '../matching/matching.generated';

/** Beside the queue: why a match scored as it did, and the step UNODA may take (confirm, or dismiss with a reason). */
export function MatchWhy({ id, onChanged }: { id: string; onChanged: () => void }) {
  const intl = useIntl();
  const [{ data, error }, refetch] = useQuery({ query: MatchDetailDocument, variables: { id, lang: toApiLanguage(intl.locale as Locale) } });
  if (error && !data) return <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageLoading lines={4} />;
  const match = data.match;
  return (
    <Stack gap="md">
      <Group gap="sm">
        <StatusBadge family="matchStatus" status={match.status} />
        <Text fw={700}>
          {match.score === null ? (
            <FormattedMessage id="match.notScored" />
          ) : (
            <FormattedMessage
              id="match.score"
              values={{ score: <bdi>{intl.formatNumber(match.score, { style: 'percent', maximumFractionDigits: 0 })}</bdi> }}
            />
          )}
        </Text>
      </Group>
      {match.reason && (
        <Text size="sm" dir="auto">
          {match.reason}
        </Text>
      )}
      <MatchActions
        key={match.id}
        match={match}
        onChanged={() => {
          refetch({ requestPolicy: 'network-only' });
          onChanged();
        }}
      />
      <MatchExplanation explanation={match.explanation} compact />
      <Anchor component={Link} href={`/matches/${match.id}`} size="sm">
        <FormattedMessage id="review.openMatch" />
      </Anchor>
    </Stack>
  );
}
