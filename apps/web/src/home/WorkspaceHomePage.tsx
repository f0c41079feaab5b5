import { Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { EmptyState } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { donorOrganisation, isAdministrator, isModerator, myState, reviewerCentres } from '../session/memberships';
import { useSession } from '../session/SessionProvider';
import { AdminHome } from '../admin/AdminHome';
import { DonorHome } from './DonorHome';
import { NpcHome } from './NpcHome';
import { ReviewerHome } from './ReviewerHome';
import { UnodaHome } from './UnodaHome';

/** `/my`: what waits for a State's focal point, a donor's desk officer or UNODA's moderator, by what they are. */
export default function WorkspaceHomePage() {
  const intl = useIntl();
  const { user } = useSession();
  const state = myState(user);
  const donor = donorOrganisation(user);
  const admin = isAdministrator(user);
  const reviewer = reviewerCentres(user).length > 0;
  const organisations = user?.memberships.map((m) => m.organisation.id) ?? [];
  const title = intl.formatMessage({ id: 'workspaceHome.title' });
  return (
    <Stack gap="lg">
      <div>
        <PageTitle documentTitle={title}>{title}</PageTitle>
        {user && (
          <Text c="dimmed">
            <FormattedMessage id="workspaceHome.for" values={{ organisations: [...new Set(user.memberships.map((m) => m.organisation.name))].join(' · ') }} />
          </Text>
        )}
      </div>
      {state && <NpcHome state={state} organisations={organisations} />}
      {donor && <DonorHome organisation={donor.id} organisations={organisations} />}
      {reviewer && <ReviewerHome />}
      {admin && <AdminHome />}
      {isModerator(user) && <UnodaHome />}
      {!state && !donor && !reviewer && !admin && !isModerator(user) && (
        <EmptyState title={<FormattedMessage id="workspaceHome.nothing" />} hint={<FormattedMessage id="workspaceHome.nothingHint" />} />
      )}
    </Stack>
  );
}
