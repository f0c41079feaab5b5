import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { Money } from '../common/Money';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { CriteriaPreviewDocument, type CriteriaFieldsFragment } from './criteria.generated';

/**
 * The published needs these criteria fit now, as the API finds them (`standingCriteriaPreview`).
 * Its page mounts it anew whenever the criteria are saved, paused or resumed, so it asks again.
 */
export function CriteriaPreview({ criteria }: { criteria: CriteriaFieldsFragment }) {
  const intl = useIntl();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: CriteriaPreviewDocument,
    variables: { criteriaId: criteria.id, lang: toApiLanguage(intl.locale as Locale) },
    requestPolicy: 'network-only',
  });
  const preview = data?.standingCriteriaPreview;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="criteria-preview-title" aria-busy={fetching}>
      <Stack gap="sm">
        <Title order={2} size="h4" id="criteria-preview-title">
          <FormattedMessage id="criteria.previewTitle" values={{ name: criteria.name }} />
        </Title>
        {!criteria.active && (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="criteria.pausedHint" />
          </Text>
        )}
        {error && !preview ? (
          <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
        ) : !preview ? (
          <PageLoading lines={3} />
        ) : preview.totalCount === 0 ? (
          <EmptyState title={<FormattedMessage id="criteria.noFits" />} hint={<FormattedMessage id="criteria.noFitsHint" />} />
        ) : (
          <>
            <Text size="sm" role="status">
              <FormattedMessage id="criteria.fitCount" values={{ count: preview.totalCount }} />
            </Text>
            <List spacing="xs" listStyleType="none" ps={0}>
              {preview.needs.map((n) => (
                <List.Item key={n.id}>
                  <Anchor component={Link} href={`/needs/${n.id}`} lang={n.originalLanguage.toLowerCase()} dir="auto" fw={600}>
                    {n.title}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {n.state.name}
                    {n.budget && (
                      <>
                        {' · '}
                        <Money amount={n.budget.amount} currency={n.budget.currency} usd={n.budgetUsd} />
                      </>
                    )}
                  </Text>
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Paper>
  );
}
