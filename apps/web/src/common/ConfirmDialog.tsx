import { Button, Group, Modal, Text } from '@mantine/core';
import { useCallback, useRef, useState, type ReactElement } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

export interface Confirmation {
  /** The question, with what the step does: a catalogue's message, already formatted. */
  message: string;
  /** The button that takes the step: the step's own name (a catalogue's message). */
  confirmLabel: string;
}

/**
 * Asks before a step that cannot be taken back, in the page's language and direction (not the
 * browser's `window.confirm`): a labelled dialog (Mantine's Modal: focus kept inside, Escape or
 * "Cancel" answers no, focus goes back to the button that asked). `ask` answers true when the
 * person confirms; render `dialog` beside the button.
 */
export function useConfirmation(): { ask: (confirmation: Confirmation) => Promise<boolean>; dialog: ReactElement } {
  const intl = useIntl();
  const [opened, setOpened] = useState(false);
  // Kept while the dialog closes, so its words do not vanish before it does.
  const [asking, setAsking] = useState<Confirmation | null>(null);
  const answer = useRef<(confirmed: boolean) => void>(undefined);
  const ask = useCallback(
    (confirmation: Confirmation) =>
      new Promise<boolean>((resolve) => {
        answer.current?.(false);
        answer.current = resolve;
        setAsking(confirmation);
        setOpened(true);
      }),
    [],
  );
  const close = (confirmed: boolean) => {
    answer.current?.(confirmed);
    answer.current = undefined;
    setOpened(false);
  };
  const dialog = (
    <Modal opened={opened} onClose={() => close(false)} title={intl.formatMessage({ id: 'confirm.title' })} withCloseButton={false} centered>
      <Text mb="lg">{asking?.message}</Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={() => close(false)} data-autofocus>
          <FormattedMessage id="confirm.cancel" />
        </Button>
        <Button color="red" onClick={() => close(true)}>
          {asking?.confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
  return { ask, dialog };
}
