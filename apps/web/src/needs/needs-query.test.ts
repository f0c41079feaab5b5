import { describe, expect, it } from '@jest/globals';
import { activeFilterCount, needsQueryString, parseNeedsQuery, toNeedFilter, toNeedSort } from './needs-query';

describe('the needs search in the URL', () => {
  it('reads every filter and writes it back the same', () => {
    const url =
      '?q=marquage&theme=MARKING&theme=STOCKPILE&type=TRAINING&state=GHA&region=002&org=ECOWAS&budgetMin=1000&budgetMax=50000.50&validFrom=2027-01-01&validTo=2028-12-31&sort=NEWEST&after=abc';
    const q = parseNeedsQuery(url);
    expect(q).toEqual({
      q: 'marquage',
      themes: ['MARKING', 'STOCKPILE'],
      types: ['TRAINING'],
      states: ['GHA'],
      region: '002',
      org: 'ECOWAS',
      budgetMin: '1000',
      budgetMax: '50000.50',
      validFrom: '2027-01-01',
      validTo: '2028-12-31',
      sort: 'NEWEST',
      after: 'abc',
    });
    expect(needsQueryString(q)).toBe(url);
    expect(activeFilterCount(q)).toBe(10);
  });

  it('drops what the API would refuse instead of failing the page', () => {
    const q = parseNeedsQuery('?region=Africa&budgetMin=1e9&validFrom=tomorrow&sort=RANDOM&theme=<script>');
    expect(q).toMatchObject({ region: null, budgetMin: null, validFrom: null, sort: null, themes: [] });
    expect(needsQueryString(q)).toBe('');
  });

  it('keeps searches in any script', () => {
    expect(parseNeedsQuery('?q=' + encodeURIComponent('تعليم الأسلحة')).q).toBe('تعليم الأسلحة');
    expect(needsQueryString(parseNeedsQuery('?q=%E6%A0%87%E8%AE%B0'))).toBe('?q=%E6%A0%87%E8%AE%B0');
  });

  it('sends only the set filters to the API', () => {
    expect(toNeedFilter(parseNeedsQuery('?theme=MARKING&budgetMax=10'))).toEqual({
      thematicAreas: ['MARKING'],
      assistanceTypes: undefined,
      states: undefined,
      regionCode: undefined,
      regionalOrganisationCode: undefined,
      budgetUsdMin: undefined,
      budgetUsdMax: '10',
      validUntilFrom: undefined,
      validUntilTo: undefined,
    });
  });

  it('asks for the best match only when there are words to match', () => {
    expect(toNeedSort(parseNeedsQuery('?sort=RELEVANCE'))).toBeUndefined();
    expect(toNeedSort(parseNeedsQuery('?q=marking&sort=RELEVANCE'))).toBe('RELEVANCE');
    expect(toNeedSort(parseNeedsQuery('?sort=NEWEST'))).toBe('NEWEST');
  });
});
