// Builds docs/examples/national-report.xlsx (sheets "Report" and "Needs") from
// docs/examples/national-report.json, the way a State would fill in the workbook: lists as text
// separated by "; ", the budget as a number, dates as date cells.
// Run: node scripts/generate-example-xlsx.mjs. The output is the same byte for byte on every run
// (fixed document dates and ZIP entry times).
import { readFileSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import ExcelJS from 'exceljs';

const SOURCE = new URL('../docs/examples/national-report.json', import.meta.url);
const TARGET = new URL('../docs/examples/national-report.xlsx', import.meta.url);
const FIXED_TIME = new Date(Date.UTC(2024, 0, 1));

const COLUMNS = [
  ['ref', 8],
  ['section', 9],
  ['title', 40],
  ['problem', 60],
  ['proposed_activities', 60],
  ['already_done', 40],
  ['national_contribution', 40],
  ['thematic_areas', 24],
  ['assistance_types', 24],
  ['poa_paragraphs', 14],
  ['iti_paragraphs', 14],
  ['mosaic_modules', 14],
  ['budget_amount', 14],
  ['budget_currency', 10],
  ['priority_rank', 8],
  ['timeframe_start', 12],
  ['timeframe_end', 12],
  ['visibility', 18],
  ['valid_until', 12],
  ['language', 9],
];
const LISTS = new Set(['thematic_areas', 'assistance_types', 'poa_paragraphs', 'iti_paragraphs', 'mosaic_modules']);
const DATES = new Set(['timeframe_start', 'timeframe_end', 'valid_until']);
const camel = (name) => name.replace(/_([a-z])/g, (_, c) => c.toUpperCase());

/** The need's value for a column, as a spreadsheet user would type it. */
function cellValue(need, column) {
  const [group, part] = column.split('_');
  const raw = group === 'budget' || group === 'timeframe' ? need[group]?.[part] : need[camel(column)];
  if (raw === undefined || raw === null) return null;
  if (LISTS.has(column)) return raw.join('; ');
  if (DATES.has(column)) return new Date(`${raw}T00:00:00Z`);
  if (column === 'budget_amount') return Number(raw);
  return raw;
}

const doc = JSON.parse(readFileSync(SOURCE, 'utf8'));
const workbook = new ExcelJS.Workbook();
workbook.creator = 'GIS Assistance Marketplace';
workbook.lastModifiedBy = 'GIS Assistance Marketplace';
workbook.created = FIXED_TIME;
workbook.modified = FIXED_TIME;

const report = workbook.addWorksheet('Report');
report.columns = [
  { header: 'key', key: 'key', width: 18 },
  { header: 'value', key: 'value', width: 110 },
];
report.addRows([
  { key: 'state', value: doc.report.state },
  { key: 'instrument', value: doc.report.instrument },
  { key: 'year', value: doc.report.year },
  { key: 'language', value: doc.report.language },
  { key: 'source_reference', value: doc.report.sourceReference },
]);
report.getRow(1).font = { bold: true };

const needs = workbook.addWorksheet('Needs', { views: [{ state: 'frozen', ySplit: 1 }] });
needs.columns = COLUMNS.map(([name, width]) => ({ header: name, key: name, width }));
for (const need of doc.needs) {
  needs.addRow(Object.fromEntries(COLUMNS.map(([name]) => [name, cellValue(need, name)])));
}
needs.getRow(1).font = { bold: true };
needs.eachRow((row, n) => {
  if (n > 1) row.alignment = { vertical: 'top', wrapText: true };
});
needs.getColumn('budget_amount').numFmt = '#,##0.00';
for (const name of DATES) needs.getColumn(name).numFmt = 'yyyy-mm-dd';

const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
fixZipTimes(buffer, FIXED_TIME);
writeFileSync(TARGET, buffer);
console.log(`wrote ${TARGET.pathname} (${doc.needs.length} needs, ${buffer.length} bytes)`);

/** Sets the time of every ZIP entry (local header and central directory) to `date`. */
function fixZipTimes(zip, date) {
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('no ZIP directory in the written workbook');
  let at = zip.readUInt32LE(eocd + 16);
  for (let k = zip.readUInt16LE(eocd + 10); k > 0; k--) {
    zip.writeUInt16LE(dosTime, at + 12);
    zip.writeUInt16LE(dosDate, at + 14);
    const local = zip.readUInt32LE(at + 42);
    zip.writeUInt16LE(dosTime, local + 10);
    zip.writeUInt16LE(dosDate, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
}
