import { Anchor, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { donorOrganisation } from '../session/memberships';
import { usePlaceChoices } from '../offers/usePlaceChoices';
import { useFilterChoices } from '../reference/useFilterChoices';
import { useSession } from '../session/SessionProvider';
import { CriteriaCard, namesOf } from './CriteriaCard';
import { CriteriaForm } from './CriteriaForm';
import { CriteriaPreview } from './CriteriaPreview';
import { MyCriteriaDocument } from './criteria.generated';

/**
 * `/my/criteria`: the donor organisation's standing criteria (which needs its policy covers), to
 * write, pause, resume and delete, with the needs each fits now. The criteria shown in the preview
 * is in the URL (`?preview=<id>`).
 */
export default function MyCriteriaPage() {
  const intl = useIntl();
  const { user } = useSession();
  const donor = donorOrganisation(user);
  const [location, navigate] = useLocation();
  const previewId = new URLSearchParams(useSearch()).get('preview');
  const [editing, setEditing] = useState<string | null>(null); // 'new', an id, or nothing
  const [{ data, error }, refetch] = useQuery({
    query: MyCriteriaDocument,
    variables: { organisationId: donor?.id ?? '' },
    pause: !donor,
    requestPolicy: 'cache-and-network',
  });
  const choices = useFilterChoices();
  const places = usePlaceChoices();
  const title = intl.formatMessage({ id: 'criteria.title' });
  const heading = <PageTitle documentTitle={title}>{title}</PageTitle>;
  if (!donor) {
    return (
      <>
        {heading}
        <EmptyState title={<FormattedMessage id="offerWorkspace.notDonor" />} hint={<FormattedMessage id="offerWorkspace.notDonorHint" />} />
      </>
    );
  }
  const all = data?.standingCriteria;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const preview = (id: string | null) => navigate(`${location}${id ? `?preview=${id}` : ''}`, { replace: true });
  const shown = all?.find((c) => c.id === previewId) ?? null;
  const names = {
    themes: namesOf(choices?.thematicAreas),
    types: namesOf(choices?.assistanceTypes),
    places: namesOf([...(places?.regions ?? []), ...(places?.states ?? [])]),
  };

  return (
    <>
      {heading}
      <Text mb="md" maw="48rem">
        <FormattedMessage id="criteria.intro" />
      </Text>
      <Group justify="space-between" mb="md">
        <Anchor component={Link} href="/my/offers">
          <FormattedMessage id="offerWorkspace.myOffers" />
        </Anchor>
        {editing !== 'new' && (
          <Button onClick={() => setEditing('new')}>
            <FormattedMessage id="criteria.new" />
          </Button>
        )}
      </Group>
      {editing === 'new' && (
        <Stack mb="lg">
          <CriteriaForm
            criteria={null}
            organisationId={donor.id}
            onCancel={() => setEditing(null)}
            onSaved={(id) => {
              setEditing(null);
              reload();
              preview(id);
            }}
          />
        </Stack>
      )}
      {error && !all ? (
        <PageError error={error} retry={reload} />
      ) : !all ? (
        <PageLoading />
      ) : all.length === 0 ? (
        <EmptyState title={<FormattedMessage id="criteria.none" />} hint={<FormattedMessage id="criteria.noneHint" />} />
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: shown ? 6 : 12 }}>
            <Stack gap="md">
              {all.map((c) =>
                editing === c.id ? (
                  <CriteriaForm
                    key={c.id}
                    criteria={c}
                    organisationId={donor.id}
                    onCancel={() => setEditing(null)}
                    onSaved={(id) => {
                      setEditing(null);
                      reload();
                      preview(id);
                    }}
                  />
                ) : (
                  <CriteriaCard
                    key={c.id}
                    criteria={c}
                    names={names}
                    selected={c.id === shown?.id}
                    onPreview={() => preview(c.id === shown?.id ? null : c.id)}
                    onEdit={() => setEditing(c.id)}
                    onChanged={() => {
                      reload();
                      if (c.id === shown?.id) preview(c.id);
                    }}
                  />
                ),
              )}
            </Stack>
          </Grid.Col>
          {shown && (
            <Grid.Col span={{ base: 12, md: 6 }}>
              <CriteriaPreview key={`${shown.id}:${shown.version}:${shown.active}`} criteria={shown} />
            </Grid.Col>
          )}
        </Grid>
      )}
    </>
  );
}
