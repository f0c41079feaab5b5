import { Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocation, useSearch } from 'wouter';
import { PageTitle } from '../common/PageTitle';
import { donorOrganisation } from '../session/memberships';
import { myState } from '../session/memberships';
import { isModerator } from '../staff/staff-access';
import { safeNext } from './safe-next';
import type { SessionUserFragment } from './session.generated';
import { SignInForm } from './SignInForm';

/** Without a page to come back to, a focal point, a donor or UNODA's moderator lands on what waits for them. */
const landingOf = (user: SessionUserFragment) => (myState(user) || donorOrganisation(user) || isModerator(user) ? '/my' : '/');

export default function SignInPage() {
  const intl = useIntl();
  const [, navigate] = useLocation();
  const asked = new URLSearchParams(useSearch()).get('next');
  return (
    <>
      <PageTitle documentTitle={intl.formatMessage({ id: 'signIn.title' })}>
        <FormattedMessage id="signIn.title" />
      </PageTitle>
      <Text mb="md" c="dimmed">
        <FormattedMessage id="signIn.intro" />
      </Text>
      <SignInForm onSignedIn={(user) => navigate(asked ? safeNext(asked) : landingOf(user), { replace: true })} />
    </>
  );
}
