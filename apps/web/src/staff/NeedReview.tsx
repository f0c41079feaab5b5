import { Anchor, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { PageError, PageLoading } from '../common/PageState';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { NeedHistory } from '../needs/NeedHistory';
import { QualityMeter } from '../needs/QualityMeter';
import { ModerationNeedDocument } from './moderation.generated';
import { sinceReturned } from './since-returned';

/**
 * A submitted need as the moderator reads it: its State, quality, what the State changed since it
 * was last returned (from its history), and its text.
 */
export function NeedReview({ id }: { id: string }) {
  const intl = useIntl();
  const [{ data, error }, refetch] = useQuery({
    query: ModerationNeedDocument,
    variables: { id, lang: toApiLanguage(intl.locale as Locale) },
    requestPolicy: 'cache-and-network',
  });
  if (error && !data) return <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageLoading lines={4} />;
  const need = data.need;
  const since = sinceReturned(need.history ?? []);
  return (
    <Stack gap="sm">
      <Text c="dimmed" size="sm">
        {need.state.name} · {need.thematicAreas.map((t) => t.name).join(', ')}
      </Text>
      {need.quality && <QualityMeter quality={need.quality} />}
      <section aria-labelledby="since-returned">
        <Title order={3} size="h5" id="since-returned" mb={4}>
          <FormattedMessage id="moderation.sinceReturned" />
        </Title>
        {!since ? (
          <Text size="sm">
            <FormattedMessage id="moderation.firstSubmission" />
          </Text>
        ) : (
          <Stack gap="xs">
            <Text size="sm">
              {since.changedFields.length ? (
                <FormattedMessage id="moderation.changedCount" values={{ count: since.changedFields.length }} />
              ) : (
                <FormattedMessage id="moderation.nothingEdited" />
              )}
            </Text>
            <NeedHistory entries={[since.returned, ...since.after]} />
          </Stack>
        )}
      </section>
      <section aria-labelledby="need-text">
        <Title order={3} size="h5" id="need-text" mb={4}>
          <FormattedMessage id="moderation.text" />
        </Title>
        <Stack gap={4} lang={need.originalLanguage.toLowerCase()} dir="auto">
          <Text size="sm" className="gis-original">
            {need.problem}
          </Text>
          <Text size="sm" className="gis-original">
            {need.proposedActivities}
          </Text>
        </Stack>
      </section>
      <Anchor component={Link} href={`/needs/${need.id}`} size="sm">
        <FormattedMessage id="moderation.openNeed" />
      </Anchor>
    </Stack>
  );
}
