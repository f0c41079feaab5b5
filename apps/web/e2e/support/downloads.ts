import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
// @ts-expect-error -- the api's build (the browser tests run against it) has no type declarations; typed below.
import { EXPORT_LABELS as LABELS } from '../../../../dist/libs/open-data/src/exports/export-labels.js';
import { t, type Locale } from './catalogue';

/** The column headers of the exports in each language, as the api writes them (libs/open-data/src/exports/export-labels.ts). */
export const EXPORT_LABELS = LABELS as Record<Locale, { columns: Record<string, string>; sheets: Record<string, string> }>;

/** The files of the "Download" menus (open-data/ExportMenu), chosen and read as a person's browser saves them. */

export type Table = string[][];

/** RFC 4180, as the API writes it (UTF-8 with a byte-order mark, CR LF). */
export function parseCsv(text: string): Table {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows: Table = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && c !== '\r')) {
      field += c;
    } else if (c === ',') {
      endField();
    } else if (text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else {
      field += c;
    }
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

export async function parseXlsx(path: string): Promise<Table> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const rows: Table = [];
  book.worksheets[0]!.eachRow((r) => rows.push((r.values as ExcelJS.CellValue[]).slice(1).map((v) => (v == null ? '' : String(v)))));
  return rows;
}

/** The column of a header, in a language's labels. */
export const column = (table: Table, locale: Locale, key: string) => {
  const index = table[0]!.indexOf(EXPORT_LABELS[locale].columns[key]!);
  expect(index, `column ${key} in ${table[0]!.join(' | ')}`).toBeGreaterThanOrEqual(0);
  return table.slice(1).map((r) => r[index]!);
};

/** Opens a Download menu and chooses a format; the file the browser saved, read as a table. */
export async function download(
  page: Page,
  menu: Locator,
  format: 'exports.csv' | 'exports.xlsx',
  locale: Locale = 'en',
): Promise<{ fileName: string; table: Table }> {
  await menu.click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: t(locale, format), exact: true }).click()]);
  const path = (await file.path())!;
  const table = format === 'exports.csv' ? parseCsv((await readFile(path)).toString('utf8')) : await parseXlsx(path);
  return { fileName: file.suggestedFilename(), table };
}

export const menuButton = (page: Page, locale: Locale = 'en') =>
  page.getByRole('main').getByRole('button', { name: t(locale, 'exports.download'), exact: true });
