import { Group, MultiSelect, NativeSelect, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { useEnumLabel } from '../common/labels';
import type { Language, OfferVisibility } from '../gql/types';
import { LOCALES, toApiLanguage, type Locale } from '../i18n/locales';
import type { MessageId } from '../i18n/messages';
import { useFilterChoices } from '../reference/useFilterChoices';
import type { OfferDraft } from './offer-draft';
import { OFFER_FIELD_LABEL, type FieldProblem } from './offer-field-labels';
import { OfferEligibilityFields } from './OfferEligibilityFields';
import { OfferCurrenciesDocument } from './workspace.generated';

const VISIBILITIES: OfferVisibility[] = ['PUBLIC', 'STATES_AND_DONORS', 'PRIVATE'];

/**
 * The fields of an offer, in sections. `problem(field)` is the API's word on that field after a
 * refusal, in the reader's language (the API checks everything; the form only carries it).
 * The text's language is chosen when the offer is written; an edit keeps it (`languageFixed`).
 */
export function OfferForm({
  draft,
  onChange,
  problem,
  languageFixed,
}: {
  draft: OfferDraft;
  onChange: (next: Partial<OfferDraft>) => void;
  problem: FieldProblem;
  languageFixed: boolean;
}) {
  const intl = useIntl();
  const label = useEnumLabel();
  const choices = useFilterChoices();
  const [{ data: currencies }] = useQuery({
    query: OfferCurrenciesDocument,
    variables: { lang: toApiLanguage(intl.locale as Locale) },
    requestPolicy: 'cache-first',
  });
  const t = (id: MessageId) => intl.formatMessage({ id });
  const languages = LOCALES.map((l) => ({ value: toApiLanguage(l), label: label('language', toApiLanguage(l)) }));
  const text = (key: 'title' | 'description' | 'conditions' | 'modality') => ({
    label: t(OFFER_FIELD_LABEL[key]),
    value: draft[key],
    error: problem(key),
    dir: 'auto' as const,
    lang: draft.language.toLowerCase(),
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange({ [key]: e.currentTarget.value }),
  });
  const amount = (key: 'budgetTotal' | 'budgetMinPerProject' | 'budgetMaxPerProject', required = false) => (
    <TextInput
      required={required}
      label={t(OFFER_FIELD_LABEL[key])}
      inputMode="decimal"
      value={draft[key]}
      error={problem(key)}
      onChange={(e) => onChange({ [key]: e.currentTarget.value })}
    />
  );
  const date = (key: 'availableFrom' | 'availableUntil', hint?: MessageId) => (
    <TextInput
      type="date"
      required={key === 'availableFrom'}
      label={t(OFFER_FIELD_LABEL[key])}
      description={hint ? t(hint) : undefined}
      value={draft[key]}
      error={problem(key)}
      onChange={(e) => onChange({ [key]: e.currentTarget.value })}
    />
  );

  return (
    <Stack gap="xl">
      <Section title={t('offerForm.sectionText')}>
        <NativeSelect
          label={t(OFFER_FIELD_LABEL.language)}
          description={t(languageFixed ? 'offerForm.languageFixedHint' : 'needForm.languageHint')}
          disabled={languageFixed}
          value={draft.language}
          onChange={(e) => onChange({ language: e.currentTarget.value as Language })}
          data={languages}
        />
        <TextInput required {...text('title')} />
        <Textarea required autosize minRows={4} description={t('offerForm.descriptionHint')} {...text('description')} />
        <Textarea autosize minRows={2} description={t('offerForm.conditionsHint')} {...text('conditions')} />
        <TextInput description={t('offerForm.modalityHint')} {...text('modality')} />
      </Section>
      <Section title={t('offerForm.sectionScope')}>
        <MultiSelect
          label={t(OFFER_FIELD_LABEL.thematicAreas)}
          searchable
          value={draft.thematicAreas}
          error={problem('thematicAreas')}
          onChange={(thematicAreas) => onChange({ thematicAreas })}
          data={choices?.thematicAreas.map((a) => ({ value: a.code, label: a.name })) ?? []}
        />
        <MultiSelect
          label={t(OFFER_FIELD_LABEL.assistanceTypes)}
          searchable
          value={draft.assistanceTypes}
          error={problem('assistanceTypes')}
          onChange={(assistanceTypes) => onChange({ assistanceTypes })}
          data={choices?.assistanceTypes.map((a) => ({ value: a.code, label: a.name })) ?? []}
        />
      </Section>
      <Section title={t('offerForm.sectionEligibility')}>
        <OfferEligibilityFields draft={draft} onChange={onChange} problem={problem} />
      </Section>
      <Section title={t('offerForm.sectionBudget')}>
        <Group grow align="flex-start" wrap="wrap">
          {amount('budgetTotal', true)}
          <NativeSelect
            required
            label={t(OFFER_FIELD_LABEL.budgetCurrency)}
            value={draft.budgetCurrency}
            error={problem('budgetCurrency')}
            onChange={(e) => onChange({ budgetCurrency: e.currentTarget.value })}
            data={(currencies?.currencies ?? [{ code: draft.budgetCurrency, name: draft.budgetCurrency }]).map((c) => ({
              value: c.code,
              label: `${c.code} · ${c.name}`,
            }))}
          />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {amount('budgetMinPerProject')}
          {amount('budgetMaxPerProject')}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {date('availableFrom', 'offerForm.availableFromHint')}
          {date('availableUntil', 'offerForm.availableUntilHint')}
        </SimpleGrid>
      </Section>
      <Section title={t('offerForm.sectionContact')}>
        <MultiSelect
          label={t(OFFER_FIELD_LABEL.workingLanguages)}
          value={draft.workingLanguages}
          error={problem('workingLanguages')}
          onChange={(workingLanguages) => onChange({ workingLanguages: workingLanguages as Language[] })}
          data={languages}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t(OFFER_FIELD_LABEL.contactName)}
            value={draft.contactName}
            error={problem('contactName')}
            dir="auto"
            onChange={(e) => onChange({ contactName: e.currentTarget.value })}
          />
          <TextInput
            type="email"
            label={t(OFFER_FIELD_LABEL.contactEmail)}
            value={draft.contactEmail}
            error={problem('contactEmail')}
            dir="ltr"
            onChange={(e) => onChange({ contactEmail: e.currentTarget.value })}
          />
        </SimpleGrid>
        <NativeSelect
          label={t(OFFER_FIELD_LABEL.visibility)}
          value={draft.visibility}
          error={problem('visibility')}
          onChange={(e) => onChange({ visibility: e.currentTarget.value as OfferVisibility })}
          data={VISIBILITIES.map((v) => ({ value: v, label: label('offerVisibility', v) }))}
        />
      </Section>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="md" component="fieldset" style={{ border: 0, padding: 0, margin: 0, minInlineSize: 0 }}>
      <Title order={2} size="h4" component="legend" p={0}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}
