import { isAmount, sumDecimals } from './money-input';

describe('money typed by a party', () => {
  it('sums decimal strings exactly, without floats', () => {
    expect(sumDecimals(['0.10', '0.20'])).toBe('0.30');
    expect(sumDecimals(['120000', '30000.50', '49999.50'])).toBe('200000.00');
    expect(sumDecimals(['1.5', '-2'])).toBe('-0.5');
    expect(sumDecimals([])).toBe('0');
    expect(sumDecimals(['12', 'abc'])).toBeNull();
  });
  it('takes positive amounts with up to two decimals', () => {
    expect(['100', '100.5', '0.01', ' 42.00 '].map(isAmount)).toEqual([true, true, true, true]);
    expect(['', '0', '0.00', '-5', '1e3', '1,000', '1.234'].map(isAmount)).toEqual([false, false, false, false, false, false, false]);
  });
});
