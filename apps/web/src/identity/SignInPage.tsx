import { Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocation, useSearch } from 'wouter';
import { PageTitle } from '../common/PageTitle';
import { safeNext } from './safe-next';
import { SignInForm } from './SignInForm';

export default function SignInPage() {
  const intl = useIntl();
  const [, navigate] = useLocation();
  const next = safeNext(new URLSearchParams(useSearch()).get('next'));
  return (
    <>
      <PageTitle documentTitle={intl.formatMessage({ id: 'signIn.title' })}>
        <FormattedMessage id="signIn.title" />
      </PageTitle>
      <Text mb="md" c="dimmed">
        <FormattedMessage id="signIn.intro" />
      </Text>
      <SignInForm onSignedIn={() => navigate(next, { replace: true })} />
    </>
  );
}
