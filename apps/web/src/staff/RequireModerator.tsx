import { Alert, Button, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { PageTitle } from '../common/PageTitle';
import type { MessageId } from '../i18n/messages';
import { useSession } from '../session/SessionProvider';
import { isModerator } from '../session/memberships';

/**
 * A staff page: UNODA's moderators see it; anyone else is told it is not theirs (the API would
 * refuse its queries too), with the way back to their own home.
 */
export function RequireModerator({ heading: title, children }: { heading: MessageId; children: ReactNode }) {
  const intl = useIntl();
  const { user } = useSession();
  if (isModerator(user)) return <>{children}</>;
  const heading = intl.formatMessage({ id: title });
  return (
    <Stack gap="md">
      <PageTitle documentTitle={heading}>{heading}</PageTitle>
      <Alert color="gray" title={intl.formatMessage({ id: 'staff.refusedTitle' })} role="alert">
        <Stack gap="sm" align="flex-start">
          <Text>
            <FormattedMessage id="staff.refused" />
          </Text>
          <Button component={Link} href="/my" variant="default">
            <FormattedMessage id="staff.backHome" />
          </Button>
        </Stack>
      </Alert>
    </Stack>
  );
}
