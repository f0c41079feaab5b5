import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useQuery } from 'urql';
import { PageError, PageLoading } from '../common/PageState';
import type { MessageId } from '../i18n/messages';
import { DealMessages } from './DealMessages';
import type { ProposalDetail } from './proposal-parts';
import { RevisionForm } from './RevisionForm';
import { RevisionReview } from './RevisionReview';
import { PROPOSAL_TOUCHED } from './room-parts';
import { DealRoomDocument } from './room.generated';

/** The statuses in which the API takes revisions ("on the market"); it refuses them otherwise. */
const ON_MARKET = ['OPEN_FOR_FUNDING', 'UNDER_NEGOTIATION', 'PARTIALLY_FUNDED', 'FUNDED'];

/**
 * The parties' private room: the open revision with what it changes (to accept), the thread of
 * messages, and a new revision to propose. Anyone else is refused by the API, and the tab says so.
 */
export function DealRoom({ proposal }: { proposal: ProposalDetail }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: DealRoomDocument, variables: { id: proposal.id }, context: PROPOSAL_TOUCHED });
  const [proposing, setProposing] = useState(false);
  // Said above the revisions: an accepted revision that is agreed, or the form once sent, leaves the page.
  const [notice, setNotice] = useState<{ id: MessageId; number: number } | null>(null);
  if (error && !data?.proposalMessages) return <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data?.proposal || !data.proposalMessages) return <PageLoading />;
  const revisions = data.proposal.revisions;
  const open = revisions.filter((r) => r.status === 'OPEN');
  const latest = revisions.reduce((n, r) => Math.max(n, r.number), 0);
  // A counter-proposal starts from the newest revision (open or agreed); the API checks it is still the latest.
  const newest = revisions[revisions.length - 1];
  const canPropose = ON_MARKET.includes(data.proposal.status);

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        <FormattedMessage id="room.private" />
      </Text>
      {notice && (
        <Text role="status" fw={600}>
          <FormattedMessage id={notice.id} values={{ number: notice.number }} />
        </Text>
      )}
      {open.map((r) => (
        <RevisionReview key={r.id} revision={r} proposal={proposal} onAccepted={() => setNotice({ id: 'room.accepted', number: r.number })} />
      ))}
      <section aria-labelledby="room-revise">
        <Title order={2} size="h4" id="room-revise" mb="xs">
          <FormattedMessage id="room.reviseTitle" />
        </Title>
        {!canPropose ? (
          <Text c="dimmed">
            <FormattedMessage id="room.reviseClosed" />
          </Text>
        ) : proposing && newest ? (
          <RevisionForm
            proposalId={proposal.id}
            currency={proposal.currency}
            start={newest}
            latest={latest}
            onDone={(number) => {
              setProposing(false);
              if (number) setNotice({ id: 'room.proposed', number });
            }}
          />
        ) : (
          <Group>
            <Button variant="default" onClick={() => setProposing(true)}>
              <FormattedMessage id="room.proposeRevision" />
            </Button>
          </Group>
        )}
      </section>
      <DealMessages
        proposal={proposal}
        page={data.proposalMessages}
        revisions={revisions}
        refreshing={fetching}
        refresh={() => refetch({ requestPolicy: 'network-only' })}
      />
    </Stack>
  );
}
