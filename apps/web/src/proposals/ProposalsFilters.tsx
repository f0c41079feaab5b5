import { Checkbox, MultiSelect, NativeSelect, Stack } from '@mantine/core';
import { useIntl } from 'react-intl';
import { FoldingFilters } from '../common/FoldingFilters';
import { useEnumLabel } from '../common/labels';
import type { ProposalSort } from '../gql/types';
import type { MessageId } from '../i18n/messages';
import { useFilterChoices } from '../reference/useFilterChoices';
import { activeFilterCount, PROPOSAL_SORTS, PROPOSAL_STATUSES, type ProposalsQuery } from './proposals-query';

/** The API's filters for proposals, each kept in the URL; folded behind a button on phones. */
export function ProposalsFilters({
  query,
  listShown,
  signedIn,
  onChange,
}: {
  listShown: boolean;
  query: ProposalsQuery;
  signedIn: boolean;
  onChange: (next: Partial<ProposalsQuery>) => void;
}) {
  const intl = useIntl();
  const label = useEnumLabel();
  const choices = useFilterChoices();
  const t = (id: MessageId) => intl.formatMessage({ id });
  const count = activeFilterCount(query);

  const fields = (
    <Stack gap="sm" component="form" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      <NativeSelect
        label={t('filters.sort')}
        value={query.sort ?? 'NEWEST'}
        onChange={(e) => onChange({ sort: e.currentTarget.value === 'NEWEST' ? null : (e.currentTarget.value as ProposalSort) })}
        data={PROPOSAL_SORTS.map((s) => ({ value: s, label: label('proposalSort', s) }))}
      />
      <MultiSelect
        label={t('proposals.filterStatuses')}
        clearable
        value={query.statuses}
        onChange={(statuses) => onChange({ statuses: statuses as ProposalsQuery['statuses'] })}
        data={PROPOSAL_STATUSES.map((s) => ({ value: s, label: label('proposalStatus', s) }))}
      />
      <MultiSelect
        label={t('proposals.filterStates')}
        searchable
        clearable
        value={query.states}
        onChange={(states) => onChange({ states })}
        data={choices?.memberStates.map((s) => ({ value: s.iso3, label: s.name })) ?? []}
      />
      {signedIn && <Checkbox label={t('proposals.filterMine')} checked={query.mine} onChange={(e) => onChange({ mine: e.currentTarget.checked })} />}
    </Stack>
  );

  return (
    <FoldingFilters count={count} listShown={listShown} onClear={() => onChange({ statuses: [], states: [], mine: false })}>
      {fields}
    </FoldingFilters>
  );
}
