import { Alert, Button, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { useLocation } from 'wouter';
import { useRefusal } from '../common/useRefusal';
import type { InvitationPreviewQuery } from './invitation.generated';
import { AcceptInvitationDocument } from './session.generated';
import type { MessageId } from '../i18n/messages';
import { session } from '../session/session-store';
import { confirmationMatches, PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from './password-rules';

/**
 * Name and password for an invitation. The rule is checked here first so the person hears at
 * once; the API's field errors land beside the same fields. Accepted: signed in, then home.
 */
export function AcceptInvitationForm({
  token,
  invitation,
  onUnusable,
}: {
  token: string;
  invitation: InvitationPreviewQuery['invitation'];
  onUnusable: () => void;
}) {
  const intl = useIntl();
  const [, navigate] = useLocation();
  const [{ fetching, error }, accept] = useMutation(AcceptInvitationDocument);
  const refusal = useRefusal(error);
  const [displayName, setDisplayName] = useState(invitation.displayName);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [checked, setChecked] = useState(false);
  // A server error belongs to the value it judged: typing a new one takes it away.
  const [judged, setJudged] = useState<{ displayName: string; password: string } | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);

  const problem = passwordProblem(password);
  const local: Record<'displayName' | 'password' | 'confirmation', MessageId | null> = {
    displayName: checked && !displayName.trim() ? 'invitation.nameRequired' : null,
    password: checked && problem ? (problem === 'tooShort' ? 'invitation.passwordTooShort' : 'invitation.passwordTooLong') : null,
    confirmation: checked && !confirmationMatches(password, confirmation) ? 'invitation.confirmationMismatch' : null,
  };
  const server = (field: 'displayName' | 'password', value: string) => {
    const f = refusal?.fields[`input.${field}`];
    if (!f || judged?.[field] !== value) return undefined;
    // A reason this release cannot say yet: the password rule in full is more use than "invalid".
    if (field === 'password' && f.id === 'refusal.fieldInvalid')
      return intl.formatMessage({ id: 'invitation.passwordRefused' }, { min: PASSWORD_MIN, max: PASSWORD_MAX });
    return intl.formatMessage({ id: f.id }, f.values);
  };
  const limits = { min: PASSWORD_MIN, max: PASSWORD_MAX };
  const errors = {
    displayName: local.displayName ? intl.formatMessage({ id: local.displayName }) : server('displayName', displayName),
    password: local.password ? intl.formatMessage({ id: local.password }, limits) : server('password', password),
    confirmation: local.confirmation ? intl.formatMessage({ id: local.confirmation }) : undefined,
  };
  const onFields = refusal ? Object.keys(refusal.fields).filter((f) => f === 'input.displayName' || f === 'input.password') : [];

  const submit = async () => {
    setChecked(true);
    const first = !displayName.trim()
      ? nameRef
      : passwordProblem(password)
        ? passwordRef
        : !confirmationMatches(password, confirmation)
          ? confirmationRef
          : null;
    if (first) return first.current?.focus();
    setJudged({ displayName, password });
    const result = await accept({ input: { token, password, displayName: displayName.trim() } });
    const payload = result.data?.acceptInvitation;
    if (payload) {
      session.accept(payload);
      navigate('/', { replace: true });
      return;
    }
    const extensions = result.error?.graphQLErrors[0]?.extensions;
    // Used, expired or withdrawn meanwhile: the page then says which.
    if (extensions?.code === 'CONFLICT') return onUnusable();
    const fields = Array.isArray(extensions?.fields) ? (extensions.fields as { field: string }[]) : [];
    if (fields.some((f) => f.field === 'input.displayName')) nameRef.current?.focus();
    else if (fields.some((f) => f.field === 'input.password')) passwordRef.current?.focus();
  };

  return (
    <form
      noValidate
      aria-labelledby="accept-invitation-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm" maw={460}>
        <Title order={2} size="h3" id="accept-invitation-heading">
          <FormattedMessage id="invitation.formTitle" />
        </Title>
        {refusal && onFields.length === 0 && (
          <Alert color="red" role="alert">
            <FormattedMessage id={refusal.id} values={refusal.values} />
          </Alert>
        )}
        <TextInput
          ref={nameRef}
          label={intl.formatMessage({ id: 'invitation.nameLabel' })}
          description={intl.formatMessage({ id: 'invitation.nameHint' })}
          autoComplete="name"
          required
          maxLength={200}
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          error={errors.displayName}
        />
        {/* The e-mail, read-only, so a password manager files the new password under it. */}
        <TextInput
          label={intl.formatMessage({ id: 'invitation.signInEmail' })}
          type="email"
          autoComplete="username"
          readOnly
          value={invitation.email}
          dir="ltr"
        />
        <PasswordInput
          visibilityToggleButtonProps={{ 'aria-label': intl.formatMessage({ id: 'signIn.togglePassword' }) }}
          ref={passwordRef}
          label={intl.formatMessage({ id: 'invitation.passwordLabel' })}
          description={intl.formatMessage({ id: 'invitation.passwordHint' }, { min: PASSWORD_MIN, max: PASSWORD_MAX })}
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={errors.password}
        />
        <PasswordInput
          visibilityToggleButtonProps={{ 'aria-label': intl.formatMessage({ id: 'signIn.togglePassword' }) }}
          ref={confirmationRef}
          label={intl.formatMessage({ id: 'invitation.confirmationLabel' })}
          autoComplete="new-password"
          required
          value={confirmation}
          onChange={(e) => setConfirmation(e.currentTarget.value)}
          error={errors.confirmation}
        />
        <Button type="submit" loading={fetching} style={{ alignSelf: 'flex-start' }}>
          <FormattedMessage id="invitation.submit" />
        </Button>
      </Stack>
    </form>
  );
}
