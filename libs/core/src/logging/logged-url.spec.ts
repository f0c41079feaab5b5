import { loggedUrl } from './logging.module.js';

describe('loggedUrl', () => {
  it('hides a signed token in the path and the query string', () => {
    expect(loggedUrl(`/exports/${'a'.repeat(80)}.${'b'.repeat(43)}`)).toBe('/exports/[redacted]');
    expect(loggedUrl('/needs?search=marking&token=x')).toBe('/needs?[redacted]');
  });

  it('keeps paths, ids and short segments', () => {
    expect(loggedUrl('/graphql')).toBe('/graphql');
    expect(loggedUrl('/iati/activities/0f8fad5b-d9cb-469f-a165-70867728950e.xml')).toBe('/iati/activities/0f8fad5b-d9cb-469f-a165-70867728950e.xml');
  });
});
