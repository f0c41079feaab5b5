import type { CreateOfferInput, Language, OfferStatus, OfferVisibility, UpdateOfferInput } from '../gql/types';

/** Statuses in which the API lets the donor edit an offer (EDITABLE_OFFER_STATUSES in libs/offers); it refuses the rest. */
export const EDITABLE_OFFER: OfferStatus[] = ['DRAFT', 'RETURNED', 'PUBLISHED', 'EXPIRED'];

/**
 * An offer as its form holds it: every field a string, a list or a switch, as typed. The keys are
 * the API's input names, so a refusal's field path (`input.budgetTotal`) names the form's field.
 * The API checks everything (validateOfferFields); these functions only carry it there and back.
 */
export interface OfferDraft {
  language: Language;
  title: string;
  description: string;
  conditions: string;
  modality: string;
  thematicAreas: string[];
  assistanceTypes: string[];
  eligibleEverywhere: boolean;
  eligibleRegions: string[];
  eligibleRegionalOrganisations: string[];
  eligibleStates: string[];
  budgetCurrency: string;
  budgetTotal: string;
  budgetMinPerProject: string;
  budgetMaxPerProject: string;
  availableFrom: string;
  availableUntil: string;
  workingLanguages: Language[];
  visibility: OfferVisibility;
  contactName: string;
  contactEmail: string;
}

export const emptyOfferDraft = (language: Language, today: string): OfferDraft => ({
  language,
  title: '',
  description: '',
  conditions: '',
  modality: '',
  thematicAreas: [],
  assistanceTypes: [],
  eligibleEverywhere: false,
  eligibleRegions: [],
  eligibleRegionalOrganisations: [],
  eligibleStates: [],
  budgetCurrency: 'USD',
  budgetTotal: '',
  budgetMinPerProject: '',
  budgetMaxPerProject: '',
  availableFrom: today,
  availableUntil: '',
  workingLanguages: [language],
  visibility: 'PUBLIC',
  contactName: '',
  contactEmail: '',
});

export interface SavedOffer {
  originalLanguage: Language;
  title: string;
  description: string;
  conditions: string | null;
  modality: string | null;
  thematicAreaCodes: string[];
  assistanceTypeCodes: string[];
  eligibility: { everywhere: boolean; regions: string[]; regionalOrganisations: string[]; states: string[] };
  budget: { currency: string; total: string; minPerProject: string | null; maxPerProject: string | null };
  availableFrom: string;
  availableUntil: string | null;
  workingLanguages: Language[];
  visibility: OfferVisibility;
  contactName: string | null;
  contactEmail: string | null;
}

/** The form's values for a saved offer. */
export const offerDraftOf = (offer: SavedOffer): OfferDraft => ({
  language: offer.originalLanguage,
  title: offer.title,
  description: offer.description,
  conditions: offer.conditions ?? '',
  modality: offer.modality ?? '',
  thematicAreas: offer.thematicAreaCodes,
  assistanceTypes: offer.assistanceTypeCodes,
  eligibleEverywhere: offer.eligibility.everywhere,
  eligibleRegions: offer.eligibility.regions,
  eligibleRegionalOrganisations: offer.eligibility.regionalOrganisations,
  eligibleStates: offer.eligibility.states,
  budgetCurrency: offer.budget.currency,
  budgetTotal: offer.budget.total,
  budgetMinPerProject: offer.budget.minPerProject ?? '',
  budgetMaxPerProject: offer.budget.maxPerProject ?? '',
  availableFrom: offer.availableFrom,
  availableUntil: offer.availableUntil ?? '',
  workingLanguages: offer.workingLanguages,
  visibility: offer.visibility,
  contactName: offer.contactName ?? '',
  contactEmail: offer.contactEmail ?? '',
});

const text = (value: string) => (value.trim() ? value.trim() : null);

/** What the offer says, as the API takes it: an empty optional field clears it (null). */
function contentOf(draft: OfferDraft) {
  // "Anyone may benefit" stands alone: places kept in the form behind it are not sent.
  const places = !draft.eligibleEverywhere;
  return {
    title: draft.title,
    description: draft.description,
    conditions: text(draft.conditions),
    modality: text(draft.modality),
    thematicAreas: draft.thematicAreas,
    assistanceTypes: draft.assistanceTypes,
    eligibleEverywhere: draft.eligibleEverywhere,
    eligibleRegions: places ? draft.eligibleRegions : [],
    eligibleRegionalOrganisations: places ? draft.eligibleRegionalOrganisations : [],
    eligibleStates: places ? draft.eligibleStates : [],
    budgetCurrency: draft.budgetCurrency,
    budgetTotal: draft.budgetTotal.trim(),
    budgetMinPerProject: text(draft.budgetMinPerProject),
    budgetMaxPerProject: text(draft.budgetMaxPerProject),
    availableFrom: draft.availableFrom,
    availableUntil: draft.availableUntil || null,
    workingLanguages: draft.workingLanguages,
    visibility: draft.visibility,
    contactName: text(draft.contactName),
    contactEmail: text(draft.contactEmail),
  };
}

export const toCreateOfferInput = (draft: OfferDraft, organisationId: string): CreateOfferInput => ({
  ...contentOf(draft),
  language: draft.language,
  organisationId,
});

/** The language of a saved offer's original is not changed by an edit (translations are separate). */
export const toUpdateOfferInput = (draft: OfferDraft, offerId: string, expectedVersion: number): UpdateOfferInput => ({
  ...contentOf(draft),
  offerId,
  expectedVersion,
});

/** The fields whose values differ between two drafts (after a conflict: what the other person changed). */
export const changedOfferFields = (a: OfferDraft, b: OfferDraft): (keyof OfferDraft)[] =>
  (Object.keys(a) as (keyof OfferDraft)[]).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
