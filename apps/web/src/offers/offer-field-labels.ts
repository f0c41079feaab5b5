import type { MessageId } from '../i18n/messages';
import type { OfferDraft } from './offer-draft';

/** Each field's name, as its label says it (also to list the fields someone else changed). */
export const OFFER_FIELD_LABEL: Record<keyof OfferDraft, MessageId> = {
  language: 'needForm.language',
  title: 'offerForm.title',
  description: 'offerForm.description',
  conditions: 'offerForm.conditions',
  modality: 'offerForm.modality',
  thematicAreas: 'offerForm.thematicAreas',
  assistanceTypes: 'offerForm.assistanceTypes',
  eligibleEverywhere: 'offerForm.eligibleEverywhere',
  eligibleRegions: 'offerForm.eligibleRegions',
  eligibleRegionalOrganisations: 'offerForm.eligibleRegionalOrganisations',
  eligibleStates: 'offerForm.eligibleStates',
  budgetCurrency: 'offerForm.budgetCurrency',
  budgetTotal: 'offerForm.budgetTotal',
  budgetMinPerProject: 'offerForm.budgetMinPerProject',
  budgetMaxPerProject: 'offerForm.budgetMaxPerProject',
  availableFrom: 'offerForm.availableFrom',
  availableUntil: 'offerForm.availableUntil',
  workingLanguages: 'offerForm.workingLanguages',
  visibility: 'offerForm.visibility',
  contactName: 'offerForm.contactName',
  contactEmail: 'offerForm.contactEmail',
};

export type FieldProblem = (field: keyof OfferDraft) => string | undefined;
