import ExcelJS from 'exceljs';
import { buffer } from 'node:stream/consumers';
import { csvField, csvStream, guardFormula, xlsxDecimal, xlsxStream, type Cell, type Table } from './table-writers.js';

/** Two pages, the second possibly empty: pages are joined seamlessly. */
function pagesOf(rows: Cell[][]): () => Promise<Cell[][] | null> {
  const pages = [rows.slice(0, 1), rows.slice(1)];
  return () => Promise.resolve(pages.shift() ?? null);
}

const table = (rows: Cell[][]): Table => ({ headers: ['Id', 'Title', 'Amount', 'Count'], kinds: ['code', 'text', 'decimal', 'integer'], pages: pagesOf(rows) });

describe('CSV', () => {
  it('quotes only the fields that need it, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain', 'text')).toBe('plain');
    expect(csvField('a,b', 'text')).toBe('"a,b"');
    expect(csvField('say "hi"', 'text')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines', 'text')).toBe('"two\r\nlines"');
    expect(csvField(null, 'decimal')).toBe('');
    expect(csvField('-12.50', 'decimal')).toBe('-12.50');
  });

  it('writes a text a spreadsheet would run as a formula as text, and leaves codes and amounts alone', () => {
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(guardFormula(formula)).toBe(`'${formula}`);
    expect(guardFormula('Marking')).toBe('Marking');
    expect(csvField('=cmd', 'text')).toBe("'=cmd");
    expect(csvField('-5.00', 'decimal')).toBe('-5.00');
    expect(csvField('-x', 'code')).toBe('-x');
  });

  it('starts with a byte-order mark, ends each line with CRLF, and keeps every script', async () => {
    const text = (
      await buffer(
        csvStream(
          table([
            ['1', 'آمن 安全 Безопасность Sécurité', '10.50', 3],
            ['2', null, null, null],
          ]),
        ),
      )
    ).toString('utf8');
    expect(text).toBe('\uFEFFId,Title,Amount,Count\r\n1,آمن 安全 Безопасность Sécurité,10.50,3\r\n2,,,\r\n');
  });

  it('is headers alone when there are no rows', async () => {
    expect((await buffer(csvStream(table([])))).toString('utf8')).toBe('\uFEFFId,Title,Amount,Count\r\n');
  });
});

describe('XLSX', () => {
  it('writes an amount as a number only when the number is exactly that amount', () => {
    expect(xlsxDecimal('1234567.89')).toBe(1234567.89);
    expect(xlsxDecimal('30000.00')).toBe(30000);
    expect(xlsxDecimal('-0.10')).toBe(-0.1);
    // 17 significant digits: no double holds it; it stays text rather than be rounded.
    expect(xlsxDecimal('123456789012345.67')).toBe('123456789012345.67');
  });

  it('holds the headers and rows, amounts as numbers, texts guarded', async () => {
    const body = await buffer(
      xlsxStream(
        table([
          ['1', '=2+2', '10.50', 3],
          ['2', 'عربي', null, null],
        ]),
        'الاحتياجات',
      ),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('الاحتياجات');
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows).toEqual([
      ['Id', 'Title', 'Amount', 'Count'],
      ['1', "'=2+2", 10.5, 3],
      ['2', 'عربي'],
    ]);
  });
});
