import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { useRefusal } from '../common/useRefusal';
import { SignInDocument, type SessionUserFragment } from './session.generated';
import { session } from '../session/session-store';

/** E-mail and password; on success the session holds the new token and `onSignedIn` runs. */
export function SignInForm({ onSignedIn, email: knownEmail }: { onSignedIn: (user: SessionUserFragment) => void; email?: string }) {
  const intl = useIntl();
  const [{ fetching, error }, signIn] = useMutation(SignInDocument);
  const refusal = useRefusal(error);
  const [email, setEmail] = useState(knownEmail ?? '');
  const [password, setPassword] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void signIn({ input: { email, password } }).then((r) => {
          if (r.data) {
            session.accept(r.data.login);
            onSignedIn(r.data.login.user);
          }
        });
      }}
    >
      <Stack gap="sm" maw={420}>
        {refusal && (
          <Alert color="red" role="alert">
            <FormattedMessage id={refusal.id} values={refusal.values} />
          </Alert>
        )}
        <TextInput
          label={intl.formatMessage({ id: 'signIn.email' })}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        <PasswordInput
          visibilityToggleButtonProps={{ 'aria-label': intl.formatMessage({ id: 'signIn.togglePassword' }) }}
          label={intl.formatMessage({ id: 'signIn.password' })}
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <Button type="submit" loading={fetching}>
          <FormattedMessage id="signIn.submit" />
        </Button>
      </Stack>
    </form>
  );
}
