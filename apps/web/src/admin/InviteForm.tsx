import { Alert, Button, Code, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { useEnumLabel } from '../common/labels';
import { useFieldProblem, useRefusal } from '../common/useRefusal';
import type { Language, Role } from '../gql/types';
import { LOCALES, toApiLanguage } from '../i18n/locales';
import { InviteMemberDocument, type InviteMemberMutation } from './admin.generated';

/** Invite a person into the organisation, in one of the roles its type allows (`Organisation.roles`); the API's refusals beside their fields. */
export function InviteForm({ organisationId, roles, onInvited }: { organisationId: string; roles: Role[]; onInvited: () => void }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(roles[0] ?? 'NPC');
  const [language, setLanguage] = useState<Language>('EN');
  const [done, setDone] = useState<InviteMemberMutation['inviteUser'] | null>(null);
  const [invited, invite] = useMutation(InviteMemberDocument);
  const refusal = useRefusal(invited.error);
  const problem = useFieldProblem(refusal);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="invite-person">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void invite({ input: { organisationId, displayName: displayName.trim(), email: email.trim(), role, preferredLanguage: language } }).then((r) => {
            if (!r.data) return;
            setDone(r.data.inviteUser);
            setDisplayName('');
            setEmail('');
            onInvited();
          });
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="invite-person">
            <FormattedMessage id="admin.inviteTitle" />
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={intl.formatMessage({ id: 'admin.personName' })}
              value={displayName}
              onChange={(e) => setDisplayName(e.currentTarget.value)}
              required
              error={problem('displayName')}
              dir="auto"
            />
            <TextInput
              label={intl.formatMessage({ id: 'admin.email' })}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              required
              error={problem('email')}
              dir="ltr"
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={intl.formatMessage({ id: 'admin.role' })}
              value={role}
              onChange={(e) => setRole(e.currentTarget.value as Role)}
              data={roles.map((r) => ({ value: r, label: label('role', r) }))}
              error={problem('role')}
            />
            <NativeSelect
              label={intl.formatMessage({ id: 'admin.language' })}
              description={intl.formatMessage({ id: 'admin.languageHint' })}
              value={language}
              onChange={(e) => setLanguage(e.currentTarget.value as Language)}
              data={LOCALES.map((l) => ({ value: toApiLanguage(l), label: label('language', toApiLanguage(l)) }))}
            />
          </SimpleGrid>
          {refusal && !Object.keys(refusal.fields).length && (
            <Alert color="red" role="alert">
              <FormattedMessage id={refusal.id} values={refusal.values} />
            </Alert>
          )}
          {done && !invited.error && (
            <Alert color="teal" role="status">
              <Stack gap={4}>
                <Text>
                  <FormattedMessage
                    id={done.invitation ? 'admin.invited' : 'admin.granted'}
                    values={{
                      name: done.membership.user.displayName,
                      email: <bdi>{done.membership.user.email}</bdi>,
                      role: label('role', done.membership.role),
                    }}
                  />
                </Text>
                {done.acceptUrl && (
                  <Text size="sm">
                    <FormattedMessage id="admin.inviteLink" values={{ link: <Code style={{ overflowWrap: 'anywhere' }}>{done.acceptUrl}</Code> }} />
                  </Text>
                )}
              </Stack>
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={invited.fetching}>
              <FormattedMessage id="admin.invite" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
