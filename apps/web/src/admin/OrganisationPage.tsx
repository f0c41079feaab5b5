import { Anchor, Box, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link, useParams, useSearch } from 'wouter';
import { Facts } from '../common/Facts';
import { useEnumLabel } from '../common/labels';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { StatusBadge } from '../common/StatusBadge';
import { useDates } from '../common/useDates';
import { useStateNames } from '../proposals/useStateNames';
import { AdminOnly } from './AdminOnly';
import { AdminOrganisationMembersDocument, type AdminMemberFragment } from './admin.generated';
import { InviteForm } from './InviteForm';
import { MemberActions } from './MemberActions';
import { ResponsiveTable } from './ResponsiveTable';

/** `/admin/organisations/:id`: an organisation, its members with their roles and status, invitations not yet accepted; invite a person. */
export default function OrganisationPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'admin.organisationTitle' });
  return (
    <AdminOnly title={title}>
      <Organisation />
    </AdminOnly>
  );
}

function Organisation() {
  const intl = useIntl();
  const label = useEnumLabel();
  const dates = useDates();
  const stateName = useStateNames();
  const { id } = useParams<{ id: string }>();
  const created = new URLSearchParams(useSearch()).has('created');
  const [{ data, error }, refetch] = useQuery({ query: AdminOrganisationMembersDocument, variables: { id }, requestPolicy: 'cache-and-network' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error && !data) {
    const title = intl.formatMessage({ id: 'admin.organisationTitle' });
    return (
      <>
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <PageError error={error} retry={reload} />
      </>
    );
  }
  if (!data) return <PageLoading />;
  const o = data.organisation;
  const members = o.memberships.filter((m) => m.user.status !== 'INVITED');
  const pending = o.memberships.filter((m) => m.user.status === 'INVITED');
  const person = (m: AdminMemberFragment) => (
    <Stack gap={0} key="person">
      <Text fw={600} dir="auto">
        {m.user.displayName}
      </Text>
      <Text size="sm" c="dimmed">
        <bdi>{m.user.email}</bdi>
      </Text>
    </Stack>
  );
  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} href="/admin/organisations" size="sm">
          <FormattedMessage id="admin.backToOrganisations" />
        </Anchor>
        <PageTitle documentTitle={o.name}>
          <span dir="auto">{o.name}</span>
        </PageTitle>
        {created && (
          <Text role="status" fw={600}>
            <FormattedMessage id="admin.created" />
          </Text>
        )}
        <Facts
          items={[
            { key: 'type', term: <FormattedMessage id="admin.type" />, value: label('organisationType', o.type) },
            { key: 'acronym', term: <FormattedMessage id="admin.acronym" />, value: o.acronym ? <bdi>{o.acronym}</bdi> : null },
            { key: 'state', term: <FormattedMessage id="admin.state" />, value: o.stateIso3 ? stateName(o.stateIso3) : null },
            {
              key: 'code',
              term: <FormattedMessage id="admin.regionalOrganisation" />,
              value: o.regionalOrganisationCode ? <bdi>{o.regionalOrganisationCode}</bdi> : null,
            },
            { key: 'created', term: <FormattedMessage id="admin.colCreated" />, value: dates.instant(o.createdAt) },
            { key: 'roles', term: <FormattedMessage id="admin.roles" />, value: o.roles.map((r) => label('role', r)).join(' · ') },
          ].filter((f) => f.value !== null)}
        />
      </div>
      <InviteForm organisationId={o.id} roles={o.roles} onInvited={reload} />
      <section aria-labelledby="members">
        <Title order={2} size="h4" id="members" mb="xs">
          <FormattedMessage id="admin.members" values={{ count: members.length }} />
        </Title>
        {members.length === 0 ? (
          <EmptyState title={<FormattedMessage id="admin.noMembers" />} hint={<FormattedMessage id="admin.noMembersHint" />} />
        ) : (
          <ResponsiveTable
            columns={['admin.colPerson', 'admin.role', 'admin.colStatus', 'admin.colLastSignIn', 'admin.colActions']}
            rows={members.map((m) => ({
              key: m.id,
              cells: [
                person(m),
                label('role', m.role),
                <Box key="status" w="max-content">
                  <StatusBadge family="userStatus" status={m.user.status} />
                </Box>,
                m.user.lastLoginAt ? dates.instant(m.user.lastLoginAt) : <FormattedMessage key="never" id="admin.never" />,
                <MemberActions key="actions" member={m} onChanged={reload} />,
              ],
            }))}
          />
        )}
      </section>
      <section aria-labelledby="pending">
        <Title order={2} size="h4" id="pending" mb="xs">
          <FormattedMessage id="admin.pending" values={{ count: pending.length }} />
        </Title>
        {pending.length === 0 ? (
          <Text c="dimmed" size="sm">
            <FormattedMessage id="admin.noPending" />
          </Text>
        ) : (
          <ResponsiveTable
            columns={['admin.colPerson', 'admin.role', 'admin.colInvited', 'admin.colActions']}
            rows={pending.map((m) => ({
              key: m.id,
              cells: [person(m), label('role', m.role), dates.instant(m.createdAt), <MemberActions key="actions" member={m} onChanged={reload} />],
            }))}
          />
        )}
      </section>
    </Stack>
  );
}
