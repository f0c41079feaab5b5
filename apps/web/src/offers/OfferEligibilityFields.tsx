import { Checkbox, MultiSelect, Stack, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { OfferDraft } from './offer-draft';
import { OFFER_FIELD_LABEL, type FieldProblem } from './offer-field-labels';
import { usePlaceChoices } from './usePlaceChoices';

/**
 * Who may benefit: anyone, or the States named, in the regions named, or members of the regional
 * organisations named (any of them). The API requires one or the other and says so on
 * `eligibleEverywhere`.
 */
export function OfferEligibilityFields({
  draft,
  onChange,
  problem,
}: {
  draft: OfferDraft;
  onChange: (next: Partial<OfferDraft>) => void;
  problem: FieldProblem;
}) {
  const intl = useIntl();
  const places = usePlaceChoices();
  const t = (key: keyof OfferDraft) => intl.formatMessage({ id: OFFER_FIELD_LABEL[key] });
  const nowhere = problem('eligibleEverywhere');
  return (
    <Stack gap="md">
      <Checkbox
        label={t('eligibleEverywhere')}
        description={intl.formatMessage({ id: 'offerForm.eligibleEverywhereHint' })}
        checked={draft.eligibleEverywhere}
        error={nowhere}
        onChange={(e) => onChange({ eligibleEverywhere: e.currentTarget.checked })}
      />
      {!draft.eligibleEverywhere && (
        <>
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: 'offerForm.placesHint' })}
          </Text>
          <MultiSelect
            label={t('eligibleRegions')}
            searchable
            value={draft.eligibleRegions}
            error={problem('eligibleRegions')}
            onChange={(eligibleRegions) => onChange({ eligibleRegions })}
            data={places?.regions ?? []}
          />
          <MultiSelect
            label={t('eligibleRegionalOrganisations')}
            searchable
            value={draft.eligibleRegionalOrganisations}
            error={problem('eligibleRegionalOrganisations')}
            onChange={(eligibleRegionalOrganisations) => onChange({ eligibleRegionalOrganisations })}
            data={places?.organisations ?? []}
          />
          <MultiSelect
            label={t('eligibleStates')}
            searchable
            value={draft.eligibleStates}
            error={problem('eligibleStates')}
            onChange={(eligibleStates) => onChange({ eligibleStates })}
            data={places?.states ?? []}
          />
        </>
      )}
    </Stack>
  );
}
