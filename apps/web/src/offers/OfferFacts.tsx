import { Stack } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Facts } from '../common/Facts';
import { useEnumLabel } from '../common/labels';
import { Money } from '../common/Money';
import { useDates } from '../common/useDates';
import type { OfferDetailQuery } from './offers.generated';

/** An offer's budget, window, subjects and ways of working, as a description list. */
export function OfferFacts({ offer }: { offer: OfferDetailQuery['offer'] }) {
  const dates = useDates();
  const label = useEnumLabel();
  const { budget } = offer;
  const none = <FormattedMessage id="common.notGiven" />;
  const money = (amount: string, usd: string | null) => <Money amount={amount} currency={budget.currency} usd={usd} rateDate={budget.usdRateDate} />;
  const from = dates.date(offer.availableFrom);

  return (
    <Facts
      items={[
        { key: 'remaining', term: <FormattedMessage id="offer.remaining" />, value: money(budget.remaining, budget.remainingUsd) },
        { key: 'total', term: <FormattedMessage id="offer.budgetTotal" />, value: money(budget.total, budget.totalUsd) },
        {
          key: 'perProject',
          term: <FormattedMessage id="offer.perProject" />,
          value:
            budget.minPerProject || budget.maxPerProject ? (
              <Stack gap={0} component="span">
                {budget.minPerProject && (
                  <span>
                    <FormattedMessage id="offer.minPerProject" values={{ amount: money(budget.minPerProject, budget.minPerProjectUsd) }} />
                  </span>
                )}
                {budget.maxPerProject && (
                  <span>
                    <FormattedMessage id="offer.maxPerProject" values={{ amount: money(budget.maxPerProject, budget.maxPerProjectUsd) }} />
                  </span>
                )}
              </Stack>
            ) : (
              <FormattedMessage id="offer.noProjectLimits" />
            ),
        },
        {
          key: 'window',
          term: <FormattedMessage id="offer.window" />,
          value: offer.availableUntil ? (
            <FormattedMessage id="offer.windowRange" values={{ start: from, end: dates.date(offer.availableUntil) }} />
          ) : (
            <FormattedMessage id="offer.windowOpenEnded" values={{ start: from }} />
          ),
        },
        { key: 'themes', term: <FormattedMessage id="offer.themes" />, value: offer.thematicAreas.map((a) => a.name).join(' · ') || none },
        { key: 'types', term: <FormattedMessage id="offer.assistanceTypes" />, value: offer.assistanceTypes.map((a) => a.name).join(' · ') || none },
        {
          key: 'languages',
          term: <FormattedMessage id="offer.workingLanguages" />,
          value: offer.workingLanguages.map((l) => label('language', l)).join(' · ') || none,
        },
        {
          key: 'modality',
          term: <FormattedMessage id="offer.modality" />,
          value: offer.modality ? (
            <span lang={offer.originalLanguage.toLowerCase()} dir="auto">
              {offer.modality}
            </span>
          ) : (
            none
          ),
        },
        { key: 'visibility', term: <FormattedMessage id="offer.visibility" />, value: label('offerVisibility', offer.visibility) },
      ]}
    />
  );
}
