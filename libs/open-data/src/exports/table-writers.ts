import type ExcelJS from 'exceljs';
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';

/**
 * What a column holds, which decides how a cell is written: `text` is what a person typed (guarded
 * against spreadsheet formulas), `code` a stable code or id, `decimal` an exact amount as a decimal
 * string, `integer` a count or score, `date` an ISO 8601 date or instant.
 */
export type CellKind = 'text' | 'code' | 'decimal' | 'integer' | 'date';
export type Cell = string | number | null;

export interface Table {
  headers: string[];
  kinds: CellKind[];
  /** Rows a page at a time (null after the last): each page is written at once, so its records die young. */
  pages: () => Promise<Cell[][] | null>;
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A text that a spreadsheet would read as a formula (=, +, -, @, or a tab or carriage return first)
 * gets a leading apostrophe, as OWASP advises for CSV injection; codes and numbers are left alone.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: Cell, kind: CellKind): string {
  if (value === null) return '';
  const text = kind === 'text' ? guardFormula(String(value)) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV (RFC 4180: CRLF line ends) in UTF-8 with a byte-order mark, so spreadsheets read every script. */
export function csvStream(table: Table): Readable {
  const line = (row: Cell[]) => row.map((value, i) => csvField(value, table.kinds[i]!)).join(',');
  // The page is held only inside this function: what waits for the reader is the text alone.
  const nextChunk = async (): Promise<string | null> => {
    const page = await table.pages();
    return page && page.map((row) => `${line(row)}\r\n`).join('');
  };
  async function* chunks(): AsyncGenerator<string> {
    yield `\uFEFF${table.headers.map((h) => csvField(h, 'code')).join(',')}\r\n`;
    for (let chunk = await nextChunk(); chunk !== null; chunk = await nextChunk()) if (chunk) yield chunk;
  }
  return Readable.from(chunks(), { objectMode: false });
}

/**
 * A decimal string as a spreadsheet number when the number says exactly the same amount (up to 15
 * significant digits), else as text: an amount is never rounded on its way to a spreadsheet.
 */
export function xlsxDecimal(value: string): number | string {
  // Spreadsheets keep 15 significant digits; a double holds any decimal of 15 digits exactly.
  const digits = value.replace(/[-.]/g, '').replace(/^0+/, '').length;
  const number = Number(value);
  return digits <= 15 && Number.isFinite(number) ? number : value;
}

/**
 * XLSX written as rows arrive (exceljs's streaming writer: each row is committed and leaves
 * memory), one sheet, the header row frozen. No styles: with them every cell went through
 * exceljs's style registry, which cost a third of the time of a large file.
 */
export function xlsxStream(table: Table, sheetName: string): Readable {
  const output = new PassThrough();
  void (async () => {
    try {
      // Loaded on first use: a third of a second that every start of the api would pay.
      const { default: Excel } = await import('exceljs');
      const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream: output, useStyles: false, useSharedStrings: false });
      const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = table.headers.map((header) => ({ header, width: Math.min(60, Math.max(12, header.length + 2)) }));
      sheet.getRow(1).commit();
      const addPage = async (): Promise<boolean> => {
        const page = await table.pages();
        for (const row of page ?? []) sheet.addRow(row.map((value, i) => xlsxCell(value, table.kinds[i]!))).commit();
        return page !== null;
      };
      // A reader gone: stop reading pages.
      while (!output.destroyed && (await addPage())) {
        // A slow reader: wait for it rather than holding the file in memory.
        if (output.writableNeedDrain) await once(output, 'drain');
      }
      if (output.destroyed) return;
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      output.destroy(error as Error);
    }
  })();
  return output;
}

function xlsxCell(value: Cell, kind: CellKind): ExcelJS.CellValue {
  if (value === null) return null;
  if (kind === 'decimal') return xlsxDecimal(String(value));
  if (kind === 'integer') return Number(value);
  // A spreadsheet never evaluates a string cell, but a person copying it into a formula bar might.
  return kind === 'text' ? guardFormula(String(value)) : String(value);
}
