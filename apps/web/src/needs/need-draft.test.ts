import { describe, expect, it } from '@jest/globals';
import { changedFields, draftOf, emptyDraft, toContentInput, toCreateInput, toUpdateInput } from './need-draft';

const saved = {
  originalLanguage: 'FR' as const,
  title: 'Marquage des armes',
  problem: 'Les armes ne sont pas marquées.',
  proposedActivities: '1. Acheter 2 machines. 2. Former 30 agents.',
  alreadyDone: null,
  nationalContribution: 'Locaux et personnel.',
  thematicAreaCodes: ['MARKING'],
  assistanceTypeCodes: ['EQUIPMENT', 'TRAINING'],
  budget: { amount: '250000.50', currency: 'EUR' },
  priorityRank: 2,
  timeframe: { start: '2027-01-01', end: null },
  validUntil: '2028-12-31',
  visibility: 'PUBLIC' as const,
};

describe('need drafts', () => {
  it('read a saved need into the form and back without losing or rounding anything', () => {
    const draft = draftOf(saved);
    expect(draft.budgetAmount).toBe('250000.50');
    expect(draft.alreadyDone).toBe('');
    const input = toUpdateInput(draft, 'n1', 7);
    expect(input).toMatchObject({
      needId: 'n1',
      expectedVersion: 7,
      title: saved.title,
      alreadyDone: null, // empty clears
      nationalContribution: 'Locaux et personnel.',
      budget: { amount: '250000.50', currency: 'EUR' }, // a decimal string, never a float
      priorityRank: 2,
      timeframeStart: '2027-01-01',
      timeframeEnd: null,
      validUntil: '2028-12-31',
      thematicAreas: ['MARKING'],
      assistanceTypes: ['EQUIPMENT', 'TRAINING'],
    });
  });

  it('remove the budget when its amount is emptied, and leave valid-until to the API when empty', () => {
    const draft = { ...draftOf(saved), budgetAmount: '  ', validUntil: '' };
    expect(toContentInput(draft).budget).toBeNull();
    expect(toUpdateInput(draft, 'n1', 1).validUntil).toBeUndefined();
    expect(toCreateInput(draft, 'SEN').validUntil).toBeUndefined();
  });

  it('create for the given State in the language chosen', () => {
    const input = toCreateInput({ ...emptyDraft('AR'), title: 'عنوان' }, 'JOR');
    expect(input).toMatchObject({ stateIso3: 'JOR', language: 'AR', title: 'عنوان', problem: '', priorityRank: null, budget: null });
  });

  it('name the fields someone else changed', () => {
    const mine = draftOf(saved);
    const theirs = { ...mine, title: 'Autre titre', thematicAreas: ['MARKING', 'TRACING'] };
    expect(changedFields(mine, theirs)).toEqual(['title', 'thematicAreas']);
    expect(changedFields(mine, { ...mine })).toEqual([]);
  });
});
