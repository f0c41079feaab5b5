import { describe, expect, it } from '@jest/globals';
import { readReviewQuery, toMatchFilter } from './review-query';

describe('the match review query in the URL', () => {
  it('reads the filters and gives the API its filter', () => {
    const q = readReviewQuery(new URLSearchParams('region=002&theme=MARKING&min=60&status=CONFIRMED'));
    expect(q).toEqual({ region: '002', theme: 'MARKING', min: 60, status: 'CONFIRMED' });
    expect(toMatchFilter(q)).toEqual({ statuses: ['CONFIRMED'], regionCode: '002', thematicAreas: ['MARKING'], minScore: 0.6 });
  });

  it('drops what it does not know, and lists suggestions by default', () => {
    const q = readReviewQuery(new URLSearchParams('region=999&theme=bad theme&min=150&status=WITHDRAWN'));
    expect(q).toEqual({ region: null, theme: null, min: null, status: 'SUGGESTED' });
    expect(toMatchFilter(q)).toEqual({ statuses: ['SUGGESTED'] });
  });
});
