import { Alert, CloseButton, Grid, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { CursorPager } from '../common/CursorPager';
import { useEnumLabel } from '../common/labels';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { ExportMenu } from '../open-data/ExportMenu';
import { ExportMatchQueueDocument } from '../open-data/exports.generated';
import { M49_REGIONS } from '../i18n/families';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { useFilterChoices } from '../reference/useFilterChoices';
import { MatchBatchForm } from './MatchBatchForm';
import { MatchWhy } from './MatchWhy';
import { RecordMatchList } from './RecordMatchList';
import { RequireModerator } from './RequireModerator';
import { MatchQueueDocument } from './review.generated';
import { MIN_SCORES, readReviewQuery, REVIEW_STATUSES, toMatchFilter } from './review-query';
import { ReviewTable } from './ReviewTable';
import { useSelection } from './useSelection';
import { useUrlParams } from './useUrlParams';

/** `/staff/matches`: UNODA reviews the engine's suggestions. */
export default function MatchReviewPage() {
  return (
    <RequireModerator heading="review.title">
      <MatchReview />
    </RequireModerator>
  );
}

const OPEN = ['match', 'need', 'offer'] as const;

function MatchReview() {
  const intl = useIntl();
  const label = useEnumLabel();
  const choices = useFilterChoices();
  const { params, set } = useUrlParams();
  const query = readReviewQuery(params);
  const after = params.get('after');
  const [{ data, error }, refetch] = useQuery({
    query: MatchQueueDocument,
    variables: { lang: toApiLanguage(intl.locale as Locale), filter: toMatchFilter(query), first: 50, after },
    requestPolicy: 'cache-and-network',
  });
  const { selected, toggle, toggleAll, clear } = useSelection();
  const [done, setDone] = useState<{ count: number; action: 'CONFIRM' | 'DISMISS' } | null>(null);
  const panel = useRef<HTMLHeadingElement>(null);
  const open = OPEN.map((what) => ({ what, id: params.get(what) })).find((o) => o.id) ?? null;
  const openKey = open ? `${open.what}:${open.id}` : null;
  useEffect(() => {
    if (openKey) panel.current?.focus();
  }, [openKey]);
  const title = intl.formatMessage({ id: 'review.title' });
  const matches = data?.matchQueue.edges.map((e) => e.node);
  const chosen = matches?.filter((m) => selected.has(m.id)) ?? [];
  const filter = (changes: Record<string, string | null>) => {
    clear();
    set({ ...changes, after: null });
  };
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const none = { value: '', label: intl.formatMessage({ id: 'review.any' }) };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <PageTitle documentTitle={title}>{title}</PageTitle>
          <Text c="dimmed">
            <FormattedMessage id="review.intro" />
          </Text>
        </div>
        <ExportMenu document={ExportMatchQueueDocument} variables={{ filter: toMatchFilter(query) }} />
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={intl.formatMessage({ id: 'review.filters' })}>
        <NativeSelect
          label={intl.formatMessage({ id: 'review.status' })}
          value={query.status}
          onChange={(e) => filter({ status: e.currentTarget.value === 'SUGGESTED' ? null : e.currentTarget.value })}
          data={REVIEW_STATUSES.map((s) => ({ value: s, label: label('matchStatus', s) }))}
        />
        <NativeSelect
          label={intl.formatMessage({ id: 'filters.region' })}
          value={query.region ?? ''}
          onChange={(e) => filter({ region: e.currentTarget.value })}
          data={[none, ...M49_REGIONS.map((r) => ({ value: r, label: intl.formatMessage({ id: `region.${r}` as 'region.002' }) }))]}
        />
        <NativeSelect
          label={intl.formatMessage({ id: 'review.theme' })}
          value={query.theme ?? ''}
          onChange={(e) => filter({ theme: e.currentTarget.value })}
          data={[none, ...(choices?.thematicAreas.map((t) => ({ value: t.code, label: t.name })) ?? [])]}
          maw={320}
        />
        <NativeSelect
          label={intl.formatMessage({ id: 'review.minScore' })}
          value={query.min === null ? '' : String(query.min)}
          onChange={(e) => filter({ min: e.currentTarget.value })}
          data={[none, ...MIN_SCORES.map((s) => ({ value: String(s), label: intl.formatNumber(s / 100, { style: 'percent' }) }))]}
        />
      </Group>
      {done && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          onClose={() => setDone(null)}
          closeButtonLabel={intl.formatMessage({ id: 'moderation.dismissNotice' })}
        >
          <FormattedMessage id={done.action === 'CONFIRM' ? 'review.confirmed' : 'review.dismissed'} values={{ count: done.count }} />
        </Alert>
      )}
      {error && !data ? (
        <PageError error={error} retry={reload} />
      ) : !matches || !data ? (
        <PageLoading />
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: open ? 7 : 12 }}>
            {matches.length === 0 ? (
              <EmptyState title={<FormattedMessage id="review.empty" />} hint={<FormattedMessage id="review.emptyHint" />} />
            ) : (
              <Stack gap="sm">
                <ReviewTable
                  matches={matches}
                  selected={selected}
                  onToggle={toggle}
                  onToggleAll={() => toggleAll(matches.map((m) => m.id))}
                  openKey={openKey}
                  onOpen={(what, id) => set({ match: null, need: null, offer: null, [what]: id })}
                />
                <CursorPager
                  total={data.matchQueue.totalCount}
                  shown={matches.length}
                  hasNext={data.matchQueue.pageInfo.hasNextPage}
                  isFirst={!after}
                  onNext={() => set({ after: data.matchQueue.pageInfo.endCursor ?? null })}
                  onFirst={() => set({ after: null })}
                />
                {chosen.length > 0 && (
                  <Paper withBorder p="md" component="section" aria-labelledby="match-batch">
                    <Title order={2} size="h4" id="match-batch" mb="xs">
                      <FormattedMessage id="review.batchTitle" values={{ count: chosen.length }} />
                    </Title>
                    <MatchBatchForm
                      matches={chosen}
                      onDone={(ids, action) => {
                        setDone({ count: ids.length, action });
                        clear();
                        reload();
                      }}
                    />
                  </Paper>
                )}
              </Stack>
            )}
          </Grid.Col>
          {open && (
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Paper withBorder p="md" component="section" aria-labelledby="review-panel" onKeyDown={(e) => e.key === 'Escape' && set({ [open.what]: null })}>
                <Stack gap="sm">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Title order={2} size="h4" id="review-panel" ref={panel} tabIndex={-1}>
                      <FormattedMessage id={open.what === 'match' ? 'review.panelWhy' : open.what === 'need' ? 'review.panelNeed' : 'review.panelOffer'} />
                    </Title>
                    <CloseButton onClick={() => set({ [open.what]: null })} aria-label={intl.formatMessage({ id: 'moderation.close' })} />
                  </Group>
                  {open.what === 'match' ? <MatchWhy id={open.id!} onChanged={reload} /> : <RecordMatchList kind={open.what} id={open.id!} />}
                </Stack>
              </Paper>
            </Grid.Col>
          )}
        </Grid>
      )}
    </Stack>
  );
}
