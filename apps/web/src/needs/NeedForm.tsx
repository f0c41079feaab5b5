import { Group, MultiSelect, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { useEnumLabel } from '../common/labels';
import type { Language, NeedVisibility } from '../gql/types';
import { LOCALES, toApiLanguage, type Locale } from '../i18n/locales';
import type { MessageId } from '../i18n/messages';
import { useFilterChoices } from '../reference/useFilterChoices';
import type { NeedDraft } from './need-draft';
import { CurrenciesDocument } from './workspace.generated';

const VISIBILITIES: NeedVisibility[] = ['PUBLIC', 'STATES_AND_DONORS', 'PRIVATE'];

/** Each field's name, as its label says it (also to list the fields someone else changed). */
export const FIELD_LABEL: Record<keyof NeedDraft, MessageId> = {
  language: 'needForm.language',
  title: 'needForm.title',
  problem: 'needForm.problem',
  proposedActivities: 'needForm.proposedActivities',
  alreadyDone: 'needForm.alreadyDone',
  nationalContribution: 'needForm.nationalContribution',
  thematicAreas: 'needForm.thematicAreas',
  assistanceTypes: 'needForm.assistanceTypes',
  budgetAmount: 'needForm.budgetAmount',
  budgetCurrency: 'needForm.budgetCurrency',
  priorityRank: 'needForm.priorityRank',
  timeframeStart: 'needForm.timeframeStart',
  timeframeEnd: 'needForm.timeframeEnd',
  validUntil: 'needForm.validUntil',
  visibility: 'needForm.visibility',
};

/**
 * The fields of a need. `problem(field)` is the API's word on that field after a refusal, in the
 * reader's language (the API checks everything; the form only carries it).
 */
export function NeedForm({
  draft,
  onChange,
  problem,
}: {
  draft: NeedDraft;
  onChange: (next: Partial<NeedDraft>) => void;
  problem: (field: string) => string | undefined;
}) {
  const intl = useIntl();
  const label = useEnumLabel();
  const choices = useFilterChoices();
  const [{ data: currencies }] = useQuery({
    query: CurrenciesDocument,
    variables: { lang: toApiLanguage(intl.locale as Locale) },
    requestPolicy: 'cache-first',
  });
  const t = (id: MessageId) => intl.formatMessage({ id });
  const text = (key: 'title' | 'problem' | 'proposedActivities' | 'alreadyDone' | 'nationalContribution') => ({
    label: t(FIELD_LABEL[key]),
    value: draft[key],
    error: problem(key),
    dir: 'auto' as const,
    lang: draft.language.toLowerCase(),
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange({ [key]: e.currentTarget.value }),
  });

  return (
    <Stack gap="md">
      <NativeSelect
        label={t(FIELD_LABEL.language)}
        description={t('needForm.languageHint')}
        value={draft.language}
        onChange={(e) => onChange({ language: e.currentTarget.value as Language })}
        data={LOCALES.map((l) => ({ value: toApiLanguage(l), label: label('language', toApiLanguage(l)) }))}
      />
      <TextInput required {...text('title')} />
      <Textarea required autosize minRows={4} description={t('needForm.problemHint')} {...text('problem')} />
      <Textarea required autosize minRows={4} description={t('needForm.proposedActivitiesHint')} {...text('proposedActivities')} />
      <Textarea autosize minRows={2} {...text('alreadyDone')} />
      <Textarea autosize minRows={2} {...text('nationalContribution')} />
      <MultiSelect
        label={t(FIELD_LABEL.thematicAreas)}
        searchable
        value={draft.thematicAreas}
        error={problem('thematicAreas')}
        onChange={(thematicAreas) => onChange({ thematicAreas })}
        data={choices?.thematicAreas.map((a) => ({ value: a.code, label: a.name })) ?? []}
      />
      <MultiSelect
        label={t(FIELD_LABEL.assistanceTypes)}
        searchable
        value={draft.assistanceTypes}
        error={problem('assistanceTypes')}
        onChange={(assistanceTypes) => onChange({ assistanceTypes })}
        data={choices?.assistanceTypes.map((a) => ({ value: a.code, label: a.name })) ?? []}
      />
      <Group grow align="flex-start">
        <TextInput
          label={t(FIELD_LABEL.budgetAmount)}
          description={t('needForm.budgetHint')}
          inputMode="decimal"
          value={draft.budgetAmount}
          error={problem('budget.amount') ?? problem('budget')}
          onChange={(e) => onChange({ budgetAmount: e.currentTarget.value })}
        />
        <NativeSelect
          label={t(FIELD_LABEL.budgetCurrency)}
          value={draft.budgetCurrency}
          error={problem('budget.currency')}
          onChange={(e) => onChange({ budgetCurrency: e.currentTarget.value })}
          data={(currencies?.currencies ?? [{ code: draft.budgetCurrency, name: draft.budgetCurrency }]).map((c) => ({
            value: c.code,
            label: `${c.code} · ${c.name}`,
          }))}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t(FIELD_LABEL.priorityRank)}
          description={t('needForm.priorityHint')}
          allowDecimal={false}
          allowNegative={false}
          hideControls
          value={draft.priorityRank}
          error={problem('priorityRank')}
          onChange={(value) => onChange({ priorityRank: String(value) })}
        />
        <NativeSelect
          label={t(FIELD_LABEL.visibility)}
          value={draft.visibility}
          error={problem('visibility')}
          onChange={(e) => onChange({ visibility: e.currentTarget.value as NeedVisibility })}
          data={VISIBILITIES.map((v) => ({ value: v, label: label('needVisibility', v) }))}
        />
        <TextInput
          type="date"
          label={t(FIELD_LABEL.timeframeStart)}
          value={draft.timeframeStart}
          error={problem('timeframeStart')}
          onChange={(e) => onChange({ timeframeStart: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t(FIELD_LABEL.timeframeEnd)}
          value={draft.timeframeEnd}
          error={problem('timeframeEnd')}
          onChange={(e) => onChange({ timeframeEnd: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t(FIELD_LABEL.validUntil)}
          description={t('needForm.validUntilHint')}
          value={draft.validUntil}
          error={problem('validUntil')}
          onChange={(e) => onChange({ validUntil: e.currentTarget.value })}
        />
      </SimpleGrid>
    </Stack>
  );
}
