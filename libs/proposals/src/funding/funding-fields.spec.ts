import { fieldsAndReasons } from '../../../core/src/validation/field-problems.fixtures.js';
import { ContributionKind, ContributionStatus as C } from './contribution.enums.js';
import { contributionCurrencyProblem, readContributionFields, readOutcomeReportFields } from './funding-fields.js';

const OFFER = '00000000-0000-4000-8000-00000000000a';

describe('readContributionFields', () => {
  it('reads a pledge of money by default, the amount exact', () => {
    expect(readContributionFields({ amount: '1500.5' })).toEqual({
      fields: {
        organisationId: null,
        status: C.PLEDGED,
        amount: '1500.50',
        kind: ContributionKind.MONEY,
        description: null,
        trancheNumber: null,
        offerId: null,
      },
      problems: [],
    });
  });

  it('reads help in kind with its description, for a tranche, from an offer', () => {
    const read = readContributionFields({
      amount: '200',
      status: C.COMMITTED,
      kind: ContributionKind.IN_KIND,
      description: ' Marking machines ',
      trancheNumber: 2,
      offerId: OFFER,
    });
    expect(read.fields).toMatchObject({
      status: C.COMMITTED,
      amount: '200.00',
      kind: ContributionKind.IN_KIND,
      description: 'Marking machines',
      trancheNumber: 2,
      offerId: OFFER,
    });
  });

  it('gives every problem with its field', () => {
    const { fields, problems } = readContributionFields({
      amount: ' ',
      status: C.DISBURSED,
      kind: ContributionKind.IN_KIND,
      trancheNumber: 0,
      offerId: 'offer-1',
      organisationId: 'org-1',
    });
    expect(fields).toBeNull();
    expect(fieldsAndReasons(problems)).toEqual([
      ['input.status', 'contribution.statusNotRecordable'],
      ['input.amount', 'field.required'],
      ['input.description', 'contribution.inKindDescription'],
      ['input.trancheNumber', 'contribution.trancheNumber'],
      ['input.offerId', 'field.notIdOf'],
      ['input.organisationId', 'field.notIdOf'],
    ]);
  });

  it('refuses an amount that is not exact and positive', () => {
    expect(fieldsAndReasons(readContributionFields({ amount: '0.00' }).problems)).toEqual([['input.amount', 'field.notPositive']]);
    expect(fieldsAndReasons(readContributionFields({ amount: '1.234' }).problems)).toEqual([['input.amount', 'field.notAmount']]);
  });
});

describe('contributionCurrencyProblem', () => {
  it("accepts none, or the proposal's currency in any case; refuses another", () => {
    expect(contributionCurrencyProblem(undefined, 'EUR')).toBeNull();
    expect(contributionCurrencyProblem(' eur ', 'EUR')).toBeNull();
    expect(contributionCurrencyProblem('USD', 'EUR')).toMatchObject({
      field: 'input.currency',
      reason: 'contribution.wrongCurrency',
      params: { currency: 'EUR' },
    });
  });
});

describe('readOutcomeReportFields', () => {
  it('reads a summary and an optional link, trimmed', () => {
    expect(readOutcomeReportFields({ summary: ' Done ', documentUrl: ' ' })).toEqual({ fields: { summary: 'Done', documentUrl: null }, problems: [] });
    expect(readOutcomeReportFields({ summary: 'Done', documentUrl: 'https://example.org/r' }).fields?.documentUrl).toBe('https://example.org/r');
  });

  it('requires the summary and refuses a link that is not http(s)', () => {
    expect(fieldsAndReasons(readOutcomeReportFields({ summary: '', documentUrl: 'file:///r' }).problems)).toEqual([
      ['input.summary', 'field.required'],
      ['input.documentUrl', 'field.notHttpLink'],
    ]);
  });
});
