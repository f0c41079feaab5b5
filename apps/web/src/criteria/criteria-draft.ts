import type { CreateStandingCriteriaInput, Language, UpdateStandingCriteriaInput } from '../gql/types';

/**
 * Standing criteria as their form holds them. The keys are the API's input names, so a refusal's
 * field path (`input.budgetUsdMin`) names the form's field. Empty lists mean "any".
 */
export interface CriteriaDraft {
  name: string;
  thematicAreas: string[];
  assistanceTypes: string[];
  regions: string[];
  states: string[];
  languages: Language[];
  budgetUsdMin: string;
  budgetUsdMax: string;
}

export const emptyCriteriaDraft = (): CriteriaDraft => ({
  name: '',
  thematicAreas: [],
  assistanceTypes: [],
  regions: [],
  states: [],
  languages: [],
  budgetUsdMin: '',
  budgetUsdMax: '',
});

export interface SavedCriteria {
  name: string;
  thematicAreaCodes: string[];
  assistanceTypeCodes: string[];
  regions: string[];
  states: string[];
  languages: Language[];
  budgetUsdMin: string | null;
  budgetUsdMax: string | null;
}

export const criteriaDraftOf = (c: SavedCriteria): CriteriaDraft => ({
  name: c.name,
  thematicAreas: c.thematicAreaCodes,
  assistanceTypes: c.assistanceTypeCodes,
  regions: c.regions,
  states: c.states,
  languages: c.languages,
  budgetUsdMin: c.budgetUsdMin ?? '',
  budgetUsdMax: c.budgetUsdMax ?? '',
});

const amount = (value: string) => (value.trim() ? value.trim() : null);

const contentOf = (d: CriteriaDraft) => ({
  name: d.name,
  thematicAreas: d.thematicAreas,
  assistanceTypes: d.assistanceTypes,
  regions: d.regions,
  states: d.states,
  languages: d.languages,
  budgetUsdMin: amount(d.budgetUsdMin),
  budgetUsdMax: amount(d.budgetUsdMax),
});

export const toCreateCriteriaInput = (d: CriteriaDraft, organisationId: string): CreateStandingCriteriaInput => ({ ...contentOf(d), organisationId });

export const toUpdateCriteriaInput = (d: CriteriaDraft, criteriaId: string, expectedVersion: number): UpdateStandingCriteriaInput => ({
  ...contentOf(d),
  criteriaId,
  expectedVersion,
});
