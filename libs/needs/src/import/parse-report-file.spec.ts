import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import taxonomy from '../../../reference-data/data/taxonomy.json' with { type: 'json' };
import type { RawImportedNeed } from '../need-fields.js';
import { numberText, parseReportFile } from './parse-report-file.js';
import { IMPORT_LIMITS, ReportFileError, type ImportFormat, type ParsedReportFile } from './report-file.js';

const ROOT = resolve(import.meta.dirname, '../../../..');
const example = (file: string) => readFileSync(resolve(ROOT, 'docs/examples', file));

/** Every field of RawImportedNeed; the type fails to compile if one is missing. */
const FIELD_SET: { [K in keyof RawImportedNeed]-?: true } = {
  ref: true,
  section: true,
  title: true,
  problem: true,
  proposedActivities: true,
  alreadyDone: true,
  nationalContribution: true,
  thematicAreas: true,
  assistanceTypes: true,
  poaParagraphs: true,
  itiParagraphs: true,
  mosaicModules: true,
  budgetAmount: true,
  budgetCurrency: true,
  priorityRank: true,
  timeframeStart: true,
  timeframeEnd: true,
  visibility: true,
  validUntil: true,
  language: true,
};
const FIELDS = Object.keys(FIELD_SET) as (keyof RawImportedNeed)[];

const csv = (text: string) => Buffer.from(text, 'utf8');
const json = (doc: unknown) => Buffer.from(JSON.stringify(doc), 'utf8');
const jsonDoc = (needs: unknown, extra: Record<string, unknown> = {}) => json({ format: 'gis-national-report/1', needs, ...extra });

async function xlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
/** A workbook with one sheet "Needs" holding these rows (row 1 first). */
const needsSheet = (rows: unknown[][], name = 'Needs') => xlsx((wb) => wb.addWorksheet(name).addRows(rows));

/** The message of the ReportFileError that `promise` rejects with (fails the test otherwise). */
async function fileError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReportFileError);
  return (error as Error).message;
}

/** A ZIP archive built by hand, optionally lying about an entry's size. */
function zip(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const packed = deflateRawSync(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The needs of a parsed file in one comparable shape: texts, lists joined by "; ". */
function comparable(parsed: ParsedReportFile) {
  return parsed.records.map((r) =>
    Object.fromEntries(Object.entries(r.fields).map(([k, v]) => [k, Array.isArray(v) ? v.join('; ') : k === 'budgetAmount' ? Number(v) : String(v)])),
  );
}

describe('parseReportFile: the example files', () => {
  const A1 = {
    ref: 'A1',
    section: 'III.2',
    title: 'Marking machines and training in marking for the police, armed forces and customs',
    thematicAreas: ['MARKING'],
    assistanceTypes: ['EQUIPMENT', 'TRAINING'],
    poaParagraphs: ['II.7'],
    itiParagraphs: ['8(a)', '8(b)'],
    mosaicModules: ['05.30'],
    budgetAmount: '250000.00',
    budgetCurrency: 'USD',
    priorityRank: 1,
    timeframeStart: '2025-01-01',
    timeframeEnd: '2026-06-30',
    visibility: 'PUBLIC',
    validUntil: '2027-12-31',
    language: 'en',
  };

  it('reads national-report.json: report metadata, needs with flattened budget and timeframe, raw values', async () => {
    const parsed = await parseReportFile(example('national-report.json'), 'JSON');
    expect(parsed.format).toBe('JSON');
    expect(parsed.report).toEqual({
      state: 'GHA',
      instrument: 'POA',
      year: 2024,
      language: 'en',
      sourceReference: expect.stringContaining('Ghana'),
    });
    expect(parsed.records.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(parsed.records[0].fields).toMatchObject(A1);
    expect(parsed.records[0].fields.proposedActivities).toMatch(/^Procure 6 dot-peen marking machines/);
    expect(parsed.records[1].fields).toMatchObject({ ref: 'A2', budgetAmount: '185000.50', budgetCurrency: 'EUR' });
    expect(parsed.records[2].fields).not.toHaveProperty('budgetAmount');
    expect(parsed.records[2].fields).not.toHaveProperty('budgetCurrency');
    expect(parsed.records[2].fields).not.toHaveProperty('nationalContribution');
    expect(parsed.records[0].columnOf('budgetAmount')).toBe('budget.amount');
    expect(parsed.records[0].columnOf('proposedActivities')).toBe('proposedActivities');
  });

  it('reads national-report.csv: strings as written, lists as cell text, header = row 1', async () => {
    const parsed = await parseReportFile(example('national-report.csv'), 'CSV');
    expect(parsed.format).toBe('CSV');
    expect(parsed.report).toEqual({});
    expect(parsed.records.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(parsed.records[0].fields).toMatchObject({
      ...A1,
      assistanceTypes: 'EQUIPMENT; TRAINING',
      thematicAreas: 'MARKING',
      itiParagraphs: '8(a); 8(b)',
      poaParagraphs: 'II.7',
      mosaicModules: '05.30',
      priorityRank: '1',
    });
    expect(parsed.records[1].fields).toMatchObject({ budgetAmount: '185000.50', budgetCurrency: 'EUR', visibility: 'STATES_AND_DONORS' });
    expect(parsed.records[2].fields).not.toHaveProperty('budgetAmount');
    expect(parsed.records[0].columnOf('budgetAmount')).toBe('budget_amount');
  });

  it('reads national-report.xlsx: the Report sheet, numbers and dates as text', async () => {
    const parsed = await parseReportFile(example('national-report.xlsx'), 'XLSX');
    expect(parsed.format).toBe('XLSX');
    expect(parsed.report).toEqual({ state: 'GHA', instrument: 'POA', year: '2024', language: 'en', sourceReference: expect.stringContaining('Ghana') });
    expect(parsed.records.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(parsed.records[0].fields).toMatchObject({
      ...A1,
      assistanceTypes: 'EQUIPMENT; TRAINING',
      thematicAreas: 'MARKING',
      itiParagraphs: '8(a); 8(b)',
      poaParagraphs: 'II.7',
      mosaicModules: '05.30',
      budgetAmount: '250000',
      priorityRank: '1',
    });
    expect(parsed.records[1].fields).toMatchObject({ budgetAmount: '185000.5', timeframeStart: '2025-04-01', timeframeEnd: '2026-12-31' });
    expect(parsed.records[0].columnOf('timeframeStart')).toBe('timeframe_start');
  });

  it('the three examples hold the same needs', async () => {
    const [fromJson, fromCsv, fromXlsx] = await Promise.all([
      parseReportFile(example('national-report.json'), 'JSON'),
      parseReportFile(example('national-report.csv'), 'CSV'),
      parseReportFile(example('national-report.xlsx'), 'XLSX'),
    ]);
    expect(comparable(fromCsv)).toEqual(comparable(fromJson));
    expect(comparable(fromXlsx)).toEqual(comparable(fromJson));
    expect(fromJson.records).toHaveLength(3);
  });

  it('the examples use only codes of taxonomy.json, and one budget each in EUR, in USD and none', async () => {
    const parsed = await parseReportFile(example('national-report.json'), 'JSON');
    const codes = {
      thematicAreas: new Set(taxonomy.thematicAreas.map((e) => e.code)),
      assistanceTypes: new Set(taxonomy.assistanceTypes.map((e) => e.code)),
      mosaicModules: new Set(taxonomy.mosaicModules.map((e) => e.code)),
    };
    for (const { fields } of parsed.records) {
      for (const key of ['thematicAreas', 'assistanceTypes', 'mosaicModules'] as const) {
        const used = fields[key] as string[];
        expect(used.length).toBeGreaterThan(0);
        expect(used.filter((code) => !codes[key].has(code))).toEqual([]);
      }
    }
    expect(parsed.records.map((r) => r.fields.budgetCurrency ?? null).sort()).toEqual(['EUR', 'USD', null]);
  });

  it.each<[ImportFormat, string]>([
    ['JSON', 'national-report.json'],
    ['CSV', 'national-report.csv'],
    ['XLSX', 'national-report.xlsx'],
  ])('%s: columnOf names every field, distinctly', async (format, file) => {
    const { records } = await parseReportFile(example(file), format);
    const names = FIELDS.map((f) => records[0].columnOf(f));
    expect(names.every((n) => typeof n === 'string' && n.length > 0)).toBe(true);
    expect(new Set(names).size).toBe(FIELDS.length);
    expect(records[0].columnOf('timeframeEnd')).toBe(format === 'JSON' ? 'timeframe.end' : 'timeframe_end');
  });
});

describe('parseReportFile: file-level errors', () => {
  it.each<ImportFormat>(['JSON', 'CSV', 'XLSX'])('%s: an empty file', async (format) => {
    expect(await fileError(parseReportFile(Buffer.alloc(0), format))).toBe('The file is empty.');
  });

  it.each<ImportFormat>(['JSON', 'CSV'])('%s: a file of blanks only counts as empty', async (format) => {
    expect(await fileError(parseReportFile(csv('\uFEFF \n\r\n  '), format))).toBe('The file is empty.');
  });

  it.each<ImportFormat>(['JSON', 'CSV', 'XLSX'])('%s: a file over the size limit', async (format) => {
    const message = await fileError(parseReportFile(Buffer.alloc(IMPORT_LIMITS.maxBytes + 1, 0x20), format));
    expect(message).toContain('too large');
    expect(message).toContain(String(IMPORT_LIMITS.maxBytes));
  });

  it('XLSX: bytes that do not start with the ZIP signature, with a hint at what they are', async () => {
    expect(await fileError(parseReportFile(csv('ref,title\nA1,Marking\n'), 'XLSX'))).toMatch(/not an Excel workbook.*looks like CSV/);
    expect(await fileError(parseReportFile(csv('{"format":"gis-national-report/1"}'), 'XLSX'))).toMatch(/looks like JSON/);
    expect(await fileError(parseReportFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'XLSX'))).toContain('.xls');
  });

  it('XLSX: a workbook cut off during upload', async () => {
    const whole = await needsSheet([
      ['ref', 'title'],
      ['A1', 'Marking'],
    ]);
    expect(await fileError(parseReportFile(whole.subarray(0, Math.floor(whole.length / 2)), 'XLSX'))).toMatch(/damaged|incomplete/);
  });

  it('XLSX: a ZIP archive that is not a workbook', async () => {
    const archive = zip([{ name: 'readme.txt', data: Buffer.from('hello') }]);
    expect(await fileError(parseReportFile(archive, 'XLSX'))).toMatch(/not an Excel workbook|cannot be read/);
  });

  it('XLSX: a zip bomb, by its declared size or by an entry larger than declared', async () => {
    const declared = zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<x/>'), declaredSize: 101 * 1024 * 1024 }]);
    expect(await fileError(parseReportFile(declared, 'XLSX'))).toContain('once uncompressed');
    const lying = zip([{ name: 'xl/sharedStrings.xml', data: Buffer.alloc(1024 * 1024, 0x61), declaredSize: 100 }]);
    expect(await fileError(parseReportFile(lying, 'XLSX'))).toContain('does not unpack to the size');
  });

  it('JSON: text that does not parse, with the line and column', async () => {
    const message = await fileError(parseReportFile(csv('{\n  "format": "gis-national-report/1",\n  "needs": [ { "ref": "A1" } ]]\n}'), 'JSON'));
    expect(message).toMatch(/^The file is not valid JSON at line 3, column 31 \(/);
    const truncated = await fileError(parseReportFile(csv('{\n"needs": [\n'), 'JSON'));
    expect(truncated).toContain('at line 3, column 1');
  });

  it.each([
    ['{"format": \'x\'}', 'line 1, column 12'],
    ['{"needs": [1, 2,]}', 'line 1, column 17'],
    ['{"a": 1}\n{"b": 2}', 'line 2, column 1'],
    ['{\n  "title": "Marking\tmachines"\n}', 'line 2, column 12'],
    ['{"a" 1}', 'line 1, column 6'],
    ['['.repeat(100_000) + 'x', 'line 1, column 100001'],
  ])('JSON: finds where %j breaks', async (text, where) => {
    expect(await fileError(parseReportFile(csv(text), 'JSON'))).toContain(`at ${where}`);
  });

  it('JSON: deeply nested values do not overflow the stack', async () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    const text = `{"format":"gis-national-report/1","needs":[{"ref":"A","title":${deep}}]}`;
    const { records } = await parseReportFile(csv(text), 'JSON');
    expect(Array.isArray(records[0].fields.title)).toBe(true);
  });

  it.each<ImportFormat>(['CSV', 'JSON'])('%s: a NUL byte, with its line', async (format) => {
    expect(await fileError(parseReportFile(Buffer.from('ref,title\nA1,Mark\0ing\n'), format))).toMatch(/NUL byte.*line 2/);
  });

  it.each<ImportFormat>(['CSV', 'JSON'])('%s: text that is not UTF-8, with its line', async (format) => {
    const latin1 = Buffer.from('ref,title\nA1,Marking\nA2,Cr\xe9ation d\x27une base\n', 'latin1');
    const message = await fileError(parseReportFile(latin1, format));
    expect(message).toContain('not valid UTF-8');
    expect(message).toContain('line 3');
  });

  it('CSV: UTF-16 text', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ref,title\r\n', 'utf16le')]);
    expect(await fileError(parseReportFile(utf16, 'CSV'))).toContain('UTF-16');
  });

  it('CSV: a workbook sent as CSV', async () => {
    const workbook = await needsSheet([['ref', 'title']]);
    expect(await fileError(parseReportFile(workbook, 'CSV'))).toContain('looks like an Excel workbook');
  });

  it('CSV: the first row is not a header', async () => {
    const message = await fileError(parseReportFile(csv('A1,Marking machines\nA2,Database\n'), 'CSV'));
    expect(message).toMatch(/^Row 1 should be the header row/);
    expect(message).toContain('proposed_activities');
  });

  it('CSV: a header separated by semicolons', async () => {
    expect(await fileError(parseReportFile(csv('ref;title;problem\nA1;Marking;None\n'), 'CSV'))).toContain('";"');
  });

  it('CSV: unknown column names are listed, with the known ones', async () => {
    const message = await fileError(parseReportFile(csv('ref,title,proposed activities,budget\nA1,Marking,x,1\n'), 'CSV'));
    expect(message).toContain('unknown column name(s): "proposed activities", "budget"');
    expect(message).toContain('ref, section, title, problem, proposed_activities');
    expect(message).toContain('language');
  });

  it.each([
    ['title,problem\nMarking,x\n', '"ref"'],
    ['ref,problem\nA1,x\n', '"title"'],
    ['section,problem\nIII.2,x\n', '"ref", "title"'],
  ])('CSV: a header without ref or title (%j)', async (text, missing) => {
    expect(await fileError(parseReportFile(csv(text), 'CSV'))).toContain(`has no ${missing} column`);
  });

  it('CSV: a column named twice, whatever the case', async () => {
    const message = await fileError(parseReportFile(csv('ref,title,problem,Title \nA1,Marking,x,y\n'), 'CSV'));
    expect(message).toContain('"title" (columns B, D)');
  });

  it('CSV: a header and no needs', async () => {
    expect(await fileError(parseReportFile(csv('ref,title\r\n\r\n,\r\n'), 'CSV'))).toContain('no needs');
  });

  it('CSV: a value under no column name (an unquoted comma shifted the row)', async () => {
    const message = await fileError(parseReportFile(csv('ref,title\nA1,Marking machines, training\n'), 'CSV'));
    expect(message).toContain('Row 2 has a value in column C');
    expect(message).toContain('double quotes');
  });

  it('CSV: an unclosed quote and text after a closing quote, with row and line', async () => {
    const unclosed = await fileError(parseReportFile(csv('ref,title\nA1,"Marking\n\nA2,x\n'), 'CSV'));
    expect(unclosed).toContain('row 2 (line 2');
    expect(unclosed).toContain('never closed');
    const after = await fileError(parseReportFile(csv('ref,title\n"A1","two\nlines"x\n'), 'CSV'));
    expect(after).toContain('line 3');
    expect(after).toContain('after a closing double quote');
  });

  it('XLSX: no sheet with a header row', async () => {
    const workbook = await xlsx((wb) => wb.addWorksheet('Needs'));
    expect(await fileError(parseReportFile(workbook, 'XLSX'))).toContain('sheet "Needs" has no header row');
  });

  it('XLSX: unknown and duplicate column names, missing title, no needs', async () => {
    expect(
      await fileError(
        parseReportFile(
          await needsSheet([
            ['ref', 'title', 'cost'],
            ['A1', 'x', 1],
          ]),
          'XLSX',
        ),
      ),
    ).toContain('"cost"');
    expect(await fileError(parseReportFile(await needsSheet([['ref', 'title', 'REF']]), 'XLSX'))).toContain('"ref" (columns A, C)');
    expect(
      await fileError(
        parseReportFile(
          await needsSheet([
            ['ref', 'problem'],
            ['A1', 'x'],
          ]),
          'XLSX',
        ),
      ),
    ).toContain('no "title" column');
    expect(await fileError(parseReportFile(await needsSheet([['ref', 'title']]), 'XLSX'))).toContain('no needs');
    expect(await fileError(parseReportFile(await needsSheet([['Needs of Ghana'], ['ref', 'title']]), 'XLSX'))).toContain(
      'Row 1 of sheet "Needs" should be the header row',
    );
  });

  it('XLSX: a cell with an error value or a formula never calculated', async () => {
    const withError = await needsSheet([
      ['ref', 'title', 'budget_amount'],
      ['A1', 'x', { error: '#DIV/0!' }],
    ]);
    expect(await fileError(parseReportFile(withError, 'XLSX'))).toBe('Sheet "Needs", cell C2 holds the error #DIV/0!; correct it or clear the cell.');
    const uncalculated = await needsSheet([
      ['ref', 'title', 'budget_amount'],
      ['A1', 'x', { formula: '1000*2' }],
    ]);
    expect(await fileError(parseReportFile(uncalculated, 'XLSX'))).toContain('cell C2 holds a formula whose result was never calculated');
  });

  it('XLSX: the Report sheet with an unknown key', async () => {
    const workbook = await xlsx((wb) => {
      wb.addWorksheet('Report').addRows([
        ['state', 'GHA'],
        ['country', 'Ghana'],
      ]);
      wb.addWorksheet('Needs').addRows([
        ['ref', 'title'],
        ['A1', 'x'],
      ]);
    });
    const message = await fileError(parseReportFile(workbook, 'XLSX'));
    expect(message).toContain('row 2 has an unknown key "country"');
    expect(message).toContain('source_reference');
  });
});

describe('parseReportFile: limits on rows', () => {
  const header = 'ref,title\n';
  const rows = (n: number) => Array.from({ length: n }, (_, i) => `R${i + 1},Need ${i + 1}\n`).join('');

  it(`CSV: ${IMPORT_LIMITS.maxRows} needs pass, one more fails`, async () => {
    const atLimit = await parseReportFile(csv(header + rows(IMPORT_LIMITS.maxRows)), 'CSV');
    expect(atLimit.records).toHaveLength(IMPORT_LIMITS.maxRows);
    expect(atLimit.records.at(-1)?.row).toBe(IMPORT_LIMITS.maxRows + 1);
    const message = await fileError(parseReportFile(csv(header + rows(IMPORT_LIMITS.maxRows + 1)), 'CSV'));
    expect(message).toContain(`more than ${IMPORT_LIMITS.maxRows} needs`);
  });

  it('CSV: blank lines do not count as needs', async () => {
    const parsed = await parseReportFile(csv(header + '\n'.repeat(IMPORT_LIMITS.maxRows + 10) + 'A1,x\n'), 'CSV');
    expect(parsed.records).toHaveLength(1);
    expect(parsed.records[0].row).toBe(IMPORT_LIMITS.maxRows + 12);
  });

  it('JSON: one need more than the limit fails', async () => {
    const needs = Array.from({ length: IMPORT_LIMITS.maxRows + 1 }, (_, i) => ({ ref: `R${i}`, title: 'x' }));
    expect(await fileError(parseReportFile(jsonDoc(needs), 'JSON'))).toContain(`more than ${IMPORT_LIMITS.maxRows} needs`);
  });

  it('XLSX: one need more than the limit fails', async () => {
    const workbook = await needsSheet([['ref', 'title'], ...Array.from({ length: IMPORT_LIMITS.maxRows + 1 }, (_, i) => [`R${i}`, 'x'])]);
    expect(await fileError(parseReportFile(workbook, 'XLSX'))).toContain(`more than ${IMPORT_LIMITS.maxRows} needs`);
  });
});

describe('parseReportFile: CSV', () => {
  it('reads quoted fields: commas, doubled quotes, line breaks (LF and CRLF)', async () => {
    const text =
      'ref,title,problem,proposed_activities\r\n' +
      'A1,"Marking machines, consumables and training","The so-called ""national marking"" is missing","Step 1\nStep 2\r\nStep 3"\r\n';
    const { records } = await parseReportFile(csv(text), 'CSV');
    expect(records).toHaveLength(1);
    expect(records[0].fields).toEqual({
      ref: 'A1',
      title: 'Marking machines, consumables and training',
      problem: 'The so-called "national marking" is missing',
      proposedActivities: 'Step 1\nStep 2\r\nStep 3',
    });
  });

  it('drops a UTF-8 BOM, matches headers ignoring case and spaces, in any order', async () => {
    const { records } = await parseReportFile(csv('\uFEFF Title ,REF,Budget_Amount,Thematic_Areas\nMarking,A1,250000.00,"MARKING; RECORD_KEEPING"\n'), 'CSV');
    expect(records[0].fields).toEqual({ ref: 'A1', title: 'Marking', budgetAmount: '250000.00', thematicAreas: 'MARKING; RECORD_KEEPING' });
  });

  it('leaves out empty and blank cells, keeps other values untrimmed, allows a missing last newline', async () => {
    const { records } = await parseReportFile(csv('ref,title,section,problem,language\nA1, Marking ,,   ,en'), 'CSV');
    expect(records[0].fields).toEqual({ ref: 'A1', title: ' Marking ', language: 'en' });
    expect(Object.keys(records[0].fields)).not.toContain('section');
  });

  it('numbers rows as a spreadsheet does: blank lines count, a multi-line record counts once', async () => {
    const text = '\nref,title,problem\n\nA1,Marking,"two\nlines"\n,,\nA2,Database,x\n\n';
    const { records } = await parseReportFile(csv(text), 'CSV');
    expect(records.map((r) => [r.row, r.fields.ref])).toEqual([
      [4, 'A1'],
      [6, 'A2'],
    ]);
  });

  it('counts rows after a blank line before the header in error messages', async () => {
    expect(await fileError(parseReportFile(csv('\n\nref,title,cost\n'), 'CSV'))).toContain('(row 3)');
  });

  it('reads CR-only line ends and a quoted empty field', async () => {
    const { records } = await parseReportFile(csv('ref,title,section\rA1,Marking,""\rA2,"x",III.3'), 'CSV');
    expect(records.map((r) => r.fields)).toEqual([
      { ref: 'A1', title: 'Marking' },
      { ref: 'A2', title: 'x', section: 'III.3' },
    ]);
  });

  it('keeps a double quote inside an unquoted field', async () => {
    const { records } = await parseReportFile(csv('ref,title\nA1,12" barrels\n'), 'CSV');
    expect(records[0].fields.title).toBe('12" barrels');
  });

  it('has no report metadata', async () => {
    expect((await parseReportFile(csv('ref,title\nA1,x\n'), 'CSV')).report).toEqual({});
  });
});

describe('parseReportFile: JSON', () => {
  it('keeps values raw, flattens budget and timeframe, numbers rows from 1', async () => {
    const need = {
      ref: 7,
      title: '  Marking  ',
      thematicAreas: 'MARKING, TRACING',
      priorityRank: '2',
      budget: { amount: 1000.5, currency: 'usd' },
      timeframe: { start: '2025-01-01' },
      alreadyDone: null,
    };
    const { records, report } = await parseReportFile(jsonDoc([need, { ref: 'B', title: 't' }]), 'JSON');
    expect(report).toEqual({});
    expect(records[0].fields).toEqual({
      ref: 7,
      title: '  Marking  ',
      thematicAreas: 'MARKING, TRACING',
      priorityRank: '2',
      budgetAmount: 1000.5,
      budgetCurrency: 'usd',
      timeframeStart: '2025-01-01',
      alreadyDone: null,
    });
    expect(records.map((r) => r.row)).toEqual([1, 2]);
  });

  it('reads budget: null and timeframe: null as both parts empty', async () => {
    const { records } = await parseReportFile(jsonDoc([{ ref: 'A', title: 't', budget: null, timeframe: null }]), 'JSON');
    expect(records[0].fields).toEqual({ ref: 'A', title: 't', budgetAmount: null, budgetCurrency: null, timeframeStart: null, timeframeEnd: null });
  });

  it.each([
    [{ needs: [] }, 'no "format"'],
    [{ format: 'gis-national-report/2', needs: [] }, '"gis-national-report/2"'],
    [{ format: 'gis-national-report/1' }, 'no "needs" list'],
    [{ format: 'gis-national-report/1', needs: { A1: {} } }, '"needs" must be a list, not an object'],
    [{ format: 'gis-national-report/1', needs: [] }, 'no needs'],
    [{ format: 'gis-national-report/1', needs: [{ ref: 'A' }], comment: 'x' }, 'unknown key(s) "comment"'],
    [{ format: 'gis-national-report/1', report: { state: 'GHA', country: 'Ghana' }, needs: [{ ref: 'A' }] }, '"report" has an unknown key "country"'],
    [{ format: 'gis-national-report/1', report: 'GHA', needs: [{ ref: 'A' }] }, '"report" must be an object'],
    [[{ ref: 'A' }], 'must hold an object'],
  ])('refuses the document %j', async (doc, fragment) => {
    expect(await fileError(parseReportFile(json(doc), 'JSON'))).toContain(fragment);
  });

  it('refuses a need that is not an object, naming its index', async () => {
    expect(await fileError(parseReportFile(jsonDoc([{ ref: 'A' }, 'B']), 'JSON'))).toBe('needs[1] (need 2) must be an object, not a string.');
  });

  it('refuses an unknown key in a need, naming it and the index, with a hint', async () => {
    const typo = await fileError(parseReportFile(jsonDoc([{ ref: 'A' }, { ref: 'B', tittle: 'x' }]), 'JSON'));
    expect(typo).toContain('needs[1] (need 2) has an unknown key "tittle"');
    const flat = await fileError(parseReportFile(jsonDoc([{ ref: 'A', budget_amount: '1' }]), 'JSON'));
    expect(flat).toContain('(did you mean "budget.amount"?)');
  });

  it('refuses an unknown key in budget or timeframe, and a budget that is not an object', async () => {
    expect(await fileError(parseReportFile(jsonDoc([{ ref: 'A', budget: { value: '1', currency: 'USD' } }]), 'JSON'))).toContain(
      'needs[0] (need 1).budget has an unknown key "value"; known: amount, currency',
    );
    expect(await fileError(parseReportFile(jsonDoc([{ ref: 'A', timeframe: { from: '2025-01-01' } }]), 'JSON'))).toContain('unknown key "from"');
    expect(await fileError(parseReportFile(jsonDoc([{ ref: 'A', budget: '250000 USD' }]), 'JSON'))).toContain('budget must be an object');
  });

  it('refuses a NUL character in a value', async () => {
    expect(await fileError(parseReportFile(jsonDoc([{ ref: 'A', thematicAreas: ['MARK\u0000ING'] }]), 'JSON'))).toContain('Row 1, thematicAreas');
  });

  it('refuses malformed Unicode (a lone surrogate, which JSON escapes can write) in a value', async () => {
    const message = await fileError(
      parseReportFile(Buffer.from('{"format":"gis-national-report/1","needs":[{"ref":"A","title":"Half \\ud83d an emoji"}]}'), 'JSON'),
    );
    expect(message).toContain('Row 1, title');
    expect(message).toContain('valid Unicode');
  });

  it('reads a BOM and keeps report metadata raw', async () => {
    const text = '\uFEFF' + JSON.stringify({ format: 'gis-national-report/1', report: { year: '2024', state: 'gha' }, needs: [{ ref: 'A' }] });
    expect((await parseReportFile(csv(text), 'JSON')).report).toEqual({ year: '2024', state: 'gha' });
  });
});

describe('parseReportFile: XLSX', () => {
  it('turns numbers, dates, booleans, rich text, formulas and links into text', async () => {
    const workbook = await xlsx((wb) => {
      const sheet = wb.addWorksheet('Needs');
      sheet.addRow([
        'ref',
        'title',
        'budget_amount',
        'priority_rank',
        'timeframe_start',
        'timeframe_end',
        'problem',
        'proposed_activities',
        'section',
        'visibility',
      ]);
      sheet.addRow([
        1,
        { richText: [{ text: 'Marking ' }, { font: { bold: true }, text: 'machines' }] },
        250000,
        { formula: '1+1', result: 2 },
        new Date(Date.UTC(2025, 0, 1)),
        new Date(Date.UTC(2026, 5, 30, 18, 30)),
        true,
        { text: 'See the plan', hyperlink: 'https://example.org/plan' },
        'III.2',
        { formula: 'UPPER("public")', result: 'PUBLIC' },
      ]);
      sheet.getCell('E2').numFmt = 'yyyy-mm-dd';
      sheet.getCell('F2').numFmt = 'yyyy-mm-dd hh:mm';
    });
    const { records } = await parseReportFile(workbook, 'XLSX');
    expect(records[0].fields).toEqual({
      ref: '1',
      title: 'Marking machines',
      budgetAmount: '250000',
      priorityRank: '2',
      timeframeStart: '2025-01-01',
      timeframeEnd: '2026-06-30',
      problem: 'true',
      proposedActivities: 'See the plan',
      section: 'III.2',
      visibility: 'PUBLIC',
    });
  });

  it.each([
    [250000, '250000'],
    [1234.5, '1234.5'],
    [185000.25, '185000.25'],
    [0.1 + 0.2, '0.3'],
    [1.1 * 3, '3.3'],
    [1100.0000000000002, '1100'],
    [1e-7, '0.0000001'],
    [-42, '-42'],
  ])('writes the number %p as "%s"', async (value, text) => {
    expect(numberText(value)).toBe(text);
    const { records } = await parseReportFile(
      await needsSheet([
        ['ref', 'title', 'budget_amount'],
        ['A1', 'x', value],
      ]),
      'XLSX',
    );
    expect(records[0].fields.budgetAmount).toBe(text);
  });

  it('takes the sheet "Needs" whatever its case and place, and reads "Report" keys in any case', async () => {
    const workbook = await xlsx((wb) => {
      wb.addWorksheet('Instructions').addRow(['Fill in the sheet NEEDS']);
      wb.addWorksheet('report').addRows([
        ['Key', 'Value'],
        ['STATE', 'GHA'],
        [' Source_Reference ', 'PoA report 2024, section III'],
        ['year', 2024],
        ['language', null],
      ]);
      wb.addWorksheet(' NEEDS ').addRows([
        ['ref', 'title'],
        ['A1', 'Marking'],
      ]);
    });
    const parsed = await parseReportFile(workbook, 'XLSX');
    expect(parsed.report).toEqual({ state: 'GHA', sourceReference: 'PoA report 2024, section III', year: '2024' });
    expect(parsed.records.map((r) => r.fields)).toEqual([{ ref: 'A1', title: 'Marking' }]);
  });

  it('without a "Needs" sheet, takes the first sheet that is not "Report"', async () => {
    const workbook = await xlsx((wb) => {
      wb.addWorksheet('Report').addRow(['state', 'GHA']);
      wb.addWorksheet('Sheet1').addRows([
        ['ref', 'title'],
        ['A1', 'Marking'],
      ]);
    });
    const parsed = await parseReportFile(workbook, 'XLSX');
    expect(parsed.report).toEqual({ state: 'GHA' });
    expect(parsed.records[0].fields).toEqual({ ref: 'A1', title: 'Marking' });
  });

  it('keeps real row numbers across empty rows and reads a merged cell once', async () => {
    const workbook = await xlsx((wb) => {
      const sheet = wb.addWorksheet('Needs');
      sheet.getRow(1).values = ['ref', 'title', 'problem'];
      sheet.getRow(3).values = ['A1', 'Marking machines and training'];
      sheet.mergeCells('B3:C3');
      sheet.getRow(5).values = ['A2', 'Database', 'x'];
    });
    const { records } = await parseReportFile(workbook, 'XLSX');
    expect(records.map((r) => [r.row, r.fields])).toEqual([
      [3, { ref: 'A1', title: 'Marking machines and training' }],
      [5, { ref: 'A2', title: 'Database', problem: 'x' }],
    ]);
  });

  it('refuses a value under a column without a name', async () => {
    const workbook = await needsSheet([
      ['ref', 'title'],
      ['A1', 'x', 'stray note'],
    ]);
    expect(await fileError(parseReportFile(workbook, 'XLSX'))).toContain('Row 2 has a value in column C');
  });
});
