import { Alert, Button, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { ColumnHeads } from '../common/ColumnHeads';
import { useEnumLabel } from '../common/labels';
import { PageError, PageLoading } from '../common/PageState';
import { useDates } from '../common/useDates';
import { useRefusal } from '../common/useRefusal';
import { MatchRunDocument, MatchRunsDocument, StartFullRematchDocument, type RunRowFragment } from './operations.generated';

const POLL_MS = 1500;

/** Start a full rematch and follow it (asked again until it ends); the recent runs below. */
export function RematchSection() {
  const [runs, refetchRuns] = useQuery({ query: MatchRunsDocument, requestPolicy: 'cache-and-network' });
  const [started, start] = useMutation(StartFullRematchDocument);
  const [followed, setFollowed] = useState<string | null>(null);
  const refusal = useRefusal(started.error);
  const running = runs.data?.matchRuns.find((r) => r.status === 'RUNNING');
  const id = followed ?? running?.id ?? null;
  const [run, refetchRun] = useQuery({ query: MatchRunDocument, variables: { id: id ?? '' }, pause: !id, requestPolicy: 'network-only' });
  const current = run.data?.matchRun;
  const ongoing = !current || current.status === 'RUNNING';
  useEffect(() => {
    if (!id || !ongoing) return;
    const timer = setInterval(() => refetchRun({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [id, ongoing, refetchRun]);
  useEffect(() => {
    if (current && current.status !== 'RUNNING') refetchRuns({ requestPolicy: 'network-only' });
  }, [current?.status]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <Stack gap="sm" component="section" aria-labelledby="rematch-heading">
      <Title order={2} size="h3" id="rematch-heading">
        <FormattedMessage id="operations.rematchTitle" />
      </Title>
      <Text c="dimmed" size="sm">
        <FormattedMessage id="operations.rematchIntro" />
      </Text>
      <Group>
        <Button
          onClick={() => void start({}).then((r) => r.data && setFollowed(r.data.startFullRematch.id))}
          loading={started.fetching}
          disabled={!!id && current?.status === 'RUNNING'}
        >
          <FormattedMessage id="operations.startRematch" />
        </Button>
      </Group>
      {refusal && (
        <Alert color="red" role="alert">
          <FormattedMessage id={refusal.id} values={refusal.values} />
        </Alert>
      )}
      {current && <RunProgress run={current} />}
      <Title order={3} size="h4" mt="sm">
        <FormattedMessage id="operations.recentRuns" />
      </Title>
      {runs.error && !runs.data ? (
        <PageError error={runs.error} retry={() => refetchRuns({ requestPolicy: 'network-only' })} />
      ) : !runs.data ? (
        <PageLoading lines={3} />
      ) : (
        <RunsTable runs={runs.data.matchRuns} />
      )}
    </Stack>
  );
}

function RunProgress({ run }: { run: RunRowFragment }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const percent = Math.round(run.progress * 100);
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Text fw={600}>
        <FormattedMessage id="operations.runState" values={{ status: label('matchRunStatus', run.status), done: run.needsDone, total: run.needsTotal }} />
      </Text>
      <Progress
        value={percent}
        color={run.status === 'FAILED' ? 'red' : run.status === 'COMPLETED' ? 'teal' : 'blue'}
        aria-label={intl.formatMessage({ id: 'operations.progress' })}
      />
      {run.status === 'COMPLETED' && (
        <Text size="sm">
          <FormattedMessage id="operations.runChanged" values={{ count: run.matchesChanged }} />
        </Text>
      )}
      {run.error && (
        <Text size="sm" c="red.8">
          {run.error}
        </Text>
      )}
    </Stack>
  );
}

function RunsTable({ runs }: { runs: RunRowFragment[] }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const dates = useDates();
  if (!runs.length) {
    return (
      <Text size="sm" c="dimmed">
        <FormattedMessage id="operations.noRuns" />
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={600} type="native">
      <Table verticalSpacing="xs" striped>
        <ColumnHeads
          columns={[
            'operations.colStarted',
            'operations.colTrigger',
            'operations.colStatus',
            { id: 'operations.colNeeds', end: true },
            { id: 'operations.colChanged', end: true },
            'operations.colFinished',
          ]}
        />
        <Table.Tbody>
          {runs.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{dates.instant(r.startedAt)}</Table.Td>
              <Table.Td>{label('matchRunTrigger', r.trigger)}</Table.Td>
              <Table.Td>{label('matchRunStatus', r.status)}</Table.Td>
              <Table.Td ta="end">
                <bdi>
                  {intl.formatNumber(r.needsDone)} / {intl.formatNumber(r.needsTotal)}
                </bdi>
              </Table.Td>
              <Table.Td ta="end">
                <bdi>{intl.formatNumber(r.matchesChanged)}</bdi>
              </Table.Td>
              <Table.Td>{r.finishedAt ? dates.instant(r.finishedAt) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
