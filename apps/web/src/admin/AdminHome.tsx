import { Anchor, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useEnumLabel } from '../common/labels';
import { PageError, PageLoading } from '../common/PageState';
import { useDates } from '../common/useDates';
import { WaitingCard } from '../home/WaitingCard';
import { AdminHomeDocument } from './admin.generated';
import { ORGANISATION_TYPES } from './OrganisationForm';

/** An administrator's home: organisations by type, invitations not yet accepted (newest first), when the rates last changed. */
export function AdminHome() {
  const intl = useIntl();
  const label = useEnumLabel();
  const dates = useDates();
  const [{ data, error }, refetch] = useQuery({ query: AdminHomeDocument, requestPolicy: 'cache-and-network' });
  if (error && !data) return <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageLoading />;
  const invited = data.users.filter((u) => u.status === 'INVITED').sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const lastSet = data.exchangeRates.reduce<(typeof data.exchangeRates)[number] | null>(
    (newest, r) => (!newest || r.createdAt > newest.createdAt ? r : newest),
    null,
  );
  const currencies = new Set(data.exchangeRates.map((r) => r.currencyCode)).size;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group gap="lg" component="nav" aria-label={intl.formatMessage({ id: 'admin.organisationsByType' })} wrap="wrap">
          {ORGANISATION_TYPES.map((type) => (
            <Anchor key={type} component={Link} href={`/admin/organisations?type=${type}`}>
              <Text span fw={700} size="xl">
                {intl.formatNumber(data.organisations.filter((o) => o.type === type).length)}
              </Text>{' '}
              <Text span>{label('organisationType', type)}</Text>
            </Anchor>
          ))}
        </Group>
        <Group gap="sm">
          <Button component={Link} href="/admin/organisations">
            <FormattedMessage id="admin.organisationsTitle" />
          </Button>
          <Button component={Link} href="/admin/rates" variant="default">
            <FormattedMessage id="admin.ratesTitle" />
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <WaitingCard
          heading="admin.homeInvitations"
          count={invited.length}
          items={invited.map((u) => {
            const m = u.memberships[0];
            return {
              key: u.id,
              href: m ? `/admin/organisations/${m.organisation.id}` : '/admin/organisations',
              label: u.displayName,
              detail: (
                <FormattedMessage
                  id="admin.homeInvitedDetail"
                  values={{ role: m ? label('role', m.role) : '', organisation: m?.organisation.name ?? '', date: dates.instant(u.createdAt) }}
                />
              ),
            };
          })}
          empty="admin.homeNoInvitations"
        />
        <WaitingCard
          heading="admin.homeRates"
          count={currencies}
          items={
            lastSet
              ? [
                  {
                    key: lastSet.id,
                    href: `/admin/rates?currency=${lastSet.currencyCode}`,
                    label: lastSet.currencyCode,
                    detail: (
                      <FormattedMessage
                        id="admin.homeRatesDetail"
                        values={{ date: dates.instant(lastSet.createdAt), effective: dates.date(lastSet.effectiveDate) }}
                      />
                    ),
                  },
                ]
              : []
          }
          empty="admin.noRates"
          all={{ href: '/admin/rates', id: 'admin.homeAllRates', always: true }}
        />
      </SimpleGrid>
    </Stack>
  );
}
