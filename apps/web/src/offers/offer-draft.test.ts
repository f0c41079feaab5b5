import { changedOfferFields, emptyOfferDraft, offerDraftOf, toCreateOfferInput, toUpdateOfferInput, type SavedOffer } from './offer-draft';

const saved: SavedOffer = {
  originalLanguage: 'FR',
  title: 'Marquage',
  description: 'Machines de marquage',
  conditions: null,
  modality: 'Grant',
  thematicAreaCodes: ['MARKING'],
  assistanceTypeCodes: ['EQUIPMENT'],
  eligibility: { everywhere: false, regions: ['002'], regionalOrganisations: ['ECOWAS'], states: ['GHA'] },
  budget: { currency: 'EUR', total: '500000.00', minPerProject: null, maxPerProject: '100000.00' },
  availableFrom: '2027-01-01',
  availableUntil: null,
  workingLanguages: ['FR', 'EN'],
  visibility: 'PUBLIC',
  contactName: null,
  contactEmail: 'desk@example.org',
};

describe('offer drafts', () => {
  it('reads a saved offer into the form and back without loss', () => {
    const draft = offerDraftOf(saved);
    expect(draft.conditions).toBe('');
    expect(draft.budgetMinPerProject).toBe('');
    const input = toUpdateOfferInput(draft, 'o1', 3);
    expect(input).toMatchObject({
      offerId: 'o1',
      expectedVersion: 3,
      conditions: null,
      budgetMinPerProject: null,
      budgetMaxPerProject: '100000.00',
      availableUntil: null,
      eligibleRegions: ['002'],
      eligibleStates: ['GHA'],
      workingLanguages: ['FR', 'EN'],
      contactEmail: 'desk@example.org',
    });
    expect(input).not.toHaveProperty('language');
  });

  it('sends no places when anyone may benefit', () => {
    const draft = { ...offerDraftOf(saved), eligibleEverywhere: true };
    expect(toCreateOfferInput(draft, 'org')).toMatchObject({
      eligibleEverywhere: true,
      eligibleRegions: [],
      eligibleStates: [],
      eligibleRegionalOrganisations: [],
      language: 'FR',
      organisationId: 'org',
    });
  });

  it('starts a new offer today, in the writer language, open-ended', () => {
    const draft = emptyOfferDraft('AR', '2026-12-05');
    expect(draft).toMatchObject({ language: 'AR', availableFrom: '2026-12-05', availableUntil: '', workingLanguages: ['AR'], budgetCurrency: 'USD' });
  });

  it('names the fields that differ', () => {
    const a = offerDraftOf(saved);
    expect(changedOfferFields(a, { ...a, title: 'Autre', eligibleStates: ['SEN'] })).toEqual(['title', 'eligibleStates']);
  });
});
