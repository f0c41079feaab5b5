import { sqlList } from './sql-list.js';

describe('sqlList', () => {
  it('quotes each value and separates them with commas', () => {
    expect(sqlList(['DONOR'])).toBe("'DONOR'");
    expect(sqlList(['COMMITTED', 'DISBURSED', 'REPORTED'])).toBe("'COMMITTED', 'DISBURSED', 'REPORTED'");
    expect(sqlList(['contribution.disbursed', ''])).toBe("'contribution.disbursed', ''");
  });

  it('doubles a quote, so a value cannot end its literal', () => {
    expect(sqlList(["O'Brien"])).toBe("'O''Brien'");
    expect(sqlList(["x') OR ('1' = '1"])).toBe("'x'') OR (''1'' = ''1'");
  });

  it('refuses a backslash, a NUL and an empty list', () => {
    expect(() => sqlList(['a\\'])).toThrow(/backslash/);
    expect(() => sqlList(['a\0b'])).toThrow(/NUL/);
    expect(() => sqlList([])).toThrow(/no values/);
  });
});
