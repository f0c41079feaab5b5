import { Anchor, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { useEnumLabel } from '../common/labels';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { SearchBox } from '../common/SearchBox';
import { useDates } from '../common/useDates';
import type { OrganisationType } from '../gql/types';
import { useStateNames } from '../proposals/useStateNames';
import { AdminOnly } from './AdminOnly';
import { AdminOrganisationsDocument, type AdminOrganisationFragment } from './admin.generated';
import { ORGANISATION_TYPES, OrganisationForm } from './OrganisationForm';
import { ResponsiveTable } from './ResponsiveTable';

/** `/admin/organisations`: every organisation by type, searched by name, acronym or State (`?q=`, `?type=` in the URL); a new one. */
export default function OrganisationsPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'admin.organisationsTitle' });
  return (
    <AdminOnly title={title}>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <Organisations />
    </AdminOnly>
  );
}

function Organisations() {
  const intl = useIntl();
  const label = useEnumLabel();
  const [location, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const q = params.get('q') ?? '';
  const type = (ORGANISATION_TYPES as string[]).includes(params.get('type') ?? '') ? (params.get('type') as OrganisationType) : null;
  const [creating, setCreating] = useState(false);
  const [{ data, error }, refetch] = useQuery({ query: AdminOrganisationsDocument, requestPolicy: 'cache-and-network' });
  const stateName = useStateNames();
  const go = (next: { q?: string; type?: string | null }) => {
    const p = new URLSearchParams();
    const nq = next.q ?? q;
    const nt = next.type === undefined ? type : next.type;
    if (nq.trim()) p.set('q', nq.trim());
    if (nt) p.set('type', nt);
    navigate(`${location}${p.size ? `?${p}` : ''}`, { replace: true });
  };
  if (error && !data) return <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  const needle = q.toLocaleLowerCase(intl.locale);
  const shown = (data?.organisations ?? []).filter(
    (o) =>
      (!type || o.type === type) &&
      (!needle ||
        [o.name, o.acronym ?? '', o.stateIso3 ? stateName(o.stateIso3) : '', o.regionalOrganisationCode ?? ''].some((s) =>
          s.toLocaleLowerCase(intl.locale).includes(needle),
        )),
  );
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group gap="md" align="flex-end" wrap="wrap">
          <SearchBox
            value={q}
            onSearch={(next) => go({ q: next })}
            label={intl.formatMessage({ id: 'admin.search' })}
            description={intl.formatMessage({ id: 'admin.searchHint' })}
          />
          <NativeSelect
            mb="md"
            label={intl.formatMessage({ id: 'admin.type' })}
            value={type ?? ''}
            onChange={(e) => go({ type: e.currentTarget.value || null })}
            data={[
              { value: '', label: intl.formatMessage({ id: 'admin.allTypes' }) },
              ...ORGANISATION_TYPES.map((t) => ({ value: t, label: label('organisationType', t) })),
            ]}
          />
        </Group>
        {!creating && (
          <Button mb="md" onClick={() => setCreating(true)}>
            <FormattedMessage id="admin.newOrganisation" />
          </Button>
        )}
      </Group>
      {creating && <OrganisationForm onCreated={(id) => navigate(`/admin/organisations/${id}?created=1`)} onCancel={() => setCreating(false)} />}
      {!data ? (
        <PageLoading />
      ) : shown.length === 0 ? (
        <EmptyState title={<FormattedMessage id="admin.noOrganisations" />} hint={<FormattedMessage id="admin.noOrganisationsHint" />} />
      ) : (
        ORGANISATION_TYPES.filter((t) => shown.some((o) => o.type === t)).map((t) => (
          <TypeGroup key={t} type={t} organisations={shown.filter((o) => o.type === t)} />
        ))
      )}
    </Stack>
  );
}

function TypeGroup({ type, organisations }: { type: OrganisationType; organisations: AdminOrganisationFragment[] }) {
  const label = useEnumLabel();
  const dates = useDates();
  const stateName = useStateNames();
  const id = `organisations-${type}`;
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="xs">
        <FormattedMessage id="admin.typeCount" values={{ type: label('organisationType', type), count: organisations.length }} />
      </Title>
      <ResponsiveTable
        columns={['admin.colName', 'admin.colAcronym', 'admin.colStateOrCode', 'admin.colCreated']}
        rows={[...organisations]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((o) => ({
            key: o.id,
            cells: [
              <Anchor key="name" component={Link} href={`/admin/organisations/${o.id}`} fw={600} dir="auto">
                {o.name}
              </Anchor>,
              <bdi key="acronym">{o.acronym ?? ''}</bdi>,
              o.stateIso3 ? stateName(o.stateIso3) : <bdi key="code">{o.regionalOrganisationCode ?? ''}</bdi>,
              <Text key="created" span size="sm">
                {dates.instant(o.createdAt)}
              </Text>,
            ],
          }))}
      />
    </section>
  );
}
