import { Alert, Button, Group, MultiSelect, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { useEnumLabel } from '../common/labels';
import { useFieldProblem, useRefusal } from '../common/useRefusal';
import type { Language } from '../gql/types';
import { LOCALES, toApiLanguage } from '../i18n/locales';
import type { MessageId } from '../i18n/messages';
import { usePlaceChoices } from '../offers/usePlaceChoices';
import { useFilterChoices } from '../reference/useFilterChoices';
import { criteriaDraftOf, emptyCriteriaDraft, toCreateCriteriaInput, toUpdateCriteriaInput, type CriteriaDraft } from './criteria-draft';
import { CreateCriteriaDocument, UpdateCriteriaDocument, type CriteriaFieldsFragment } from './criteria.generated';

/**
 * Write or change standing criteria. The API checks them and says what is wrong beside each
 * field; when someone else saved first, what was typed is kept and the next save replaces theirs.
 */
export function CriteriaForm({
  criteria,
  organisationId,
  onSaved,
  onCancel,
}: {
  criteria: CriteriaFieldsFragment | null;
  organisationId: string;
  onSaved: (id: string) => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const label = useEnumLabel();
  const choices = useFilterChoices();
  const places = usePlaceChoices();
  const [draft, setDraft] = useState<CriteriaDraft>(() => (criteria ? criteriaDraftOf(criteria) : emptyCriteriaDraft()));
  const [version, setVersion] = useState(criteria?.version ?? 0);
  const [created, create] = useMutation(CreateCriteriaDocument);
  const [updated, update] = useMutation(UpdateCriteriaDocument);
  const error = criteria ? updated.error : created.error;
  const refusal = useRefusal(error);
  const t = (id: MessageId) => intl.formatMessage({ id });
  const problem: (field: keyof CriteriaDraft) => string | undefined = useFieldProblem(refusal);
  const set = (next: Partial<CriteriaDraft>) => setDraft((d) => ({ ...d, ...next }));
  const list = (key: 'thematicAreas' | 'assistanceTypes' | 'regions' | 'states', id: MessageId, data: { value: string; label: string }[]) => (
    <MultiSelect
      label={t(id)}
      description={t('criteria.anyWhenEmpty')}
      searchable
      value={draft[key]}
      error={problem(key)}
      onChange={(v) => set({ [key]: v })}
      data={data}
    />
  );

  const save = async () => {
    if (!criteria) {
      const r = await create({ input: toCreateCriteriaInput(draft, organisationId) });
      if (r.data) onSaved(r.data.createStandingCriteria.id);
      return;
    }
    const r = await update({ input: toUpdateCriteriaInput(draft, criteria.id, version) });
    if (r.data) return onSaved(criteria.id);
    const ext = r.error?.graphQLErrors[0]?.extensions;
    // Someone else saved first: the refusal says so; the next save goes over their version.
    if (ext?.reason === 'criteria.staleVersion') setVersion(Number((ext.params as { version: number }).version));
  };

  return (
    <Paper withBorder p="md">
      <form
        noValidate
        aria-labelledby="criteria-form-title"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="md">
          <Title order={2} size="h4" id="criteria-form-title">
            <FormattedMessage id={criteria ? 'criteria.editTitle' : 'criteria.newTitle'} />
          </Title>
          <TextInput
            required
            label={t('criteria.name')}
            description={t('criteria.nameHint')}
            dir="auto"
            value={draft.name}
            error={problem('name')}
            onChange={(e) => set({ name: e.currentTarget.value })}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {list(
              'thematicAreas',
              'criteria.thematicAreas',
              (choices?.thematicAreas ?? []).map((a) => ({ value: a.code, label: a.name })),
            )}
            {list(
              'assistanceTypes',
              'criteria.assistanceTypes',
              (choices?.assistanceTypes ?? []).map((a) => ({ value: a.code, label: a.name })),
            )}
            {list('regions', 'criteria.regions', places?.regions ?? [])}
            {list('states', 'criteria.states', places?.states ?? [])}
            <MultiSelect
              label={t('criteria.languages')}
              description={t('criteria.languagesHint')}
              value={draft.languages}
              error={problem('languages')}
              onChange={(v) => set({ languages: v as Language[] })}
              data={LOCALES.map((l) => ({ value: toApiLanguage(l), label: label('language', toApiLanguage(l)) }))}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('criteria.budgetUsdMin')}
              inputMode="decimal"
              value={draft.budgetUsdMin}
              error={problem('budgetUsdMin')}
              onChange={(e) => set({ budgetUsdMin: e.currentTarget.value })}
            />
            <TextInput
              label={t('criteria.budgetUsdMax')}
              inputMode="decimal"
              value={draft.budgetUsdMax}
              error={problem('budgetUsdMax')}
              onChange={(e) => set({ budgetUsdMax: e.currentTarget.value })}
            />
          </SimpleGrid>
          {refusal && Object.keys(refusal.fields).length === 0 && (
            <Alert color={refusal.code === 'CONFLICT' ? 'yellow' : 'red'} role="alert">
              <FormattedMessage id={refusal.id} values={refusal.values} />
            </Alert>
          )}
          <Group gap="sm">
            <Button type="submit" loading={created.fetching || updated.fetching}>
              <FormattedMessage id="criteria.save" />
            </Button>
            <Button variant="subtle" onClick={onCancel}>
              <FormattedMessage id="needForm.cancel" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
