import { Alert, Button, Group, NativeSelect, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { useEnumLabel } from '../common/labels';
import { useFieldProblem, useRefusal } from '../common/useRefusal';
import type { OrganisationType } from '../gql/types';
import { useFilterChoices } from '../reference/useFilterChoices';
import { CreateOrganisationDocument } from './admin.generated';

export const ORGANISATION_TYPES: OrganisationType[] = [
  'MEMBER_STATE',
  'DONOR_GOVERNMENT',
  'REGIONAL_ORGANISATION',
  'UN_REGIONAL_CENTRE',
  'INTERNATIONAL_ORGANISATION',
  'FOUNDATION',
  'UNODA',
];
/** The types that speak for a State, and those that are one of the regional organisations or centres of the reference data. */
const WITH_STATE: OrganisationType[] = ['MEMBER_STATE', 'DONOR_GOVERNMENT'];
const WITH_REGIONAL_CODE: OrganisationType[] = ['REGIONAL_ORGANISATION', 'UN_REGIONAL_CENTRE'];

/** A new organisation: its type, name and acronym, its State or the regional organisation it is, by name; the API's refusals beside their fields. */
export function OrganisationForm({ onCreated, onCancel }: { onCreated: (id: string) => void; onCancel: () => void }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const choices = useFilterChoices();
  const [type, setType] = useState<OrganisationType>('MEMBER_STATE');
  const [name, setName] = useState('');
  const [acronym, setAcronym] = useState('');
  const [state, setState] = useState<string | null>(null);
  const [regional, setRegional] = useState<string | null>(null);
  const [created, create] = useMutation(CreateOrganisationDocument);
  const refusal = useRefusal(created.error);
  const problem = useFieldProblem(refusal);
  // A conflict names no field: said beside the field it is about.
  const conflict = (reason: string) =>
    created.error?.graphQLErrors[0]?.extensions?.reason === reason && refusal ? intl.formatMessage({ id: refusal.id }, refusal.values) : undefined;
  const fieldSaid = ['organisation.nameTaken', 'organisation.stateHasOne'].includes(String(created.error?.graphQLErrors[0]?.extensions?.reason));
  const withState = WITH_STATE.includes(type);
  const withRegional = WITH_REGIONAL_CODE.includes(type);
  const states = (choices?.memberStates ?? []).map((s) => ({ value: s.iso3, label: s.name })).sort((a, b) => a.label.localeCompare(b.label, intl.locale));
  const regionals = (choices?.regionalOrganisations ?? [])
    .filter((o) => (type === 'UN_REGIONAL_CENTRE' ? o.kind === 'UN_REGIONAL_CENTRE' : o.kind !== 'UN_REGIONAL_CENTRE'))
    .map((o) => ({ value: o.code, label: `${o.name} (${o.code})` }));
  const nameOf = (list: { value: string; label: string }[], value: string | null) => list.find((o) => o.value === value)?.label ?? '';

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-organisation">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create({
            input: {
              type,
              name: name.trim(),
              acronym: acronym.trim() || undefined,
              stateIso3: withState ? (state ?? undefined) : undefined,
              regionalOrganisationCode: withRegional ? (regional ?? undefined) : undefined,
            },
          }).then((r) => r.data && onCreated(r.data.createOrganisation.id));
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="new-organisation">
            <FormattedMessage id="admin.newOrganisation" />
          </Title>
          <NativeSelect
            label={intl.formatMessage({ id: 'admin.type' })}
            value={type}
            onChange={(e) => setType(e.currentTarget.value as OrganisationType)}
            data={ORGANISATION_TYPES.map((t) => ({ value: t, label: label('organisationType', t) }))}
            error={problem('type')}
          />
          {withState && (
            <Select
              label={intl.formatMessage({ id: 'admin.state' })}
              description={intl.formatMessage({ id: 'admin.stateHint' })}
              data={states}
              value={state}
              onChange={(v) => {
                setState(v);
                if (!name.trim() && v) setName(nameOf(states, v));
              }}
              searchable
              clearable
              nothingFoundMessage={intl.formatMessage({ id: 'admin.nothingFound' })}
              error={problem('stateIso3') ?? conflict('organisation.stateHasOne')}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          {withRegional && (
            <Select
              label={intl.formatMessage({ id: type === 'UN_REGIONAL_CENTRE' ? 'admin.centre' : 'admin.regionalOrganisation' })}
              data={regionals}
              value={regional}
              onChange={(v) => {
                setRegional(v);
                if (!name.trim() && v) setName(nameOf(regionals, v).replace(/ \([^)]*\)$/, ''));
                if (!acronym.trim() && v) setAcronym(v);
              }}
              searchable
              clearable
              nothingFoundMessage={intl.formatMessage({ id: 'admin.nothingFound' })}
              error={problem('regionalOrganisationCode')}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <TextInput
            label={intl.formatMessage({ id: 'admin.name' })}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            error={problem('name') ?? conflict('organisation.nameTaken')}
            dir="auto"
          />
          <TextInput
            label={intl.formatMessage({ id: 'admin.acronym' })}
            value={acronym}
            onChange={(e) => setAcronym(e.currentTarget.value)}
            error={problem('acronym')}
            dir="auto"
          />
          {refusal && !fieldSaid && !Object.keys(refusal.fields).length && (
            <Alert color="red" role="alert">
              <FormattedMessage id={refusal.id} values={refusal.values} />
            </Alert>
          )}
          <Group gap="sm">
            <Button type="submit" loading={created.fetching}>
              <FormattedMessage id="admin.create" />
            </Button>
            <Button variant="default" onClick={onCancel}>
              <FormattedMessage id="admin.cancel" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
