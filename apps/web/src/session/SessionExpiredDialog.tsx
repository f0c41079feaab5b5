import { Modal, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { PageLoading } from '../common/PageState';
import { useSession } from './SessionProvider';

// Loaded when a session runs out, not with every page.
const SignInForm = lazy(() => import('../identity/SignInForm').then((m) => ({ default: m.SignInForm })));

/**
 * The session ran out while the page was open: say so and sign in again over the page, so what
 * the person was typing stays where it was.
 */
export function SessionExpiredDialog() {
  const intl = useIntl();
  const { status, user } = useSession();
  return (
    <Modal
      opened={status === 'expired'}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title={intl.formatMessage({ id: 'session.expiredTitle' })}
    >
      <Text mb="md">
        <FormattedMessage id="session.expiredBody" />
      </Text>
      {status === 'expired' && (
        <Suspense fallback={<PageLoading />}>
          <SignInForm email={user?.email} onSignedIn={() => undefined} />
        </Suspense>
      )}
    </Modal>
  );
}
