import { Alert, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { PageTitle } from '../common/PageTitle';
import { isAdministrator } from '../session/memberships';
import { useSession } from '../session/SessionProvider';

/**
 * An administrators' page: others are told it is not theirs (the API refuses them its queries and
 * steps in any case) and see nothing of it.
 */
export function AdminOnly({ title, children }: { title: string; children: ReactNode }) {
  const intl = useIntl();
  const { user } = useSession();
  if (isAdministrator(user)) return <>{children}</>;
  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <Alert color="gray" role="alert" title={intl.formatMessage({ id: 'state.unavailable' })}>
        <Text>
          <FormattedMessage id="admin.refused" />
        </Text>
      </Alert>
    </>
  );
}
