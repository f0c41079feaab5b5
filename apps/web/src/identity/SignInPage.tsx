import { Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocation, useSearch } from 'wouter';
import { PageTitle } from '../common/PageTitle';
import { safeNext } from './safe-next';
import type { SessionUserFragment } from './session.generated';
import { SignInForm } from './SignInForm';

/** Without a page to come back to, whoever acts for an organisation (focal point, donor, UNODA, reviewer, administrator) lands on what waits for them. */
const landingOf = (user: SessionUserFragment) => (user.memberships.length > 0 ? '/my' : '/');

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
