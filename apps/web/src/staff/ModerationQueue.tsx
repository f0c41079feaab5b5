import { Alert, Button, CloseButton, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { CursorPager } from '../common/CursorPager';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { ExportMenu } from '../open-data/ExportMenu';
import { ExportNeedsDocument, ExportOffersDocument } from '../open-data/exports.generated';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { DecisionForm, type QueueKind } from './DecisionForm';
import { NeedModerationQueueDocument, OfferModerationQueueDocument } from './moderation.generated';
import { NeedReview } from './NeedReview';
import { OfferReview } from './OfferReview';
import { QueueTable, type QueueItem } from './QueueTable';
import { RequireModerator } from './RequireModerator';
import { ShortcutsHelp } from './ShortcutsHelp';
import { useSelection } from './useSelection';
import { useUrlParams } from './useUrlParams';

// A screenful: the first rows show sooner, and the queue pages on (keyset) for a long one.
const PAGE_SIZE = 25;

/** `/staff/moderation/needs` and `/staff/moderation/offers`: UNODA's moderation queue of one kind. */
export function ModerationQueuePage({ kind }: { kind: QueueKind }) {
  return (
    <RequireModerator heading={kind === 'needs' ? 'moderation.needsTitle' : 'moderation.offersTitle'}>
      <ModerationQueue kind={kind} />
    </RequireModerator>
  );
}

function useQueue(kind: QueueKind, after: string | null) {
  const intl = useIntl();
  const variables = { first: PAGE_SIZE, after };
  const [needs, refetchNeeds] = useQuery({
    query: NeedModerationQueueDocument,
    variables: { ...variables, lang: toApiLanguage(intl.locale as Locale) },
    pause: kind !== 'needs',
    requestPolicy: 'cache-and-network',
  });
  const [offers, refetchOffers] = useQuery({ query: OfferModerationQueueDocument, variables, pause: kind !== 'offers', requestPolicy: 'cache-and-network' });
  const connection = kind === 'needs' ? needs.data?.needModerationQueue : offers.data?.offerModerationQueue;
  const items: QueueItem[] | undefined =
    kind === 'needs'
      ? needs.data?.needModerationQueue.edges.map(({ node: n }) => ({
          id: n.id,
          title: n.title,
          lang: n.originalLanguage.toLowerCase(),
          version: n.version,
          waitingSeconds: n.timeInStatusSeconds,
          who: n.state.name,
          score: n.quality?.score ?? null,
        }))
      : offers.data?.offerModerationQueue.edges.map(({ node: o }) => ({
          id: o.id,
          title: o.title,
          lang: o.originalLanguage.toLowerCase(),
          version: o.version,
          waitingSeconds: o.timeInStatusSeconds,
          who: o.organisation.acronym ?? o.organisation.name,
          score: null,
        }));
  const refetch = () => (kind === 'needs' ? refetchNeeds : refetchOffers)({ requestPolicy: 'network-only' });
  return { items, connection, error: kind === 'needs' ? needs.error : offers.error, refetch };
}

/** The queue as the needs and offers lists say it (submitted, longest waiting first), for its file. */
const QUEUE = { filter: { statuses: ['SUBMITTED' as const] }, sort: 'OLDEST_IN_STATUS' as const };

function ModerationQueue({ kind }: { kind: QueueKind }) {
  const intl = useIntl();
  const { params, set } = useUrlParams();
  const after = params.get('after');
  const openId = params.get('open');
  const { items, connection, error, refetch } = useQueue(kind, after);
  const { selected, toggle, toggleAll, drop } = useSelection();
  const [done, setDone] = useState<{ count: number; action: 'PUBLISH' | 'RETURN' } | null>(null);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const title = intl.formatMessage({ id: kind === 'needs' ? 'moderation.needsTitle' : 'moderation.offersTitle' });
  const open = items?.find((i) => i.id === openId) ?? null;
  const chosen = items?.filter((i) => selected.has(i.id)) ?? [];

  useEffect(() => {
    if (open) panelHeading.current?.focus();
  }, [open?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  const focusRowOf = (id: string | null) => {
    const index = items?.findIndex((i) => i.id === id) ?? -1;
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-row="${Math.max(0, index)}"]`)?.focus());
  };
  const close = () => {
    set({ open: null });
    focusRowOf(openId);
  };
  const decided = (ids: string[], action: 'PUBLISH' | 'RETURN') => {
    setDone({ count: ids.length, action });
    drop(ids);
    // The next row that is still waiting takes the place (and the focus) of the one decided.
    const index = items?.findIndex((i) => i.id === (openId ?? ids[0])) ?? 0;
    const next = items?.slice(index + 1).find((i) => !ids.includes(i.id)) ?? null;
    set({ open: openId && ids.includes(openId) ? (next?.id ?? null) : openId });
    refetch();
    if (!next) focusRowOf(null);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <PageTitle documentTitle={title}>{title}</PageTitle>
          <Text c="dimmed">
            <FormattedMessage id={kind === 'needs' ? 'moderation.needsIntro' : 'moderation.offersIntro'} />
          </Text>
        </div>
        {kind === 'needs' ? <ExportMenu document={ExportNeedsDocument} variables={QUEUE} /> : <ExportMenu document={ExportOffersDocument} variables={QUEUE} />}
      </Group>
      <ShortcutsHelp />
      {done && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          onClose={() => setDone(null)}
          closeButtonLabel={intl.formatMessage({ id: 'moderation.dismissNotice' })}
        >
          <FormattedMessage id={done.action === 'PUBLISH' ? 'moderation.published' : 'moderation.returned'} values={{ count: done.count }} />
        </Alert>
      )}
      {error && !items ? (
        <PageError error={error} retry={refetch} />
      ) : !items || !connection ? (
        <PageLoading />
      ) : items.length === 0 ? (
        <EmptyState title={<FormattedMessage id="moderation.empty" />} hint={<FormattedMessage id="moderation.emptyHint" />} />
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: open ? 7 : 12 }}>
            <Stack gap="sm">
              <QueueTable
                items={items}
                selected={selected}
                onToggle={toggle}
                onToggleAll={() => toggleAll(items.map((i) => i.id))}
                openId={openId}
                onOpen={(id) => set({ open: id })}
                withScore={kind === 'needs'}
              />
              <CursorPager
                total={connection.totalCount}
                shown={items.length}
                hasNext={connection.pageInfo.hasNextPage}
                isFirst={!after}
                onNext={() => set({ after: connection.pageInfo.endCursor ?? null, open: null })}
                onFirst={() => set({ after: null, open: null })}
              />
              {chosen.length > 0 && (
                <Paper withBorder p="md" component="section" aria-labelledby="batch-heading">
                  <Title order={2} size="h4" id="batch-heading" mb="xs">
                    <FormattedMessage id="moderation.batchTitle" values={{ count: chosen.length }} />
                  </Title>
                  <DecisionForm kind={kind} items={chosen} onDone={decided} />
                </Paper>
              )}
            </Stack>
          </Grid.Col>
          {open && (
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Paper
                withBorder
                p="md"
                component="section"
                aria-labelledby="open-heading"
                onKeyDown={(e) => {
                  if (e.key === 'Escape') close();
                }}
              >
                <Stack gap="sm">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Title order={2} size="h4" id="open-heading" ref={panelHeading} tabIndex={-1} lang={open.lang} dir="auto">
                      {open.title}
                    </Title>
                    <CloseButton onClick={close} aria-label={intl.formatMessage({ id: 'moderation.close' })} />
                  </Group>
                  {kind === 'needs' ? <NeedReview id={open.id} /> : <OfferReview id={open.id} />}
                  <DecisionForm key={open.id} kind={kind} items={[open]} onDone={decided} />
                  <Button variant="subtle" onClick={close} w="fit-content">
                    <FormattedMessage id="moderation.backToQueue" />
                  </Button>
                </Stack>
              </Paper>
            </Grid.Col>
          )}
        </Grid>
      )}
    </Stack>
  );
}
