import { saveFile } from '../common/download';

/**
 * A chart's figures as CSV (RFC 4180): UTF-8 with a byte-order mark so spreadsheet programs read
 * the accents and scripts right; figures as the API gave them (decimal strings, not formatted).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const cell = (value: string | number | null | undefined) => {
    const text = value == null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Offers the CSV as a file to save. */
export const downloadCsv = (fileName: string, csv: string): void => saveFile(fileName, csv, 'text/csv;charset=utf-8');
