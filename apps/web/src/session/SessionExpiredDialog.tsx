import { Modal, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { SignInForm } from '../identity/SignInForm';
import { useSession } from './SessionProvider';

/**
 * The session ran out while the page was open: say so and sign in again over the page, so what
 * the person was typing stays where it was.
 */
export function SessionExpiredDialog() {
  const intl = useIntl();
  const { status, user } = useSession();
  return (
    <Modal opened={status === 'expired'} onClose={() => undefined} withCloseButton={false} closeOnEscape={false} closeOnClickOutside={false} title={intl.formatMessage({ id: 'session.expiredTitle' })}>
      <Text mb="md">
        <FormattedMessage id="session.expiredBody" />
      </Text>
      <SignInForm email={user?.email} onSignedIn={() => undefined} />
    </Modal>
  );
}
