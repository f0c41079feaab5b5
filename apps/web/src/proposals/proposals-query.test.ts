import { describe, expect, it } from '@jest/globals';
import { activeFilterCount, parseProposalsQuery, parseProposalTab, proposalsQueryString, proposalTabString, toProposalFilter } from './proposals-query';
import { rateDateInForce, todayUtc } from './usd-rate';

describe('the proposals list in the URL', () => {
  it('reads every filter and writes it back the same', () => {
    const url = '?status=OPEN_FOR_FUNDING&status=PARTIALLY_FUNDED&state=GHA&state=CIV&mine=1&sort=FUNDING_DEADLINE&after=abc';
    const q = parseProposalsQuery(url);
    expect(q).toEqual({ statuses: ['OPEN_FOR_FUNDING', 'PARTIALLY_FUNDED'], states: ['GHA', 'CIV'], mine: true, sort: 'FUNDING_DEADLINE', after: 'abc' });
    expect(proposalsQueryString(q)).toBe(url);
    expect(activeFilterCount(q)).toBe(5);
  });

  it('drops what the API would refuse instead of failing the page', () => {
    const q = parseProposalsQuery('?status=PAID&status=funded&state=Ghana&state=G1A&mine=yes&sort=RANDOM');
    expect(q).toEqual({ statuses: [], states: [], mine: false, sort: null, after: null });
    expect(proposalsQueryString(q)).toBe('');
  });

  it('keeps each status and State once, States in upper case', () => {
    expect(parseProposalsQuery('?status=FUNDED&status=FUNDED&state=gha&state=GHA')).toMatchObject({ statuses: ['FUNDED'], states: ['GHA'] });
  });

  it('sends only the set filters, and "mine" only when signed in', () => {
    const q = parseProposalsQuery('?state=GHA&mine=1');
    expect(toProposalFilter(q, true)).toEqual({ statuses: undefined, states: ['GHA'], mine: true });
    expect(toProposalFilter(q, false)).toEqual({ statuses: undefined, states: ['GHA'], mine: undefined });
  });
});

describe("a proposal's tab in the URL", () => {
  it('opens the tab named, else the summary', () => {
    expect(parseProposalTab('?tab=funding')).toBe('funding');
    expect(parseProposalTab('?tab=documents')).toBe('documents');
    expect(parseProposalTab('?tab=deal')).toBe('deal');
    expect(parseProposalTab('?tab=deal-room')).toBe('summary');
    expect(parseProposalTab('')).toBe('summary');
  });
  it('writes the summary as the bare address', () => {
    expect(proposalTabString('summary')).toBe('');
    expect(proposalTabString('budget')).toBe('?tab=budget');
  });
});

describe('the date of the USD rate in force', () => {
  const rates = [
    { currencyCode: 'EUR', effectiveDate: '2026-01-01' },
    { currencyCode: 'EUR', effectiveDate: '2026-07-01' },
    { currencyCode: 'EUR', effectiveDate: '2027-01-01' },
    { currencyCode: 'GBP', effectiveDate: '2026-09-01' },
  ];
  it('is the newest rate of the currency not after today', () => {
    expect(rateDateInForce(rates, 'EUR', '2026-12-04')).toBe('2026-07-01');
    expect(rateDateInForce(rates, 'EUR', '2027-01-01')).toBe('2027-01-01');
  });
  it('is null before the first rate, or for a currency without rates', () => {
    expect(rateDateInForce(rates, 'EUR', '2025-12-31')).toBeNull();
    expect(rateDateInForce(rates, 'XOF', '2026-12-04')).toBeNull();
  });
  it('counts today in UTC', () => {
    expect(todayUtc(new Date('2026-12-04T23:30:00-05:00'))).toBe('2026-12-05');
  });
});
