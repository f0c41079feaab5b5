import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { useDates } from '../common/useDates';
import { useRefusal } from '../common/useRefusal';
import type { MessageId } from '../i18n/messages';
import { PROPOSAL_TOUCHED } from './room-parts';
import { ApproveReviewDocument, ProposalReviewDocument, ReturnFromReviewDocument } from './reviews.generated';

/**
 * The regional centre reviewer's technical review, where the API offers it (`availableActions`):
 * approve it (the proposal goes on the market) or return it to UNODA with comments (required).
 */
export function ReviewPanel({ proposalId, onDone }: { proposalId: string; onDone: (said: MessageId) => void }) {
  const intl = useIntl();
  const dates = useDates();
  const [{ data }] = useQuery({ query: ProposalReviewDocument, variables: { id: proposalId }, context: PROPOSAL_TOUCHED });
  // Kept across a refusal: what was typed is not lost.
  const [comments, setComments] = useState('');
  const [missing, setMissing] = useState(false);
  const [approved, approve] = useMutation(ApproveReviewDocument);
  const [returned, returnIt] = useMutation(ReturnFromReviewDocument);
  const refusal = useRefusal(approved.error ?? returned.error);
  const p = data?.proposal;
  if (!p) return null;
  const can = (action: string) => p.availableActions.includes(action as never);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="proposal-review">
      <Stack gap="sm">
        <Title order={2} size="h4" id="proposal-review">
          <FormattedMessage id="review.panelTitle" />
        </Title>
        <Text size="sm">
          {p.reviewDeadline ? (
            <FormattedMessage id="review.panelHintDue" values={{ date: dates.date(p.reviewDeadline) }} />
          ) : (
            <FormattedMessage id="review.panelHint" />
          )}
        </Text>
        {can('RETURN_FROM_REVIEW') && (
          <Textarea
            label={intl.formatMessage({ id: 'review.comments' })}
            description={intl.formatMessage({ id: 'review.commentsHint' })}
            value={comments}
            onChange={(e) => setComments(e.currentTarget.value)}
            error={missing ? intl.formatMessage({ id: 'review.commentsRequired' }) : undefined}
            autosize
            minRows={3}
            maxLength={2000}
          />
        )}
        {refusal && (
          <Alert color="red" role="alert">
            <FormattedMessage id={refusal.id} values={refusal.values} />
          </Alert>
        )}
        <Group gap="sm">
          {can('APPROVE_REVIEW') && (
            <Button
              loading={approved.fetching}
              onClick={() =>
                void approve({ input: { proposalId, expectedVersion: p.version } }, PROPOSAL_TOUCHED).then((r) => !r.error && onDone('review.approved'))
              }
            >
              <FormattedMessage id="review.approve" />
            </Button>
          )}
          {can('RETURN_FROM_REVIEW') && (
            <Button
              variant="default"
              loading={returned.fetching}
              onClick={() => {
                if (!comments.trim()) return setMissing(true);
                setMissing(false);
                void returnIt({ input: { proposalId, expectedVersion: p.version, reason: comments.trim() } }, PROPOSAL_TOUCHED).then(
                  (r) => !r.error && onDone('review.returned'),
                );
              }}
            >
              <FormattedMessage id="review.return" />
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
