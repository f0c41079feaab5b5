import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { ColumnHeads } from '../common/ColumnHeads';
import { Money } from '../common/Money';
import { useDates } from '../common/useDates';
import { useRefusal } from '../common/useRefusal';
import type { Locale } from '../i18n/locales';
import type { MessageId } from '../i18n/messages';
import { partyName, type ProposalDetail } from './proposal-parts';
import { PROPOSAL_TOUCHED, useMyOrganisations } from './room-parts';
import { RowCards } from './RowCards';
import { AcceptProposalRevisionDocument, type DealRoomQuery } from './room.generated';

type Revision = DealRoomQuery['proposal']['revisions'][number];
type Change = NonNullable<Revision['changes']>['changes'][number];

const KIND: Record<Change['kind'], MessageId> = { ADDED: 'room.changeAdded', CHANGED: 'room.changeChanged', REMOVED: 'room.changeRemoved' };
const COLUMNS = ['room.colChange', 'room.colWhat'] as const;

/**
 * An open revision as the other parties judge it: the note, each tranche and line added, removed
 * or changed with its exact delta, and the totals against the revision it was based on (the one
 * that holds); who has accepted, who is awaited; "accept" for a party the API still awaits.
 */
export function RevisionReview({ revision: r, proposal, onAccepted }: { revision: Revision; proposal: ProposalDetail; onAccepted: () => void }) {
  const intl = useIntl();
  const dates = useDates();
  const mine = useMyOrganisations();
  const [accepted, accept] = useMutation(AcceptProposalRevisionDocument);
  const refusal = useRefusal(accepted.error);
  const names = new Map(proposal.parties.map((p) => [p.organisationId, partyName(p, intl.locale as Locale)]));
  // Each name isolated: an English organisation name inside an Arabic sentence keeps its order.
  const nameList = (ids: string[]) =>
    intl.formatList(
      ids.map((id) => <bdi key={id}>{names.get(id) ?? id}</bdi>),
      { type: 'conjunction' },
    );
  const mayAccept = r.awaitingAcceptanceFrom.some((id) => mine.includes(id));
  const money = (amount: string | null | undefined) => (amount == null ? '—' : <Money amount={amount} currency={proposal.currency} />);
  const delta = (amount: string) => (
    <bdi>
      {amount.startsWith('-') ? '' : '+'}
      {money(amount)}
    </bdi>
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`revision-${r.number}`}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={`revision-${r.number}`}>
          <FormattedMessage id="room.openRevision" values={{ number: r.number }} />
        </Title>
        <Text size="sm" c="dimmed">
          <FormattedMessage
            id="room.proposedBy"
            values={{ party: <bdi>{names.get(r.proposedByOrganisationId ?? '') ?? '—'}</bdi>, date: dates.instant(r.createdAt) }}
          />
        </Text>
        {r.note && (
          <Text dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
            {r.note}
          </Text>
        )}
        {r.changes && (
          <>
            <Text fw={600}>
              <FormattedMessage
                id="room.totals"
                values={{
                  basedOn: r.changes.basedOn,
                  before: money(r.changes.totalBefore),
                  after: money(r.changes.totalAfter),
                  delta: delta(r.changes.totalDelta),
                }}
              />
            </Text>
            {r.changes.scopeChanged && (
              <Text size="sm">
                <FormattedMessage id="room.scopeChanged" />
              </Text>
            )}
            <ChangeRows changes={r.changes.changes} money={money} delta={delta} />
          </>
        )}
        {r.acceptedBy.length > 0 && (
          <Text size="sm">
            <FormattedMessage id="room.acceptedBy" values={{ parties: nameList(r.acceptedBy) }} />
          </Text>
        )}
        {r.awaitingAcceptanceFrom.length > 0 && (
          <Text size="sm">
            <FormattedMessage id="room.awaiting" values={{ parties: nameList(r.awaitingAcceptanceFrom) }} />
          </Text>
        )}
        {r.agreementBlocker && (
          <Alert color="orange">
            <FormattedMessage id="room.blocked" />
          </Alert>
        )}
        {refusal && (
          <Alert color="red" role="alert">
            <FormattedMessage id={refusal.id} values={refusal.values} />
          </Alert>
        )}
        {mayAccept && (
          <Group>
            <Button
              loading={accepted.fetching}
              onClick={() =>
                void accept({ input: { proposalId: proposal.id, revision: r.number } }, PROPOSAL_TOUCHED).then((res) => !res.error && onAccepted())
              }
            >
              <FormattedMessage id="room.accept" values={{ number: r.number }} />
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

type Say = (amount: string | null | undefined) => React.ReactNode;

/** The changes line by line: a table on wide screens, cards on phones. */
function ChangeRows({ changes, money, delta }: { changes: Change[]; money: Say; delta: (amount: string) => React.ReactNode }) {
  const wide = useMediaQuery('(min-width: 48em)', true);
  const what = (c: Change) =>
    c.line ? (
      <FormattedMessage id="room.changeLine" values={{ tranche: c.tranche, line: <span dir="auto">{c.line}</span> }} />
    ) : (
      <FormattedMessage id="room.changeTranche" values={{ tranche: c.tranche, title: <span dir="auto">{c.titleAfter ?? c.titleBefore ?? ''}</span> }} />
    );
  if (changes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        <FormattedMessage id="room.noBudgetChange" />
      </Text>
    );
  }
  if (!wide) {
    return (
      <RowCards
        rows={changes.map((c, i) => ({
          key: String(i),
          heading: what(c),
          facts: [
            { term: <FormattedMessage id="room.colChange" />, value: <FormattedMessage id={KIND[c.kind]} /> },
            { term: <FormattedMessage id="room.colBefore" />, value: money(c.before) },
            { term: <FormattedMessage id="room.colAfter" />, value: money(c.after) },
            { term: <FormattedMessage id="room.colDelta" />, value: delta(c.delta) },
          ],
        }))}
      />
    );
  }
  return (
    <Table verticalSpacing="xs" striped>
      <ColumnHeads columns={[...COLUMNS, { id: 'room.colBefore', end: true }, { id: 'room.colAfter', end: true }, { id: 'room.colDelta', end: true }]} />
      <Table.Tbody>
        {changes.map((c, i) => (
          <Table.Tr key={i}>
            <Table.Td>
              <FormattedMessage id={KIND[c.kind]} />
            </Table.Td>
            <Table.Td>{what(c)}</Table.Td>
            <Table.Td ta="end">{money(c.before)}</Table.Td>
            <Table.Td ta="end">{money(c.after)}</Table.Td>
            <Table.Td ta="end">{delta(c.delta)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
