import { Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { useSearch } from 'wouter';
import { useLocale } from '../app/LocaleProvider';
import { Facts } from '../common/Facts';
import { useEnumLabel } from '../common/labels';
import { PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { useRefusal } from '../common/useRefusal';
import { InvitationPreviewDocument } from './invitation.generated';
import { formatInstant } from '../i18n/format';
import { fromApiLanguage } from '../i18n/locales';
import { AcceptInvitationForm } from './AcceptInvitationForm';
import { InvitationUnusable } from './InvitationUnusable';

/**
 * `/invitations/accept?token=`: who is invited, into which organisation and role; while the link
 * is usable, the form that sets the password and signs the person in. The page speaks the
 * invitation's language unless this device already chose one.
 */
export default function InvitationPage() {
  const intl = useIntl();
  const label = useEnumLabel();
  const { suggestLocale } = useLocale();
  const token = new URLSearchParams(useSearch()).get('token')?.trim() ?? '';
  const [{ data, error }, refetch] = useQuery({ query: InvitationPreviewDocument, variables: { token }, pause: !token, requestPolicy: 'network-only' });
  const refusal = useRefusal(error);
  const invitation = data?.invitation;

  const language = invitation ? fromApiLanguage(invitation.preferredLanguage) : null;
  useEffect(() => {
    if (language) suggestLocale(language);
  }, [language, suggestLocale]);

  // A link that is not genuine (cut short, mistyped, forged) says only that.
  if (!token || refusal?.code === 'BAD_USER_INPUT') return <InvitationUnusable status="INVALID" />;
  if (error && !invitation) {
    return (
      <>
        <PageTitle documentTitle={intl.formatMessage({ id: 'invitation.title' })}>
          <FormattedMessage id="invitation.title" />
        </PageTitle>
        <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  }
  if (!invitation) return <PageLoading />;
  if (invitation.status !== 'PENDING') return <InvitationUnusable status={invitation.status} invitation={invitation} />;

  return (
    <Stack gap="lg" maw={640}>
      <div>
        <PageTitle documentTitle={intl.formatMessage({ id: 'invitation.title' })}>
          <FormattedMessage id="invitation.welcome" values={{ organisation: invitation.organisationName }} />
        </PageTitle>
        <Text>
          <FormattedMessage id="invitation.intro" values={{ role: label('role', invitation.role), organisation: invitation.organisationName }} />
        </Text>
      </div>
      <Facts
        items={[
          { key: 'name', term: <FormattedMessage id="invitation.name" />, value: <span dir="auto">{invitation.displayName}</span> },
          { key: 'email', term: <FormattedMessage id="invitation.email" />, value: <bdi style={{ overflowWrap: 'anywhere' }}>{invitation.email}</bdi> },
          { key: 'organisation', term: <FormattedMessage id="invitation.organisation" />, value: <span dir="auto">{invitation.organisationName}</span> },
          { key: 'role', term: <FormattedMessage id="invitation.role" />, value: label('role', invitation.role) },
          {
            key: 'expires',
            term: <FormattedMessage id="invitation.validUntil" />,
            value: <time dateTime={invitation.expiresAt}>{formatInstant(intl.locale, invitation.expiresAt)}</time>,
          },
        ]}
      />
      <AcceptInvitationForm token={token} invitation={invitation} onUnusable={() => refetch({ requestPolicy: 'network-only' })} />
    </Stack>
  );
}
