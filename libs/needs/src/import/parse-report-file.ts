import { BigNumber } from 'bignumber.js';
import { reason, unstorableTextProblem, withMessage, type Refusal } from '#libs/core';
import type ExcelJS from 'exceljs';
import type { RawImportedNeed } from '../need-fields.js';
import { CsvSyntaxError, readCsvRecords } from './csv.js';
import { IMPORT_LIMITS, ReportFileError, type ImportFormat, type ParsedNeedRecord, type ParsedReportFile, type RawReportMeta } from './report-file.js';
import { checkZipArchive } from './zip-check.js';

/**
 * Reads a national report's assistance section from a file (see docs/IMPORT.md): maps the file's
 * names to RawImportedNeed and keeps the values raw (validateNeedFields checks them). Throws
 * ReportFileError when the file as a whole cannot be used.
 */
export async function parseReportFile(data: Buffer, format: ImportFormat): Promise<ParsedReportFile> {
  checkSize(data);
  switch (format) {
    case 'JSON':
      return parseJson(data);
    case 'CSV':
      return parseCsv(data);
    case 'XLSX':
      return parseXlsx(data);
    default:
      throw new ReportFileError(reason('importFile.unknownFormat', { format: String(format) }));
  }
}

type Field = keyof RawImportedNeed;

/** CSV and XLSX column names; the type makes sure that every field has one. */
const COLUMNS: { [K in Field]-?: string } = {
  ref: 'ref',
  section: 'section',
  title: 'title',
  problem: 'problem',
  proposedActivities: 'proposed_activities',
  alreadyDone: 'already_done',
  nationalContribution: 'national_contribution',
  thematicAreas: 'thematic_areas',
  assistanceTypes: 'assistance_types',
  poaParagraphs: 'poa_paragraphs',
  itiParagraphs: 'iti_paragraphs',
  mosaicModules: 'mosaic_modules',
  budgetAmount: 'budget_amount',
  budgetCurrency: 'budget_currency',
  priorityRank: 'priority_rank',
  timeframeStart: 'timeframe_start',
  timeframeEnd: 'timeframe_end',
  visibility: 'visibility',
  validUntil: 'valid_until',
  language: 'language',
};
const FIELD_BY_COLUMN = new Map(Object.entries(COLUMNS).map(([field, column]) => [column, field as Field]));
const REQUIRED_COLUMNS = [COLUMNS.ref, COLUMNS.title];

/** Where each field is in a JSON need; the type makes sure that every field has a path. */
const JSON_PATHS: { [K in Field]-?: string } = {
  ref: 'ref',
  section: 'section',
  title: 'title',
  problem: 'problem',
  proposedActivities: 'proposedActivities',
  alreadyDone: 'alreadyDone',
  nationalContribution: 'nationalContribution',
  thematicAreas: 'thematicAreas',
  assistanceTypes: 'assistanceTypes',
  poaParagraphs: 'poaParagraphs',
  itiParagraphs: 'itiParagraphs',
  mosaicModules: 'mosaicModules',
  budgetAmount: 'budget.amount',
  budgetCurrency: 'budget.currency',
  priorityRank: 'priorityRank',
  timeframeStart: 'timeframe.start',
  timeframeEnd: 'timeframe.end',
  visibility: 'visibility',
  validUntil: 'validUntil',
  language: 'language',
};
const columnOfCsv = (field: Field) => COLUMNS[field];
const columnOfJson = (field: Field) => JSON_PATHS[field];

export const JSON_FORMAT_ID = 'gis-national-report/1';

/** An XLSX workbook may unpack to at most this much; a larger one is refused before it is read. */
const XLSX_MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;

const ZIP_SIGNATURE = Buffer.from('PK\x03\x04', 'latin1');
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
const quoted = (names: Iterable<string>) => [...names].map((n) => `"${n}"`).join(', ');

function checkSize(data: Buffer): void {
  if (data.length === 0) throw new ReportFileError(reason('importFile.empty'));
  if (data.length > IMPORT_LIMITS.maxBytes) {
    throw new ReportFileError(
      reason('importFile.tooLarge', {
        size: megabytes(data.length),
        bytes: data.length,
        maxSize: megabytes(IMPORT_LIMITS.maxBytes),
        maxBytes: IMPORT_LIMITS.maxBytes,
      }),
    );
  }
}

function tooManyRows(): ReportFileError {
  return new ReportFileError(reason('importFile.tooManyRows', { max: IMPORT_LIMITS.maxRows }));
}

/** Whether the bytes start like an Excel workbook: .xlsx (ZIP) or old .xls (OLE). */
function looksLikeWorkbook(data: Buffer): boolean {
  return data.subarray(0, 4).equals(ZIP_SIGNATURE) || data.subarray(0, 4).equals(OLE_SIGNATURE);
}

/** Line (1-based) of a byte offset: the line breaks before it. */
function lineOfByte(data: Buffer, offset: number): number {
  let line = 1;
  for (let at = data.indexOf(0x0a); at !== -1 && at < offset; at = data.indexOf(0x0a, at + 1)) line++;
  return line;
}

/** Decodes UTF-8 text (dropping a BOM) or explains why the file is not UTF-8 text. */
function decodeText(data: Buffer, kind: 'CSV' | 'JSON'): string {
  if (looksLikeWorkbook(data)) {
    throw new ReportFileError(reason('importFile.workbookNotText', { format: kind }));
  }
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) {
    throw new ReportFileError(reason('importFile.utf16', { format: kind }));
  }
  const nul = data.indexOf(0);
  if (nul !== -1) {
    throw new ReportFileError(reason('importFile.nulByte', { format: kind, byte: nul + 1, line: lineOfByte(data, nul) }));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    // Find the line: a line break byte never occurs inside a multi-byte UTF-8 sequence.
    let line = 1;
    let start = 0;
    for (;;) {
      const end = data.indexOf(0x0a, start);
      const piece = data.subarray(start, end === -1 ? data.length : end);
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(piece);
      } catch {
        break;
      }
      if (end === -1) break;
      line++;
      start = end + 1;
    }
    throw new ReportFileError(reason('importFile.notUtf8', { line, format: kind }));
  }
}

/**
 * What makes a value unstorable (a NUL character, a lone surrogate: see unstorableTextProblem),
 * in any string however deep (walked without recursion); null when it can be stored.
 */
function unstorable(value: unknown): 'nul' | 'loneSurrogate' | null {
  const stack = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      const problem = unstorableTextProblem(v);
      if (problem) return problem.reason === 'field.containsNul' ? 'nul' : 'loneSurrogate';
    } else if (v && typeof v === 'object') {
      for (const item of Object.values(v)) stack.push(item);
    }
  }
  return null;
}

/** Refuses text the database cannot store, naming where it is. */
function checkStorable(records: ParsedNeedRecord[], report: RawReportMeta): void {
  for (const record of records) {
    for (const [field, value] of Object.entries(record.fields)) {
      const problem = unstorable(value);
      if (problem) throw new ReportFileError(reason('importFile.cellUnstorable', { row: record.row, column: record.columnOf(field as Field), problem }));
    }
  }
  for (const [key, value] of Object.entries(report)) {
    const problem = unstorable(value);
    if (problem) throw new ReportFileError(reason('importFile.reportValueUnstorable', { key, problem }));
  }
}

// ---------------------------------------------------------------------------------------------
// JSON

const JSON_TOP_KEYS = ['format', 'report', 'needs'];
const JSON_REPORT_KEYS: (keyof RawReportMeta)[] = ['state', 'instrument', 'year', 'language', 'sourceReference'];
const JSON_NEED_KEYS = [...new Set(Object.values(JSON_PATHS).map((path) => path.split('.')[0]))];
const normalise = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');
/** What a mistyped key probably meant, for the error message: `budget_amount` → `budget.amount`. */
const NEED_KEY_HINTS = new Map(Object.values(JSON_PATHS).map((path) => [normalise(path), path]));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** What a JSON value is, as a code the messages spell out ("a list", "an object", "a string"). */
const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v);

function parseJson(data: Buffer): ParsedReportFile {
  const text = decodeText(data, 'JSON');
  if (text.trim() === '') throw new ReportFileError(reason('importFile.empty'));
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ReportFileError(jsonErrorWhere(text, (error as Error).message));
  }
  if (!isObject(doc)) {
    throw new ReportFileError(
      reason('importFile.jsonNotObject', { shape: `{ "format": "${JSON_FORMAT_ID}", "report": {...}, "needs": [...] }`, found: kindOf(doc) }),
    );
  }
  const extra = Object.keys(doc).filter((k) => !JSON_TOP_KEYS.includes(k));
  if (extra.length) throw new ReportFileError(reason('importFile.jsonUnknownTopKeys', { keys: extra, known: JSON_TOP_KEYS }, { keys: quoted(extra) }));
  if (doc.format !== JSON_FORMAT_ID) {
    throw new ReportFileError(
      doc.format === undefined
        ? reason('importFile.jsonNoFormat', { expected: JSON_FORMAT_ID })
        : reason('importFile.jsonWrongFormat', { given: JSON.stringify(doc.format), expected: JSON_FORMAT_ID }),
    );
  }

  const report: RawReportMeta = {};
  if (doc.report !== undefined && doc.report !== null) {
    if (!isObject(doc.report)) throw new ReportFileError(reason('importFile.jsonReportNotObject', { found: kindOf(doc.report) }));
    for (const [key, value] of Object.entries(doc.report)) {
      if (!(JSON_REPORT_KEYS as string[]).includes(key)) {
        throw new ReportFileError(reason('importFile.jsonReportUnknownKey', { key, known: JSON_REPORT_KEYS }));
      }
      if (value !== undefined) report[key as keyof RawReportMeta] = value;
    }
  }

  if (!Array.isArray(doc.needs)) {
    throw new ReportFileError(doc.needs === undefined ? reason('importFile.jsonNoNeeds') : reason('importFile.jsonNeedsNotList', { found: kindOf(doc.needs) }));
  }
  if (doc.needs.length === 0) throw new ReportFileError(reason('importFile.jsonNeedsEmpty'));
  if (doc.needs.length > IMPORT_LIMITS.maxRows) throw tooManyRows();

  const records = doc.needs.map((need: unknown, index: number): ParsedNeedRecord => ({
    row: index + 1,
    fields: jsonNeedFields(need, index),
    columnOf: columnOfJson,
  }));
  checkStorable(records, report);
  return { format: 'JSON', report, records };
}

function jsonNeedFields(need: unknown, index: number): RawImportedNeed {
  const where = { index, number: index + 1 };
  if (!isObject(need)) throw new ReportFileError(reason('importFile.jsonNeedNotObject', { ...where, found: kindOf(need) }));
  const fields: RawImportedNeed = {};
  for (const [key, value] of Object.entries(need)) {
    if (!JSON_NEED_KEYS.includes(key)) {
      const hint = NEED_KEY_HINTS.get(normalise(key));
      throw new ReportFileError(
        hint
          ? reason('importFile.jsonNeedUnknownKeyHint', { ...where, key, hint, known: JSON_NEED_KEYS })
          : reason('importFile.jsonNeedUnknownKey', { ...where, key, known: JSON_NEED_KEYS }),
      );
    }
    if (value === undefined) continue;
    if (key === 'budget') Object.assign(fields, nested(value, { ...where, part: 'budget' }, { amount: 'budgetAmount', currency: 'budgetCurrency' }));
    else if (key === 'timeframe') Object.assign(fields, nested(value, { ...where, part: 'timeframe' }, { start: 'timeframeStart', end: 'timeframeEnd' }));
    else fields[key as Field] = value;
  }
  return fields;
}

/** Flattens `budget` / `timeframe`; null stands for both parts empty. */
function nested(value: unknown, where: { index: number; number: number; part: string }, parts: Record<string, Field>): RawImportedNeed {
  const fields: RawImportedNeed = {};
  if (value === null) {
    for (const field of Object.values(parts)) fields[field] = null;
    return fields;
  }
  const shape = `{ ${Object.keys(parts)
    .map((p) => `"${p}": ...`)
    .join(', ')} }`;
  if (!isObject(value)) throw new ReportFileError(reason('importFile.jsonPartNotObject', { ...where, shape, found: kindOf(value) }));
  for (const [key, part] of Object.entries(value)) {
    const field = Object.hasOwn(parts, key) ? parts[key] : undefined;
    if (!field) throw new ReportFileError(reason('importFile.jsonPartUnknownKey', { ...where, key, known: Object.keys(parts) }));
    if (part !== undefined) fields[field] = part;
  }
  return fields;
}

/** Says where JSON.parse failed: V8 gives a position for some errors only, so find it. */
function jsonErrorWhere(text: string, message: string): Refusal {
  const clean = message.replace(/\s*(?:in JSON )?at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '');
  let position = jsonErrorOffset(text);
  if (position < 0) {
    const match = /at position (\d+)/.exec(message);
    if (!match) return reason('importFile.notJson', { detail: clean });
    position = Number(match[1]);
  }
  const before = text.slice(0, position);
  const line = (before.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
  const column = position - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return reason('importFile.notJsonAt', { line, column, detail: clean });
}

const JSON_SPACE = /[ \t\n\r]*/y;
// JSON forbids raw control characters in strings, so the class must name them.
// eslint-disable-next-line no-control-regex
const JSON_STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const JSON_LITERAL = /true|false|null/y;

/** The offset of the first character that breaks the JSON grammar, or -1. Iterative: no recursion. */
function jsonErrorOffset(text: string): number {
  const open: string[] = [];
  let i = 0;
  const eat = (re: RegExp) => {
    re.lastIndex = i;
    if (!re.test(text)) return false;
    i = re.lastIndex;
    return true;
  };
  /** A member's `"key":`, after `{` or `,`; false if broken. */
  const key = () => {
    eat(JSON_SPACE);
    if (!eat(JSON_STRING)) return false;
    eat(JSON_SPACE);
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  for (;;) {
    // A value is expected here.
    eat(JSON_SPACE);
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      eat(JSON_SPACE);
      if (text[i] === (c === '{' ? '}' : ']')) i++;
      else {
        open.push(c);
        if (c === '{' && !key()) return i;
        continue;
      }
    } else if (!eat(JSON_STRING) && !eat(JSON_NUMBER) && !eat(JSON_LITERAL)) {
      return i;
    }
    // After a value: close containers, or go on after a comma.
    for (;;) {
      eat(JSON_SPACE);
      if (open.length === 0) return i < text.length ? i : -1;
      const top = open[open.length - 1];
      if (text[i] === ',') {
        i++;
        if (top === '{' && !key()) return i;
        break;
      }
      if (text[i] !== (top === '{' ? '}' : ']')) return i;
      i++;
      open.pop();
    }
  }
}

// ---------------------------------------------------------------------------------------------
// CSV and XLSX: a header row, then one need per row.

/** One non-empty row of a table; `cells[0]` is the first column; empty cells are undefined. */
interface TableRow {
  row: number;
  cells: (string | undefined)[];
}

const columnLetter = (index: number): string => {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};

/** Blank and whitespace-only cells count as empty. */
const cellText = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value);

/**
 * Reads the header (the first non-empty row) and maps each following row to a need. `rows` must
 * give only non-empty rows, in order; it is read lazily so that the row limit stops early.
 */
function tableRecords(rows: Iterable<TableRow>, kind: 'CSV' | 'XLSX', sheet: string): ParsedNeedRecord[] {
  const iterator = rows[Symbol.iterator]();
  const first = iterator.next();
  if (first.done) throw new ReportFileError(reason('importFile.noHeaderRow', { format: kind, sheet }));
  const header = first.value;
  const columns = readHeader(header, kind, sheet);

  const records: ParsedNeedRecord[] = [];
  for (let next = iterator.next(); !next.done; next = iterator.next()) {
    const { row, cells } = next.value;
    if (records.length === IMPORT_LIMITS.maxRows) throw tooManyRows();
    const fields: RawImportedNeed = {};
    cells.forEach((value, index) => {
      if (value === undefined) return;
      const field = columns[index];
      if (field) fields[field] = value;
      else {
        throw new ReportFileError(reason('importFile.unnamedColumn', { row, column: columnLetter(index), headerRow: header.row, format: kind }));
      }
    });
    records.push({ row, fields, columnOf: columnOfCsv });
  }
  if (records.length === 0) throw new ReportFileError(reason('importFile.noRows', { format: kind, sheet }));
  return records;
}

/** The field of each column (undefined for a column without a name). */
function readHeader(header: TableRow, kind: 'CSV' | 'XLSX', sheet: string): (Field | undefined)[] {
  const names = header.cells.map((cell) => cell?.trim().toLowerCase());
  const at = { row: header.row, format: kind, sheet };
  const given = names.filter((n): n is string => n !== undefined);
  const known = [...FIELD_BY_COLUMN.keys()];
  if (!given.some((n) => FIELD_BY_COLUMN.has(n))) {
    const separator = given.length === 1 ? [';', '\t', '|'].find((s) => given[0].includes(s)) : undefined;
    if (kind === 'CSV' && separator) {
      throw new ReportFileError(reason('importFile.headerSeparator', { row: header.row, separator: separator === '\t' ? 'tab' : separator }));
    }
    throw new ReportFileError(reason('importFile.noHeaderNames', { ...at, known }));
  }
  const positions = new Map<string, number[]>();
  names.forEach((n, i) => n !== undefined && positions.set(n, [...(positions.get(n) ?? []), i]));
  const duplicates = [...positions].filter(([, at]) => at.length > 1);
  if (duplicates.length) {
    const said = reason('importFile.duplicateColumns', { ...at, names: duplicates.map(([n]) => n) });
    // The English message also says which columns repeat each name.
    const detail = duplicates.map(([n, cols]) => `"${n}" (columns ${cols.map(columnLetter).join(', ')})`).join('; ');
    throw new ReportFileError(withMessage(said, said.message.replace(/: [^:]*\.$/, `: ${detail}.`)));
  }
  const unknown = given.filter((n) => !FIELD_BY_COLUMN.has(n));
  if (unknown.length) {
    throw new ReportFileError(reason('importFile.unknownColumns', { ...at, columns: unknown, known }, { columns: quoted(unknown) }));
  }
  const missing = REQUIRED_COLUMNS.filter((n) => !positions.has(n));
  if (missing.length) {
    throw new ReportFileError(reason('importFile.missingColumns', { ...at, columns: missing }, { columns: quoted(missing) }));
  }
  return names.map((n) => (n === undefined ? undefined : FIELD_BY_COLUMN.get(n)));
}

function parseCsv(data: Buffer): ParsedReportFile {
  const text = decodeText(data, 'CSV');
  if (text.trim() === '') throw new ReportFileError(reason('importFile.empty'));
  function* rows(): Generator<TableRow> {
    try {
      for (const { record, cells } of readCsvRecords(text)) {
        const values = cells.map(cellText);
        if (values.some((v) => v !== undefined)) yield { row: record, cells: values };
      }
    } catch (error) {
      if (error instanceof CsvSyntaxError) {
        throw new ReportFileError(reason('importFile.csvSyntax', { row: error.record, line: error.line, detail: error.message }));
      }
      throw error;
    }
  }
  const records = tableRecords(rows(), 'CSV', '');
  const report: RawReportMeta = {};
  checkStorable(records, report);
  return { format: 'CSV', report, records };
}

// ---------------------------------------------------------------------------------------------
// XLSX

const REPORT_KEYS: Record<string, keyof RawReportMeta> = {
  state: 'state',
  instrument: 'instrument',
  year: 'year',
  language: 'language',
  source_reference: 'sourceReference',
};

async function parseXlsx(data: Buffer): Promise<ParsedReportFile> {
  if (data.subarray(0, 4).equals(OLE_SIGNATURE)) {
    throw new ReportFileError(reason('importFile.oldWorkbook'));
  }
  if (!data.subarray(0, 4).equals(ZIP_SIGNATURE)) {
    const start = data.subarray(0, 200).toString('utf8').trimStart();
    const looksLike = start.startsWith('{') ? 'JSON' : /[,;]/.test(start.split(/\r?\n/)[0]) ? 'CSV' : 'unknown';
    throw new ReportFileError(reason('importFile.notWorkbook', { looksLike }));
  }
  const problem = checkZipArchive(data, XLSX_MAX_UNCOMPRESSED_BYTES);
  if (problem) throw new ReportFileError(reason('importFile.workbookUnreadable', { detail: problem }));

  // Loaded on first use: a third of a second that every start of the api would pay.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    // exceljs types its Buffer as an ArrayBuffer; at run time it takes a Node Buffer.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new ReportFileError(reason('importFile.workbookBroken', { detail: error instanceof Error ? error.message : String(error) }));
  }
  const sheets = workbook.worksheets;
  if (sheets.length === 0) {
    throw new ReportFileError(reason('importFile.noWorksheets'));
  }
  const named = (name: string) => sheets.find((s) => s.name.trim().toLowerCase() === name.toLowerCase());
  const reportSheet = named('Report');
  const needsSheet = named('Needs') ?? sheets.find((s) => s !== reportSheet);
  if (!needsSheet) throw new ReportFileError(reason('importFile.noNeedsSheet'));

  const records = tableRecords(sheetRows(needsSheet), 'XLSX', needsSheet.name);
  const report = reportSheet ? readReportSheet(reportSheet) : {};
  checkStorable(records, report);
  return { format: 'XLSX', report, records };
}

function* sheetRows(sheet: ExcelJS.Worksheet): Generator<TableRow> {
  // eachRow takes a callback; collect row numbers first, then convert lazily.
  const numbers: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (_row, rowNumber) => numbers.push(rowNumber));
  for (const rowNumber of numbers) {
    const cells: (string | undefined)[] = [];
    sheet.getRow(rowNumber).eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = cellText(xlsxCellText(cell, sheet.name));
    });
    if (cells.some((v) => v !== undefined)) yield { row: rowNumber, cells: Array.from(cells) };
  }
}

function readReportSheet(sheet: ExcelJS.Worksheet): RawReportMeta {
  const report: RawReportMeta = {};
  const seen = new Set<string>();
  for (const { row, cells } of sheetRows(sheet)) {
    const [key, value, ...rest] = cells;
    const where = { sheet: sheet.name, row };
    if (rest.some((v) => v !== undefined)) throw new ReportFileError(reason('importFile.reportSheetColumns', where));
    const name = key?.trim().toLowerCase();
    if (name === 'key' && value?.trim().toLowerCase() === 'value') continue;
    if (name === undefined) throw new ReportFileError(reason('importFile.reportSheetNoKey', where));
    const field = Object.hasOwn(REPORT_KEYS, name) ? REPORT_KEYS[name] : undefined;
    if (!field) throw new ReportFileError(reason('importFile.reportSheetUnknownKey', { ...where, key: key?.trim() ?? '', known: Object.keys(REPORT_KEYS) }));
    if (seen.has(field)) throw new ReportFileError(reason('importFile.reportSheetRepeatedKey', { ...where, key: name }));
    seen.add(field);
    if (value !== undefined) report[field] = value;
  }
  return report;
}

/**
 * A cell's value as text, as a person sees it entered: rich text → plain text, a formula → its
 * result, a date → YYYY-MM-DD (UTC, as Excel dates have no time zone), a number → its decimal
 * text. A merged cell's value counts in its top-left cell only.
 */
function xlsxCellText(cell: ExcelJS.Cell, sheetName: string): string | undefined {
  if (cell.isMerged && cell.master !== cell) return undefined;
  const where = { sheet: sheetName, cell: cell.address };
  const toText = (value: unknown): string | undefined => {
    if (value === null || value === undefined) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return numberText(value);
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) throw new ReportFileError(reason('importFile.cellBadDate', where));
      return value.toISOString().slice(0, 10);
    }
    if (isObject(value)) {
      if (Array.isArray(value.richText)) return value.richText.map((part: { text?: unknown }) => String(part.text ?? '')).join('');
      if ('error' in value) throw new ReportFileError(reason('importFile.cellError', { ...where, error: String(value.error) }));
      if ('formula' in value || 'sharedFormula' in value) {
        if (value.result === undefined) {
          throw new ReportFileError(reason('importFile.cellUncalculated', where));
        }
        return toText(value.result);
      }
      if ('hyperlink' in value) return toText(value.text);
    }
    throw new ReportFileError(reason('importFile.cellUnreadable', where));
  };
  return toText(cell.value);
}

/**
 * The decimal text of a number: integers as they are; other numbers rounded to 15 significant
 * digits (what Excel keeps) so that binary artefacts like 0.30000000000000004 do not show.
 */
export function numberText(n: number): string {
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  if (!Number.isFinite(n)) return String(n);
  return new BigNumber(n.toPrecision(15)).toFixed();
}
