import { describe, expect, it } from '@jest/globals';
import { activeFilterCount, isRecordId, NO_FILTERS, offersQueryString, parseOffersQuery, toOfferFilter, toOfferSort } from './offers-query';

const DONOR = '0b9c6a52-1d1e-4f7e-9a43-6f1f0c1d2e3f';

describe('the offers search in the URL', () => {
  it('reads every filter and writes it back the same', () => {
    const url = `?q=marquage&theme=MARKING&theme=RECORD_KEEPING&type=TRAINING&donor=${DONOR}&eligible=GHA&availableOn=2027-01-01&projectUsd=250000&remainingMin=1000.50&language=FR&language=EN&sort=REMAINING_USD_DESC&after=abc`;
    const q = parseOffersQuery(url);
    expect(q).toEqual({
      q: 'marquage',
      themes: ['MARKING', 'RECORD_KEEPING'],
      types: ['TRAINING'],
      donors: [DONOR],
      eligible: 'GHA',
      availableOn: '2027-01-01',
      projectUsd: '250000',
      remainingMin: '1000.50',
      languages: ['FR', 'EN'],
      sort: 'REMAINING_USD_DESC',
      after: 'abc',
    });
    expect(offersQueryString(q)).toBe(url);
    expect(activeFilterCount(q)).toBe(10);
  });

  it('drops what the API would refuse instead of failing the page', () => {
    const q = parseOffersQuery('?donor=1%3BDROP&eligible=Ghana&availableOn=soon&projectUsd=1e9&remainingMin=-5&language=de&sort=RANDOM&theme=<script>');
    expect(q).toMatchObject({ donors: [], eligible: null, availableOn: null, projectUsd: null, remainingMin: null, languages: [], sort: null, themes: [] });
    expect(offersQueryString(q)).toBe('');
    expect(activeFilterCount(q)).toBe(0);
  });

  it('normalises codes the way the API stores them', () => {
    const q = parseOffersQuery(`?eligible=gha&language=fr&language=FR&donor=${DONOR.toUpperCase()}`);
    expect(q).toMatchObject({ eligible: 'GHA', languages: ['FR'], donors: [DONOR] });
  });

  it('keeps searches in any script', () => {
    expect(parseOffersQuery('?q=' + encodeURIComponent('تعليم الأسلحة')).q).toBe('تعليم الأسلحة');
    expect(parseOffersQuery('?q=' + encodeURIComponent('маркировка оружия')).q).toBe('маркировка оружия');
    expect(offersQueryString(parseOffersQuery('?q=%E6%A0%87%E8%AE%B0'))).toBe('?q=%E6%A0%87%E8%AE%B0');
  });

  it('sends only the set filters to the API', () => {
    expect(toOfferFilter(parseOffersQuery('?theme=MARKING&projectUsd=10&language=ES'))).toEqual({
      thematicAreas: ['MARKING'],
      assistanceTypes: undefined,
      organisations: undefined,
      eligibleFor: undefined,
      availableOn: undefined,
      projectUsd: '10',
      remainingUsdMin: undefined,
      workingLanguages: ['ES'],
    });
  });

  it('asks for the best match only when there are words to match', () => {
    expect(toOfferSort(parseOffersQuery('?sort=RELEVANCE'))).toBeUndefined();
    expect(toOfferSort(parseOffersQuery('?q=stockpile&sort=RELEVANCE'))).toBe('RELEVANCE');
    expect(toOfferSort(parseOffersQuery('?sort=AVAILABLE_UNTIL'))).toBe('AVAILABLE_UNTIL');
  });

  it('clears the filters but keeps the words and the sort', () => {
    const q = { ...parseOffersQuery(`?q=legal&sort=NEWEST&theme=LEGISLATION&donor=${DONOR}&eligible=GHA`), ...NO_FILTERS };
    expect(offersQueryString(q)).toBe('?q=legal&sort=NEWEST');
  });

  it('tells a record id from a mangled link', () => {
    expect(isRecordId(DONOR)).toBe(true);
    expect(isRecordId('not-a-uuid')).toBe(false);
    expect(isRecordId(`${DONOR}x`)).toBe(false);
  });
});
