import { criteriaDraftOf, emptyCriteriaDraft, toCreateCriteriaInput, toUpdateCriteriaInput } from './criteria-draft';

describe('standing criteria drafts', () => {
  it('sends empty amounts as none and keeps the lists', () => {
    expect(toCreateCriteriaInput({ ...emptyCriteriaDraft(), name: 'West Africa', regions: ['011'], budgetUsdMin: ' 50000 ' }, 'org')).toEqual({
      name: 'West Africa',
      organisationId: 'org',
      thematicAreas: [],
      assistanceTypes: [],
      regions: ['011'],
      states: [],
      languages: [],
      budgetUsdMin: '50000',
      budgetUsdMax: null,
    });
  });

  it('reads saved criteria into the form and back', () => {
    const draft = criteriaDraftOf({
      name: 'Marking',
      thematicAreaCodes: ['MARKING'],
      assistanceTypeCodes: [],
      regions: [],
      states: ['GHA'],
      languages: ['FR'],
      budgetUsdMin: null,
      budgetUsdMax: '900000',
    });
    expect(toUpdateCriteriaInput(draft, 'c1', 2)).toMatchObject({
      criteriaId: 'c1',
      expectedVersion: 2,
      thematicAreas: ['MARKING'],
      states: ['GHA'],
      languages: ['FR'],
      budgetUsdMin: null,
      budgetUsdMax: '900000',
    });
  });
});
