import { Divider, Stack } from '@mantine/core';
import { useIntl } from 'react-intl';
import { PageTitle } from '../common/PageTitle';
import { DashboardLinkSection } from './DashboardLinkSection';
import { FailedEmailsSection } from './FailedEmailsSection';
import { RematchSection } from './RematchSection';
import { RequireModerator } from './RequireModerator';

/** `/staff/operations`: full rematch with its progress, failed e-mails with re-drive, the queue dashboard. */
export default function OperationsPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'operations.title' });
  return (
    <RequireModerator heading="operations.title">
      <Stack gap="lg">
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <RematchSection />
        <Divider />
        <FailedEmailsSection />
        <Divider />
        <DashboardLinkSection />
      </Stack>
    </RequireModerator>
  );
}
