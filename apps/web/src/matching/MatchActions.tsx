import { Alert, Button, Group, Paper, Stack, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { useRefusal } from '../common/useRefusal';
import type { MatchAction } from '../gql/types';
import type { MessageId } from '../i18n/messages';
import { AcceptInterestDocument, ConfirmMatchDocument, DeclineInterestDocument, DismissMatchDocument, ExpressInterestDocument } from './workspace.generated';

interface Step {
  action: MatchAction;
  id: MessageId;
  done: MessageId;
  primary?: boolean;
  run: () => Promise<{ error?: unknown }>;
}

interface ActionableMatch {
  id: string;
  version: number;
  needId: string;
  offerId: string;
  availableActions: MatchAction[];
}

/**
 * What the viewer may do with a match now, as the API says (`availableActions`): a donor tells the
 * State of their interest, the State accepts or declines it, UNODA confirms or dismisses. Each
 * comes with a word to the other side, which the API records and passes on.
 */
export function MatchActions({ match, onChanged }: { match: ActionableMatch; onChanged: () => void }) {
  const intl = useIntl();
  const [message, setMessage] = useState('');
  const [done, setDone] = useState<MessageId | null>(null);
  const [interest, express] = useMutation(ExpressInterestDocument);
  const [accepted, accept] = useMutation(AcceptInterestDocument);
  const [declined, decline] = useMutation(DeclineInterestDocument);
  const [confirmed, confirm] = useMutation(ConfirmMatchDocument);
  const [dismissed, dismiss] = useMutation(DismissMatchDocument);
  const results = [interest, accepted, declined, confirmed, dismissed];
  const refusal = useRefusal(results.find((r) => r.error)?.error);
  const busy = results.some((r) => r.fetching);
  const can = (action: MatchAction) => match.availableActions.includes(action);
  const decision = { matchId: match.id, expectedVersion: match.version, reason: message.trim() || null };
  const steps: Step[] = [
    {
      action: 'EXPRESS_INTEREST',
      id: 'matchActions.express',
      done: 'matchActions.expressed',
      primary: true,
      run: () => express({ input: { needId: match.needId, offerId: match.offerId, message: decision.reason } }),
    },
    { action: 'ACCEPT_INTEREST', id: 'matchActions.accept', done: 'matchActions.accepted', primary: true, run: () => accept({ input: decision }) },
    { action: 'DECLINE_INTEREST', id: 'matchActions.decline', done: 'matchActions.declined', run: () => decline({ input: decision }) },
    { action: 'CONFIRM', id: 'matchActions.confirm', done: 'matchActions.confirmed', primary: true, run: () => confirm({ input: decision }) },
    { action: 'DISMISS', id: 'matchActions.dismiss', done: 'matchActions.dismissed', run: () => dismiss({ input: decision }) },
  ];
  const actions = steps.filter((step) => can(step.action));
  if (actions.length === 0) {
    return done ? (
      <Alert color="green" role="status">
        <FormattedMessage id={done} />
      </Alert>
    ) : null;
  }
  const messageLabel = can('EXPRESS_INTEREST') ? 'matchActions.messageToState' : can('ACCEPT_INTEREST') ? 'matchActions.messageToDonor' : 'matchActions.reason';

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="match-actions">
      <Stack gap="sm">
        <Title order={2} size="h4" id="match-actions">
          <FormattedMessage id={can('ACCEPT_INTEREST') ? 'matchActions.answerTitle' : 'matchActions.title'} />
        </Title>
        <Textarea
          label={intl.formatMessage({ id: messageLabel })}
          description={intl.formatMessage({ id: can('DISMISS') ? 'matchActions.reasonRequiredToDismiss' : 'matchActions.messageHint' })}
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
        />
        {refusal && (
          <Alert color="red" role="alert">
            <FormattedMessage id={refusal.id} values={refusal.values} />
          </Alert>
        )}
        <Group gap="sm">
          {actions.map((a) => (
            <Button
              key={a.action}
              variant={a.primary ? 'filled' : 'default'}
              disabled={busy}
              onClick={() =>
                void a.run().then((r) => {
                  if (!r.error) setMessage('');
                  setDone(r.error ? null : a.done);
                  // Refused or not, show the match as it is now.
                  onChanged();
                })
              }
            >
              <FormattedMessage id={a.id} />
            </Button>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
