import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { Link } from 'wouter';
import { useConfirmation } from '../common/ConfirmDialog';
import { useRefusal } from '../common/useRefusal';
import type { OfferAction, OfferStatus } from '../gql/types';
import { EDITABLE_OFFER } from './offer-draft';
import { ReopenOfferDocument, SubmitOfferDocument, WithdrawOfferDocument } from './workspace.generated';

interface OwnedOffer {
  id: string;
  version: number;
  status: OfferStatus;
  availableActions: OfferAction[];
  returnReason: string | null;
}

/**
 * What the donor does with their offer: the moderator's reasons when it came back, and the steps
 * the API offers now (`availableActions`).
 */
export function OfferOwnerPanel({ offer, onChanged }: { offer: OwnedOffer; onChanged: () => void }) {
  const intl = useIntl();
  const confirmation = useConfirmation();
  const [submitted, submit] = useMutation(SubmitOfferDocument);
  const [reopened, reopen] = useMutation(ReopenOfferDocument);
  const [withdrawn, withdraw] = useMutation(WithdrawOfferDocument);
  const refusal = useRefusal(submitted.error ?? reopened.error ?? withdrawn.error);
  const input = { offerId: offer.id, expectedVersion: offer.version };
  // A refusal (someone else changed it, or it moved on) is said below; either way show it as it is now.
  const after = () => onChanged();
  const editable = EDITABLE_OFFER.includes(offer.status);
  // Withdrawn or exhausted, with nothing to do: no empty box.
  if (!editable && offer.availableActions.length === 0 && offer.status !== 'SUBMITTED' && !refusal) return null;
  return (
    <Paper withBorder p="md" component="section" aria-label={intl.formatMessage({ id: 'offerWorkspace.panelLabel' })}>
      <Stack gap="md">
        {offer.status === 'RETURNED' && offer.returnReason && (
          <Alert color="orange" title={intl.formatMessage({ id: 'workspace.returnedTitle' })}>
            <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
              {offer.returnReason}
            </Text>
          </Alert>
        )}
        {offer.status === 'SUBMITTED' && (
          <Text size="sm">
            <FormattedMessage id="offerWorkspace.awaitingModeration" />
          </Text>
        )}
        {refusal && (
          <Alert color="red" role="alert">
            <FormattedMessage id={refusal.id} values={refusal.values} />
          </Alert>
        )}
        <Group gap="sm">
          {editable && (
            <Button component={Link} href={`/offers/${offer.id}/edit`} variant="default">
              <FormattedMessage id="workspace.edit" />
            </Button>
          )}
          {offer.availableActions.includes('SUBMIT') && (
            <Button loading={submitted.fetching} onClick={() => void submit({ input }).then(after)}>
              <FormattedMessage id={offer.status === 'RETURNED' ? 'workspace.resubmit' : 'workspace.submit'} />
            </Button>
          )}
          {offer.availableActions.includes('REOPEN') && (
            <Button loading={reopened.fetching} onClick={() => void reopen({ input }).then(after)}>
              <FormattedMessage id="offerWorkspace.reopen" />
            </Button>
          )}
          {offer.availableActions.includes('WITHDRAW') && (
            <Button
              variant="subtle"
              color="red"
              loading={withdrawn.fetching}
              onClick={() =>
                void confirmation
                  .ask({
                    message: intl.formatMessage({ id: 'offerWorkspace.withdrawConfirm' }),
                    confirmLabel: intl.formatMessage({ id: 'workspace.withdraw' }),
                  })
                  .then((yes) => {
                    if (yes) void withdraw({ input }).then(after);
                  })
              }
            >
              <FormattedMessage id="workspace.withdraw" />
            </Button>
          )}
          {confirmation.dialog}
        </Group>
      </Stack>
    </Paper>
  );
}
