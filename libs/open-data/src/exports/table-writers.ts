import ExcelJS from 'exceljs';
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
  rows: AsyncIterable<Cell[]>;
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
  // Rows are joined in batches: one chunk per row would cost more in stream overhead than in writing.
  async function* lines(): AsyncGenerator<string> {
    yield `\uFEFF${table.headers.map((h) => csvField(h, 'code')).join(',')}\r\n`;
    let batch = '';
    let count = 0;
    for await (const row of table.rows) {
      batch += `${row.map((value, i) => csvField(value, table.kinds[i]!)).join(',')}\r\n`;
      if (++count % 500 === 0) {
        yield batch;
        batch = '';
      }
    }
    if (batch) yield batch;
  }
  return Readable.from(lines(), { objectMode: false });
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
 * memory), one sheet, the header row frozen and bold; amounts as numbers with two decimals.
 */
export function xlsxStream(table: Table, sheetName: string): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.headers.map((header, i) => ({
    header,
    width: Math.min(60, Math.max(12, header.length + 2)),
    style: table.kinds[i] === 'decimal' ? { numFmt: '#,##0.00' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  void (async () => {
    try {
      for await (const row of table.rows) {
        // A reader gone: stop reading rows (leaving the loop ends the query walk too).
        if (output.destroyed) return;
        sheet.addRow(row.map((value, i) => xlsxCell(value, table.kinds[i]!))).commit();
        // A slow reader: wait for it rather than holding the file in memory.
        if (output.writableNeedDrain) await once(output, 'drain');
      }
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
