import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { useEnumLabel } from '../common/labels';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import type { NotificationCategory, NotificationDeliveryMode } from '../gql/types';
import { NotificationPreferencesDocument } from './preferences.generated';
import { PreferenceChoice, UrgentPreference } from './PreferenceChoice';

/**
 * `/settings/notifications` (the page e-mails link to): how e-mail of each category reaches the
 * person. Urgent categories are always immediate and shown as such; each other choice is saved
 * as soon as it is made, and the page says so.
 */
export default function PreferencesPage() {
  const intl = useIntl();
  const label = useEnumLabel();
  const [{ data, error }, refetch] = useQuery({ query: NotificationPreferencesDocument, requestPolicy: 'cache-and-network' });
  const [saved, setSaved] = useState<{ category: NotificationCategory; mode: NotificationDeliveryMode } | null>(null);
  const preferences = data?.notificationPreferences;
  const urgent = preferences?.filter((p) => p.urgent) ?? [];
  const choices = preferences?.filter((p) => !p.urgent) ?? [];

  return (
    <>
      <PageTitle documentTitle={intl.formatMessage({ id: 'preferences.title' })}>
        <FormattedMessage id="preferences.title" />
      </PageTitle>
      <Text mb="lg" maw={720}>
        <FormattedMessage id="preferences.intro" />
      </Text>
      {error && !preferences ? (
        <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !preferences ? (
        <PageLoading />
      ) : preferences.length === 0 ? (
        <EmptyState title={<FormattedMessage id="preferences.emptyTitle" />} hint={<FormattedMessage id="preferences.emptyHint" />} />
      ) : (
        <Stack gap="xl" maw={720}>
          {choices.length > 0 && (
            <section aria-labelledby="preferences-choices">
              <Title order={2} size="h4" id="preferences-choices" mb="sm">
                <FormattedMessage id="preferences.choicesTitle" />
              </Title>
              <Stack gap="md">
                {choices.map((p) => (
                  <PreferenceChoice key={p.category} preference={p} onSaved={(mode) => setSaved({ category: p.category, mode })} />
                ))}
              </Stack>
            </section>
          )}
          {urgent.length > 0 && (
            <section aria-labelledby="preferences-urgent">
              <Title order={2} size="h4" id="preferences-urgent" mb={4}>
                <FormattedMessage id="preferences.urgentTitle" />
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                <FormattedMessage id="preferences.urgentHint" />
              </Text>
              <Stack gap="sm">
                {urgent.map((p) => (
                  <UrgentPreference key={p.category} preference={p} />
                ))}
              </Stack>
            </section>
          )}
        </Stack>
      )}
      {/* Said once per save, where a screen reader hears it without moving. */}
      <Text role="status" className="gis-visually-hidden">
        {saved
          ? intl.formatMessage(
              { id: 'preferences.saved' },
              { category: label('notificationCategory', saved.category), mode: label('deliveryMode', saved.mode) },
            )
          : ''}
      </Text>
    </>
  );
}
