import type { UnLanguage } from '#libs/core';
import ar from './export-labels/ar.json' with { type: 'json' };
import en from './export-labels/en.json' with { type: 'json' };
import es from './export-labels/es.json' with { type: 'json' };
import fr from './export-labels/fr.json' with { type: 'json' };
import ru from './export-labels/ru.json' with { type: 'json' };
import zh from './export-labels/zh.json' with { type: 'json' };

/**
 * Column headers and sheet names of the exports in the six UN languages. A key added to one
 * language and not the others fails type-checking (every language is an ExportLabels).
 */
export interface ExportLabels {
  columns: Record<ColumnKey, string>;
  sheets: Record<ExportSheet, string>;
}

export type ColumnKey =
  | 'id'
  | 'link'
  | 'reference'
  | 'title'
  | 'language'
  | 'status'
  | 'visibility'
  | 'stateCode'
  | 'state'
  | 'stateCodes'
  | 'states'
  | 'thematicAreaCodes'
  | 'thematicAreas'
  | 'assistanceTypeCodes'
  | 'assistanceTypes'
  | 'currency'
  | 'budget'
  | 'budgetUsd'
  | 'usdRateDate'
  | 'priority'
  | 'timeframeStart'
  | 'timeframeEnd'
  | 'validUntil'
  | 'publishedAt'
  | 'createdAt'
  | 'updatedAt'
  | 'statusChangedAt'
  | 'donorId'
  | 'donor'
  | 'budgetTotal'
  | 'budgetRemaining'
  | 'budgetTotalUsd'
  | 'budgetRemainingUsd'
  | 'availableFrom'
  | 'availableUntil'
  | 'eligibleEverywhere'
  | 'eligibleRegionCodes'
  | 'eligibleStateCodes'
  | 'eligibleOrganisationCodes'
  | 'workingLanguages'
  | 'contactName'
  | 'contactEmail'
  | 'score'
  | 'needId'
  | 'needTitle'
  | 'offerId'
  | 'offerTitle'
  | 'implementingAgency'
  | 'targetAmount'
  | 'reviewDeadline'
  | 'fundingDeadline'
  | 'regionalCentreCode'
  | 'proposalId'
  | 'tranche'
  | 'kind'
  | 'amount'
  | 'description'
  | 'meetingId'
  | 'cancelReason'
  | 'regionCode'
  | 'region'
  | 'thematicAreaCode'
  | 'thematicArea'
  | 'needs'
  | 'needsBudgetUsd'
  | 'fittingOffers'
  | 'offersRemainingUsd'
  | 'groupCode'
  | 'group'
  | 'requestedUsd'
  | 'pledgedUsd'
  | 'committedUsd'
  | 'disbursedUsd'
  | 'gapUsd'
  | 'stage'
  | 'count'
  | 'q1Days'
  | 'medianDays'
  | 'q3Days';

export type ExportSheet = 'NEEDS' | 'OFFERS' | 'MATCHES' | 'PROPOSALS' | 'CONTRIBUTIONS' | 'COVERAGE' | 'FUNDING' | 'FLOW';

/** One catalogue per language, `export-labels/<lang>.json`, typed here: a text missing in any language fails type-checking. */
export const EXPORT_LABELS: Record<UnLanguage, ExportLabels> = { ar, zh, en, fr, ru, es };
