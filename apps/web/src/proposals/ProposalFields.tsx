import { Checkbox, Group, MultiSelect, NativeSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { MessageId } from '../i18n/messages';
import type { CompilerChoicesQuery } from './compiler.generated';
import type { ProposalDraft } from './proposal-draft';

/** Organisations that may be a donor party (ROLES_BY_ORGANISATION_TYPE in the API: all but UNODA and the centres). */
const DONOR_TYPES = ['DONOR_GOVERNMENT', 'FOUNDATION', 'INTERNATIONAL_ORGANISATION', 'REGIONAL_ORGANISATION', 'MEMBER_STATE'];

/**
 * The proposal's own fields: what it is, who implements it, its currency, the regional centre
 * that reviews it, its deadlines, its donors from the start. `problem` says the API's word on a
 * field; `missing` marks what the person left empty before asking.
 */
export function ProposalFields({
  draft,
  onChange,
  choices,
  problem,
  missing,
}: {
  draft: ProposalDraft;
  onChange: (change: Partial<ProposalDraft>) => void;
  choices: CompilerChoicesQuery;
  problem: (field: string) => string | undefined;
  missing: (value: string) => string | undefined;
}) {
  const intl = useIntl();
  const t = (id: MessageId) => intl.formatMessage({ id });
  return (
    <Stack gap="sm">
      <TextInput
        label={t('compiler.fieldTitle')}
        value={draft.title}
        required
        error={problem('title') ?? missing(draft.title)}
        onChange={(e) => onChange({ title: e.currentTarget.value })}
        dir="auto"
        maxLength={300}
      />
      <Textarea
        label={t('compiler.fieldSummary')}
        value={draft.summary}
        required
        error={problem('summary') ?? missing(draft.summary)}
        onChange={(e) => onChange({ summary: e.currentTarget.value })}
        dir="auto"
        autosize
        minRows={2}
      />
      <Textarea
        label={t('compiler.fieldScope')}
        description={t('compiler.fieldScopeHint')}
        value={draft.scope}
        required
        error={problem('scope') ?? missing(draft.scope)}
        onChange={(e) => onChange({ scope: e.currentTarget.value })}
        dir="auto"
        autosize
        minRows={3}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('compiler.fieldAgency')}
          description={t('compiler.fieldAgencyHint')}
          value={draft.implementingAgency}
          required
          error={problem('implementingAgency') ?? missing(draft.implementingAgency)}
          onChange={(e) => onChange({ implementingAgency: e.currentTarget.value })}
          dir="auto"
        />
        <Select
          label={t('compiler.fieldCurrency')}
          description={t('compiler.fieldCurrencyHint')}
          searchable
          required
          value={draft.currency}
          error={problem('currency')}
          onChange={(currency) => currency && onChange({ currency })}
          data={choices.currencies.map((c) => ({ value: c.code, label: `${c.code} · ${c.name}` }))}
        />
      </SimpleGrid>
      <NativeSelect
        label={t('compiler.fieldCentre')}
        description={t('compiler.fieldCentreHint')}
        value={draft.regionalCentreCode}
        error={problem('regionalCentreCode')}
        onChange={(e) => onChange({ regionalCentreCode: e.currentTarget.value })}
        data={[{ value: '', label: t('compiler.centreOfRegion') }, ...choices.regionalOrganisations.map((c) => ({ value: c.code, label: c.name }))]}
      />
      <Group gap="lg" align="flex-start" wrap="wrap">
        <Checkbox
          mt="xl"
          label={t('compiler.fieldReview')}
          checked={draft.technicalReview}
          error={problem('technicalReview')}
          onChange={(e) => onChange({ technicalReview: e.currentTarget.checked })}
        />
        {draft.technicalReview && (
          <TextInput
            type="date"
            label={t('compiler.fieldReviewDeadline')}
            value={draft.reviewDeadline}
            required
            error={problem('reviewDeadline') ?? missing(draft.reviewDeadline)}
            onChange={(e) => onChange({ reviewDeadline: e.currentTarget.value })}
          />
        )}
        <TextInput
          type="date"
          label={t('compiler.fieldFundingDeadline')}
          description={t('compiler.fieldFundingDeadlineHint')}
          value={draft.fundingDeadline}
          error={problem('fundingDeadline')}
          onChange={(e) => onChange({ fundingDeadline: e.currentTarget.value })}
        />
      </Group>
      <Checkbox
        label={t('compiler.fieldOverFunding')}
        checked={draft.allowOverFunding}
        onChange={(e) => onChange({ allowOverFunding: e.currentTarget.checked })}
      />
      <MultiSelect
        label={t('compiler.fieldDonors')}
        description={t('compiler.fieldDonorsHint')}
        searchable
        value={draft.donorIds}
        error={problem('donorOrganisationIds')}
        onChange={(donorIds) => onChange({ donorIds })}
        data={choices.organisations
          .filter((o) => DONOR_TYPES.includes(o.type))
          .map((o) => ({ value: o.id, label: o.acronym ? `${o.name} (${o.acronym})` : o.name }))}
      />
    </Stack>
  );
}
