import { MultiSelect, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import { FoldingFilters } from '../common/FoldingFilters';
import { useEnumLabel } from '../common/labels';
import { M49_REGIONS } from '../i18n/families';
import type { MessageId } from '../i18n/messages';
import { useFilterChoices } from '../reference/useFilterChoices';
import { activeFilterCount, NEED_SORTS, type NeedsQuery } from './needs-query';

/** The API's filters for needs, each kept in the URL; folded behind a button on phones. */
export function NeedsFilters({ query, listShown, onChange }: { listShown: boolean; query: NeedsQuery; onChange: (next: Partial<NeedsQuery>) => void }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const choices = useFilterChoices();
  const t = (id: MessageId) => intl.formatMessage({ id });
  const none = { value: '', label: t('filters.any') };
  const count = activeFilterCount(query);

  const fields = (
    <Stack gap="sm" component="form" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      <NativeSelect
        label={t('filters.sort')}
        value={query.sort ?? ''}
        onChange={(e) => onChange({ sort: (e.currentTarget.value || null) as NeedsQuery['sort'] })}
        data={[
          { value: '', label: t('filters.sortDefault') },
          ...NEED_SORTS.filter((s) => s !== 'OLDEST_IN_STATUS').map((s) => ({ value: s, label: label('needSort', s) })),
        ]}
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
      <NativeSelect
        label={t('filters.region')}
        value={query.region ?? ''}
        onChange={(e) => onChange({ region: e.currentTarget.value || null })}
        data={[none, ...M49_REGIONS.map((r) => ({ value: r, label: intl.formatMessage({ id: `region.${r}` as 'region.002' }) }))]}
      />
      <NativeSelect
        label={t('filters.regionalOrganisation')}
        value={query.org ?? ''}
        onChange={(e) => onChange({ org: e.currentTarget.value || null })}
        data={[none, ...(choices?.regionalOrganisations.filter((o) => o.kind !== 'UN_REGIONAL_CENTRE').map((o) => ({ value: o.code, label: o.name })) ?? [])]}
      />
      <MultiSelect
        label={t('filters.states')}
        searchable
        clearable
        value={query.states}
        onChange={(states) => onChange({ states })}
        data={choices?.memberStates.map((s) => ({ value: s.iso3, label: s.name })) ?? []}
      />
      <TextInput
        label={t('filters.budgetMin')}
        inputMode="decimal"
        defaultValue={query.budgetMin ?? ''}
        key={`min-${query.budgetMin}`}
        onBlur={(e) => onChange({ budgetMin: e.currentTarget.value.trim() || null })}
      />
      <TextInput
        label={t('filters.budgetMax')}
        inputMode="decimal"
        defaultValue={query.budgetMax ?? ''}
        key={`max-${query.budgetMax}`}
        onBlur={(e) => onChange({ budgetMax: e.currentTarget.value.trim() || null })}
      />
      <TextInput
        label={t('filters.validFrom')}
        type="date"
        value={query.validFrom ?? ''}
        onChange={(e) => onChange({ validFrom: e.currentTarget.value || null })}
      />
      <TextInput label={t('filters.validTo')} type="date" value={query.validTo ?? ''} onChange={(e) => onChange({ validTo: e.currentTarget.value || null })} />
    </Stack>
  );

  return (
    <FoldingFilters
      count={count}
      listShown={listShown}
      onClear={() => onChange({ themes: [], types: [], states: [], region: null, org: null, budgetMin: null, budgetMax: null, validFrom: null, validTo: null })}
    >
      {fields}
    </FoldingFilters>
  );
}
