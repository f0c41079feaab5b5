import { Button, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { PageTitle } from '../common/PageTitle';
import type { InvitationPreviewQuery } from './invitation.generated';
import { formatInstant } from '../i18n/format';
import { useSession } from '../session/SessionProvider';

type Status = 'EXPIRED' | 'USED' | 'REVOKED' | 'INVALID';

const TEXT = {
  EXPIRED: { title: 'invitation.expiredTitle', body: 'invitation.expiredBody', next: 'invitation.expiredNext' },
  USED: { title: 'invitation.usedTitle', body: 'invitation.usedBody', next: 'invitation.usedNext' },
  REVOKED: { title: 'invitation.revokedTitle', body: 'invitation.revokedBody', next: 'invitation.revokedNext' },
  INVALID: { title: 'invitation.invalidTitle', body: 'invitation.invalidBody', next: 'invitation.invalidNext' },
} as const;

/**
 * A link that can no longer be used: what happened, and whom to ask. Someone whose invitation
 * was used already has an account: they are offered sign-in with their e-mail.
 */
export function InvitationUnusable({ status, invitation }: { status: Status; invitation?: InvitationPreviewQuery['invitation'] }) {
  const intl = useIntl();
  const session = useSession();
  const text = TEXT[status];
  const values = {
    organisation: invitation?.organisationName ?? '',
    email: <bdi>{invitation?.email ?? ''}</bdi>,
    date: invitation ? formatInstant(intl.locale, invitation.expiresAt) : '',
  };
  return (
    <Stack gap="md" maw={640} align="flex-start">
      <PageTitle documentTitle={intl.formatMessage({ id: text.title })}>
        <FormattedMessage id={text.title} />
      </PageTitle>
      <Text>
        <FormattedMessage id={text.body} values={values} />
      </Text>
      <Text>
        <FormattedMessage id={text.next} values={values} />
      </Text>
      {status === 'USED' && session.status !== 'signedIn' ? (
        <Button component={Link} href="/sign-in">
          <FormattedMessage id="invitation.signIn" />
        </Button>
      ) : (
        <Button component={Link} href="/" variant="default">
          <FormattedMessage id="invitation.home" />
        </Button>
      )}
    </Stack>
  );
}
