import { Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { useDates } from '../common/useDates';
import { useRefusal } from '../common/useRefusal';
import type { Locale } from '../i18n/locales';
import { partyName, type ProposalDetail } from './proposal-parts';
import { PROPOSAL_TOUCHED } from './room-parts';
import { DealMessagesAfterDocument, PostProposalMessageDocument, type DealMessagePageFragment, type DealRoomQuery } from './room.generated';

type Revision = DealRoomQuery['proposal']['revisions'][number];
interface Thread {
  names: Map<string, string>;
  revisionNumbers: Map<string, number>;
}

/**
 * The thread, oldest first (as the API keeps it), a page at a time; each revision's note marked
 * as such. There is no subscription for it: it is asked again after posting, and on "refresh".
 */
export function DealMessages(props: {
  proposal: ProposalDetail;
  page: DealMessagePageFragment;
  revisions: Revision[];
  refreshing: boolean;
  refresh: () => void;
}) {
  const intl = useIntl();
  const thread: Thread = {
    names: new Map(props.proposal.parties.map((p) => [p.organisationId, partyName(p, intl.locale as Locale)])),
    revisionNumbers: new Map(props.revisions.map((r) => [r.id, r.number])),
  };
  return (
    <section aria-labelledby="room-messages">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="room-messages">
          <FormattedMessage id="room.messagesTitle" />
        </Title>
        <Button variant="subtle" size="compact-sm" loading={props.refreshing} onClick={props.refresh}>
          <FormattedMessage id="room.refresh" />
        </Button>
      </Group>
      {props.page.edges.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id="room.noMessages" />
        </Text>
      ) : (
        <MessagePage proposalId={props.proposal.id} page={props.page} thread={thread} />
      )}
      <PostMessage proposalId={props.proposal.id} />
    </section>
  );
}

/** One page of messages, then (asked for) the page after it. */
function MessagePage({ proposalId, page, thread }: { proposalId: string; page: DealMessagePageFragment; thread: Thread }) {
  const [more, setMore] = useState(false);
  const dates = useDates();
  return (
    <>
      <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {page.edges.map(({ node: m }) => (
          <Paper component="li" key={m.id} withBorder p="sm">
            <Group gap="xs" mb={4}>
              <Text fw={600} size="sm">
                {thread.names.get(m.organisationId) ?? <FormattedMessage id="room.unknownParty" />}
              </Text>
              <Text size="xs" c="dimmed">
                {dates.instant(m.createdAt)}
              </Text>
              {m.revisionId && thread.revisionNumbers.has(m.revisionId) && (
                <Badge variant="light" size="sm">
                  <FormattedMessage id="room.revisionNote" values={{ number: thread.revisionNumbers.get(m.revisionId)! }} />
                </Badge>
              )}
            </Group>
            <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {m.body}
            </Text>
          </Paper>
        ))}
      </Stack>
      {page.pageInfo.hasNextPage &&
        page.pageInfo.endCursor &&
        (more ? (
          <NextPage proposalId={proposalId} after={page.pageInfo.endCursor} thread={thread} />
        ) : (
          <Button variant="default" mt="xs" onClick={() => setMore(true)}>
            <FormattedMessage id="room.moreMessages" />
          </Button>
        ))}
    </>
  );
}

function NextPage({ proposalId, after, thread }: { proposalId: string; after: string; thread: Thread }) {
  const [{ data, error }] = useQuery({ query: DealMessagesAfterDocument, variables: { id: proposalId, after }, context: PROPOSAL_TOUCHED });
  const refusal = useRefusal(error);
  if (refusal)
    return (
      <Text role="alert" c="red">
        <FormattedMessage id={refusal.id} values={refusal.values} />
      </Text>
    );
  return data ? <MessagePage proposalId={proposalId} page={data.proposalMessages} thread={thread} /> : null;
}

function PostMessage({ proposalId }: { proposalId: string }) {
  const intl = useIntl();
  const [body, setBody] = useState('');
  const [posted, post] = useMutation(PostProposalMessageDocument);
  const refusal = useRefusal(posted.error);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!body.trim()) return;
        // What was typed stays until the API has taken it.
        void post({ input: { proposalId, body: body.trim() } }, PROPOSAL_TOUCHED).then((r) => !r.error && setBody(''));
      }}
    >
      <Stack gap="xs" mt="md">
        <Textarea
          label={intl.formatMessage({ id: 'room.newMessage' })}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={5000}
          required
        />
        {refusal && (
          <Text role="alert" c="red" size="sm">
            <FormattedMessage id={refusal.fields['input.body']?.id ?? refusal.id} values={refusal.fields['input.body']?.values ?? refusal.values} />
          </Text>
        )}
        <Group>
          <Button type="submit" loading={posted.fetching}>
            <FormattedMessage id="room.send" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
