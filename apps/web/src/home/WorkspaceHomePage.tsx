import { Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { EmptyState } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { donorOrganisation } from '../session/memberships';
import { myState } from '../session/memberships';
import { useSession } from '../session/SessionProvider';
import { DonorHome } from './DonorHome';
import { NpcHome } from './NpcHome';
import { UnodaHome } from './UnodaHome';
import { isModerator } from '../staff/staff-access';

/** `/my`: what waits for a State's focal point, a donor's desk officer or UNODA's moderator, by what they are. */
export default function WorkspaceHomePage() {
  const intl = useIntl();
  const { user } = useSession();
  const state = myState(user);
  const donor = donorOrganisation(user);
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
      {isModerator(user) && <UnodaHome />}
      {!state && !donor && !isModerator(user) && <EmptyState title={<FormattedMessage id="workspaceHome.nothing" />} hint={<FormattedMessage id="workspaceHome.nothingHint" />} />}
    </Stack>
  );
}
