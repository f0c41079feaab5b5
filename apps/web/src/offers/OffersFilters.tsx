import { MultiSelect, NativeSelect, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { FoldingFilters } from '../common/FoldingFilters';
import { useEnumLabel } from '../common/labels';
import type { MessageId } from '../i18n/messages';
import { useFilterChoices } from '../reference/useFilterChoices';
import { activeFilterCount, DECIMAL, NO_FILTERS, OFFER_SORTS, toOfferSort, WORKING_LANGUAGES, type OffersQuery } from './offers-query';
import { useDonorChoices } from './useDonorChoices';

/** The API's filters for offers, each kept in the URL; folded behind a button on phones. */
export function OffersFilters({ query, listShown, onChange }: { listShown: boolean; query: OffersQuery; onChange: (next: Partial<OffersQuery>) => void }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const choices = useFilterChoices();
  const donors = useDonorChoices(intl.locale);
  const t = (id: MessageId) => intl.formatMessage({ id });
  const count = activeFilterCount(query);
  // Best match ranks by the words: offered only when there are words.
  const sorts = OFFER_SORTS.filter((s) => s !== 'OLDEST_IN_STATUS' && (s !== 'RELEVANCE' || query.q.trim()));

  const fields = (
    <Stack gap="sm" component="form" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      <NativeSelect
        label={t('filters.sort')}
        value={toOfferSort(query) ?? ''}
        onChange={(e) => onChange({ sort: (e.currentTarget.value || null) as OffersQuery['sort'] })}
        data={[{ value: '', label: t('filters.sortDefault') }, ...sorts.map((s) => ({ value: s, label: label('offerSort', s) }))]}
      />
      <MultiSelect
        label={t('filters.themes')}
        searchable
        clearable
        value={query.themes}
        onChange={(themes) => onChange({ themes })}
        data={choices?.thematicAreas.map((a) => ({ value: a.code, label: a.name })) ?? []}
      />
      <MultiSelect
        label={t('filters.assistanceTypes')}
        clearable
        value={query.types}
        onChange={(types) => onChange({ types })}
        data={choices?.assistanceTypes.map((a) => ({ value: a.code, label: a.name })) ?? []}
      />
      <MultiSelect
        label={t('offers.filterDonors')}
        searchable
        clearable
        value={query.donors}
        onChange={(ids) => onChange({ donors: ids })}
        data={donors.map((d) => ({ value: d.id, label: d.name }))}
      />
      <Select
        label={t('offers.filterEligibleFor')}
        description={t('offers.filterEligibleForHint')}
        searchable
        clearable
        value={query.eligible}
        onChange={(eligible) => onChange({ eligible })}
        data={choices?.memberStates.map((s) => ({ value: s.iso3, label: s.name })) ?? []}
      />
      <TextInput
        label={t('offers.filterAvailableOn')}
        type="date"
        value={query.availableOn ?? ''}
        onChange={(e) => onChange({ availableOn: e.currentTarget.value || null })}
      />
      <AmountField
        label={t('offers.filterProjectUsd')}
        description={t('offers.filterProjectUsdHint')}
        value={query.projectUsd}
        onChange={(projectUsd) => onChange({ projectUsd })}
      />
      <AmountField label={t('offers.filterRemainingMin')} value={query.remainingMin} onChange={(remainingMin) => onChange({ remainingMin })} />
      <MultiSelect
        label={t('offers.filterLanguages')}
        description={t('offers.filterLanguagesHint')}
        clearable
        value={query.languages}
        onChange={(languages) => onChange({ languages: languages as OffersQuery['languages'] })}
        data={WORKING_LANGUAGES.map((l) => ({ value: l, label: label('language', l) }))}
      />
    </Stack>
  );

  return (
    <FoldingFilters count={count} listShown={listShown} onClear={() => onChange(NO_FILTERS)}>
      {fields}
    </FoldingFilters>
  );
}

/**
 * An amount in US dollars, applied when the field is left: a value the API would refuse is said
 * beside the field instead of silently dropped.
 */
function AmountField({
  label,
  description,
  value,
  onChange,
}: {
  label: string;
  description?: string;
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  const intl = useIntl();
  const [text, setText] = useState(value ?? '');
  const [invalid, setInvalid] = useState(false);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The URL changed from elsewhere (filters cleared, back button): show its value.
    setShown(value);
    setText(value ?? '');
    setInvalid(false);
  }
  const apply = () => {
    const v = text.trim().replace(/[\s,\u00a0\u202f]/g, '');
    if (v && !DECIMAL.test(v)) return setInvalid(true);
    setInvalid(false);
    if ((v || null) !== value) onChange(v || null);
  };
  return (
    <TextInput
      label={label}
      description={description}
      inputMode="decimal"
      dir="ltr"
      value={text}
      error={invalid ? intl.formatMessage({ id: 'offers.amountInvalid' }) : undefined}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={apply}
      onKeyDown={(e) => e.key === 'Enter' && apply()}
    />
  );
}
