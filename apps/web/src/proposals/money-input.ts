/** An amount as the API takes it: an exact decimal string with up to two decimals, never a float. */
export const isAmount = (value: string) => /^\d{1,13}(\.\d{1,2})?$/.test(value.trim()) && !/^0*(\.0*)?$/.test(value.trim());

/** Sums decimal strings exactly (integers scaled to the largest number of decimals); null if one is not a number. */
export function sumDecimals(values: string[]): string | null {
  const parts = values.map((v) => v.trim());
  if (parts.some((v) => !/^-?\d+(\.\d+)?$/.test(v))) return null;
  const scale = Math.max(0, ...parts.map((v) => v.split('.')[1]?.length ?? 0));
  const scaled = (v: string) => {
    const [whole, frac = ''] = v.replace('-', '').split('.');
    const n = BigInt(whole! + frac.padEnd(scale, '0'));
    return v.startsWith('-') ? -n : n;
  };
  const total = parts.reduce((sum, v) => sum + scaled(v), 0n);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, '0');
  const text = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return negative ? `-${text}` : text;
}
