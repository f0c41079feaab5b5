import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { RequireModerator } from '../staff/RequireModerator';
import { StatusBadge } from '../common/StatusBadge';
import { useDates } from '../common/useDates';
import type { ProposalStatus } from '../gql/types';
import type { MessageId } from '../i18n/messages';
import { ProposalBoardDocument, type BoardColumnFragment } from './compiler.generated';
import { proposalsQueryString } from './proposals-query';
import { useStateNames } from './useStateNames';

type Column = 'preparing' | 'endorsement' | 'review' | 'market' | 'funded' | 'paused';
const COLUMNS: { key: Column; title: MessageId; statuses: ProposalStatus[]; deadline?: 'reviewDeadline' | 'fundingDeadline' }[] = [
  { key: 'preparing', title: 'board.preparing', statuses: ['DRAFT', 'RETURNED'] },
  { key: 'endorsement', title: 'board.endorsement', statuses: ['AWAITING_ENDORSEMENT'] },
  { key: 'review', title: 'board.review', statuses: ['TECHNICAL_REVIEW'], deadline: 'reviewDeadline' },
  { key: 'market', title: 'board.market', statuses: ['OPEN_FOR_FUNDING', 'UNDER_NEGOTIATION', 'PARTIALLY_FUNDED'], deadline: 'fundingDeadline' },
  { key: 'funded', title: 'board.funded', statuses: ['FUNDED', 'IN_IMPLEMENTATION'] },
  { key: 'paused', title: 'board.paused', statuses: ['ON_HOLD'] },
];
const ENDED: ProposalStatus[] = ['COMPLETED', 'CLOSED', 'DECLINED', 'WITHDRAWN', 'EXPIRED'];
const PER_COLUMN = 8;
const listOf = (statuses: ProposalStatus[]) => `/proposals${proposalsQueryString({ statuses, states: [], mine: false, sort: null, after: null })}`;

/** `/staff/proposals`: every proposal on the market's way, by stage, with how long it has waited and its deadline; compile a new one. */
export default function ProposalBoardPage() {
  return (
    <RequireModerator heading="board.title">
      <ProposalBoard />
    </RequireModerator>
  );
}

function ProposalBoard() {
  const intl = useIntl();
  // Read once: the card's "days waiting" and "deadline passed" are as of when the board was opened.
  const [now] = useState(() => Date.now());
  const [{ data, error }, refetch] = useQuery({ query: ProposalBoardDocument, variables: { first: PER_COLUMN }, requestPolicy: 'cache-and-network' });
  const title = intl.formatMessage({ id: 'board.title' });
  const head = <PageTitle documentTitle={title}>{title}</PageTitle>;
  if (error && !data)
    return (
      <>
        {head}
        <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        {head}
        <Group gap="sm">
          <Button component={Link} href="/staff/proposals/new">
            <FormattedMessage id="board.compile" />
          </Button>
          <Button component={Link} href="/staff/meetings" variant="default">
            <FormattedMessage id="board.meetings" />
          </Button>
        </Group>
      </Group>
      {!data ? (
        <PageLoading />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {COLUMNS.map((c) => (
              <BoardColumn key={c.key} column={c} data={data[c.key]} now={now} />
            ))}
          </SimpleGrid>
          <Anchor component={Link} href={listOf(ENDED)}>
            <FormattedMessage id="board.ended" values={{ count: data.ended.totalCount }} />
          </Anchor>
        </>
      )}
    </Stack>
  );
}

function BoardColumn({ column, data, now }: { column: (typeof COLUMNS)[number]; data: BoardColumnFragment; now: number }) {
  const headingId = `board-${column.key}`;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5" id={headingId}>
          <FormattedMessage id={column.title} />
        </Title>
        <Badge variant="light">
          <bdi>{data.totalCount}</bdi>
        </Badge>
      </Group>
      {data.edges.length === 0 ? (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="board.emptyColumn" />
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {data.edges.map(({ node }) => (
            <li key={node.id}>
              <BoardCard proposal={node} deadline={column.deadline ? node[column.deadline] : null} now={now} />
            </li>
          ))}
        </Stack>
      )}
      {data.totalCount > data.edges.length && (
        <Anchor component={Link} href={listOf(column.statuses)} size="sm" mt="xs" display="inline-block">
          <FormattedMessage id="board.all" values={{ count: data.totalCount }} />
        </Anchor>
      )}
    </Paper>
  );
}

function BoardCard({ proposal, deadline, now }: { proposal: BoardColumnFragment['edges'][number]['node']; deadline: string | null | undefined; now: number }) {
  const intl = useIntl();
  const dates = useDates();
  const stateName = useStateNames();
  const days = Math.floor((now - Date.parse(proposal.statusChangedAt)) / 86_400_000);
  const overdue = !!deadline && deadline < new Date(now).toISOString().slice(0, 10);
  const states = proposal.parties.filter((p) => p.kind === 'STATE' && p.stateIso3).map((p) => stateName(p.stateIso3!));
  return (
    <Paper p="xs" bg="var(--mantine-color-gray-0)">
      <Text size="xs" c="dimmed">
        <bdi>{proposal.reference}</bdi>
      </Text>
      <Anchor component={Link} href={`/proposals/${proposal.id}`} fw={600} size="sm" dir="auto">
        {proposal.title}
      </Anchor>
      <Group gap={6} mt={4} wrap="wrap">
        <StatusBadge family="proposalStatus" status={proposal.status} />
        <Text size="xs">
          <FormattedMessage id="board.waiting" values={{ days }} />
        </Text>
      </Group>
      {states.length > 0 && <Text size="xs">{intl.formatList(states, { type: 'conjunction' })}</Text>}
      {deadline && (
        <Text size="xs" c={overdue ? 'red.8' : undefined} fw={overdue ? 700 : undefined}>
          <FormattedMessage id={overdue ? 'board.deadlinePassed' : 'board.deadline'} values={{ date: dates.date(deadline) }} />
        </Text>
      )}
    </Paper>
  );
}
