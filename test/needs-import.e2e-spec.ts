import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { newNpcOf } from './support/people.js';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';

const ROOT = resolve(import.meta.dirname, '..');
const example = (name: string) => readFileSync(join(ROOT, 'docs/examples', name));

const IMPORT = `mutation ($input: ImportNationalReportInput!) {
  importNationalReport(input: $input) {
    dryRun valid rows created updated skipped
    report { id stateIso3 instrument reportingYear language }
    errors { row column message reason params } warnings { row column message reason params }
  }
}`;

interface ImportResult {
  dryRun: boolean;
  valid: boolean;
  rows: number;
  created: number;
  updated: number;
  skipped: number;
  report: { id: string; stateIso3: string; instrument: string; reportingYear: number; language: string } | null;
  errors: { row: number | null; column: string | null; message: string; reason: string | null; params: string | null }[];
  warnings: { row: number | null; column: string | null; message: string; reason: string | null; params: string | null }[];
}

const CSV_META = { instrument: 'POA', reportingYear: 2024, language: 'EN', sourceReference: 'PoA national report 2024' };

describe('importing national reports', () => {
  let t: TestApp;
  let npc: string;

  const count = async (sql: string) => Number((await t.dataSource.query(sql))[0].n);
  const ghanaNeeds = () => count(`SELECT count(*)::int AS n FROM need WHERE state_iso3 = 'GHA'`);
  const run = (input: Record<string, unknown>, token = npc) =>
    t.gql<{ importNationalReport: ImportResult }>(IMPORT, { input: { stateIso3: 'GHA', dryRun: false, ...input } }, token);
  const file = (content: Buffer | string) => Buffer.from(content).toString('base64');

  beforeAll(async () => {
    t = await startTestApp();
    npc = await t.login('npc.ghana@example.org');
  });
  afterAll(() => t.close());

  it.each([
    ['JSON', 'national-report.json', {}],
    ['CSV', 'national-report.csv', CSV_META],
    ['XLSX', 'national-report.xlsx', {}],
  ])('validates the %s example in a dry run, writing nothing', async (format, name, meta) => {
    const before = await ghanaNeeds();
    const response = await run({ format, contentBase64: file(example(name)), dryRun: true, ...meta });
    expect(response.errors).toBeUndefined();
    expect(response.data?.importNationalReport).toMatchObject({ dryRun: true, valid: true, rows: 3, created: 3, updated: 0, errors: [] });
    expect(await ghanaNeeds()).toBe(before);
  });

  it('imports the JSON example as drafts linked to the report, then updates them when the same report comes again as CSV and XLSX', async () => {
    const before = await ghanaNeeds();
    const first = (await run({ format: 'JSON', contentBase64: file(example('national-report.json')) })).data!.importNationalReport;
    expect(first).toMatchObject({ valid: true, created: 3, updated: 0, report: { stateIso3: 'GHA', instrument: 'POA', reportingYear: 2024, language: 'EN' } });
    expect(await ghanaNeeds()).toBe(before + 3);
    const drafts = await t.dataSource.query(
      `SELECT source_ref, status, report_section, budget_usd, quality_score FROM need WHERE report_id = $1 AND source_ref LIKE 'A_' ORDER BY source_ref`,
      [first.report!.id],
    );
    expect(drafts.map((d: { source_ref: string; status: string }) => `${d.source_ref}:${d.status}`)).toEqual(['A1:DRAFT', 'A2:DRAFT', 'A3:DRAFT']);
    expect(drafts[0].report_section).toBe('III.2');
    expect(drafts[0].budget_usd).toBe('250000.00');
    expect(drafts[1].budget_usd).toBe('199800.54'); // EUR 185000.50 at the demo rate 1.08
    expect(drafts.every((d: { quality_score: number }) => d.quality_score > 0)).toBe(true);

    const csv = (await run({ format: 'CSV', contentBase64: file(example('national-report.csv')), ...CSV_META })).data!.importNationalReport;
    expect(csv).toMatchObject({ valid: true, created: 0, updated: 3, report: { id: first.report!.id } });
    const xlsx = (await run({ format: 'XLSX', contentBase64: file(example('national-report.xlsx')) })).data!.importNationalReport;
    expect(xlsx).toMatchObject({ valid: true, created: 0, updated: 3 });
    expect(await ghanaNeeds()).toBe(before + 3);
    const events = await t.dataSource.query(`SELECT count(*)::int AS n FROM outbox_event WHERE type = 'national_report.imported'`);
    expect(events[0].n).toBe(3);
  });

  it('leaves needs that are no longer drafts alone on re-import, with a warning', async () => {
    const [a1] = await t.dataSource.query(`SELECT id FROM need WHERE source_ref = 'A1' AND state_iso3 = 'GHA'`);
    await t.gql('mutation ($input: NeedTransitionInput!) { submitNeed(input: $input) { id } }', { input: { needId: a1.id } }, npc);
    const again = (await run({ format: 'JSON', contentBase64: file(example('national-report.json')) })).data!.importNationalReport;
    expect(again).toMatchObject({ valid: true, created: 0, updated: 2, skipped: 1 });
    expect(again.warnings).toEqual([
      {
        row: 1,
        column: 'ref',
        message: expect.stringContaining('A1 is SUBMITTED'),
        reason: 'import.leftAlone',
        params: JSON.stringify({ ref: 'A1', status: 'SUBMITTED' }),
      },
    ]);
  });

  it('lists every bad row by row, column and reason; a dry run reports them, a real import writes nothing', async () => {
    const bad = [
      'ref,title,problem,proposed_activities,thematic_areas,budget_amount,budget_currency,timeframe_start,timeframe_end',
      'B1,Good need,A real problem of the national police armouries.,Buy two machines and train 20 armourers.,MARKING,1000.00,USD,,',
      'B2,Bad codes,Problem.,Activities.,UNICORNS,-5,USD,,',
      'B3,Bad currency,Problem.,Activities.,MARKING,100.00,XYZ,2027-06-01,2027-01-01',
      'B1,Duplicate ref,Problem.,Activities.,MARKING,,,,',
      ',No ref,,Activities.,MARKING,,,,',
    ].join('\n');
    const dry = (await run({ format: 'CSV', contentBase64: file(bad), dryRun: true, ...CSV_META, reportingYear: 2022 })).data!.importNationalReport;
    expect(dry.valid).toBe(false);
    const described = dry.errors.map((e) => `${e.row}|${e.column}`);
    expect(described).toEqual(
      expect.arrayContaining(['3|thematic_areas', '3|budget_amount', '4|budget_currency', '4|timeframe_end', '5|ref', '6|ref', '6|problem']),
    );
    expect(dry.errors.find((e) => e.row === 3 && e.column === 'thematic_areas')?.message).toContain('UNICORNS');
    expect(dry.errors.find((e) => e.row === 5)?.message).toContain('already used by row 2');
    // Each problem also carries its stable reason and params, for clients to say it in the reader's language.
    expect(dry.errors.find((e) => e.row === 5)).toMatchObject({ reason: 'import.refTaken', params: JSON.stringify({ ref: 'B1', row: 2 }) });
    expect(JSON.parse(dry.errors.find((e) => e.row === 3 && e.column === 'thematic_areas')?.params ?? '{}')).toEqual({
      kind: expect.any(String),
      codes: ['UNICORNS'],
    });

    const before = await ghanaNeeds();
    const reports = await count('SELECT count(*)::int AS n FROM national_report');
    const real = await run({ format: 'CSV', contentBase64: file(bad), ...CSV_META, reportingYear: 2022 });
    expect(errorCode(real)).toBe('BAD_USER_INPUT');
    expect(real.errors?.[0].message).toMatch(/not imported: 7 problem\(s\)/);
    expect((real.errors?.[0].extensions?.fields as unknown[]).length).toBe(7);
    expect(await ghanaNeeds()).toBe(before);
    expect(await count('SELECT count(*)::int AS n FROM national_report')).toBe(reports);
  });

  it('needs the report metadata for CSV, and refuses a file of another State', async () => {
    const missing = (await run({ format: 'CSV', contentBase64: file(example('national-report.csv')), dryRun: true })).data!.importNationalReport;
    expect(missing.valid).toBe(false);
    expect(missing.errors.map((e) => e.column)).toEqual(expect.arrayContaining(['report.instrument', 'report.year', 'report.language']));
    const json = JSON.parse(example('national-report.json').toString('utf8'));
    json.report.state = 'KEN';
    const other = (await run({ format: 'JSON', contentBase64: file(JSON.stringify(json)), dryRun: true })).data!.importNationalReport;
    expect(other.errors).toEqual([expect.objectContaining({ column: 'report.state', message: expect.stringContaining('KEN') })]);
  });

  it.each([
    ['an empty file', 'CSV', Buffer.alloc(0), /empty/i],
    ['a CSV sent as XLSX', 'XLSX', example('national-report.csv'), /not an XLSX|ZIP|workbook/i],
    ['malformed JSON', 'JSON', Buffer.from('{"format": "gis-national-report/1", "needs": [ }'), /JSON/],
    ['a JSON file of another kind', 'JSON', Buffer.from('{"hello": "world"}'), /format/],
    ['a file over 5 MB', 'CSV', Buffer.alloc(5 * 1024 * 1024 + 1, 'a'), /5 MB|too large|larger/i],
    ['binary data as CSV', 'CSV', Buffer.from([0, 1, 2, 3, 0xff, 0xfe]), /NUL|UTF-8|binary/i],
  ])('refuses %s with a message about the file, writing nothing', async (_, format, content, message) => {
    const before = await ghanaNeeds();
    const response = await run({ format, contentBase64: file(content), ...CSV_META });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(message);
    expect(response.errors?.[0].message).toContain('input.contentBase64');
    expect(await ghanaNeeds()).toBe(before);
  });

  it("refuses to import another State's report, and donors importing at all", async () => {
    const kenya = await newNpcOf(t, 'KEN');
    expect(errorCode(await run({ format: 'JSON', contentBase64: file(example('national-report.json')) }, kenya))).toBe('FORBIDDEN');
    const donor = await t.login('donor.germany@example.org');
    expect(errorCode(await run({ format: 'JSON', contentBase64: file(example('national-report.json')) }, donor))).toBe('FORBIDDEN');
  });

  it('imports from the command line too (dry run)', async () => {
    const output = await new Promise<{ code: number | null; stdout: string }>((done) => {
      const child = spawn(
        process.execPath,
        [
          join(ROOT, 'dist/apps/cli/src/main.js'),
          'import-report',
          join(ROOT, 'docs/examples/national-report.csv'),
          '--state',
          'GHA',
          '--instrument',
          'POA',
          '--year',
          '2024',
          '--language',
          'en',
          '--dry-run',
        ],
        { cwd: ROOT, env: { PATH: process.env.PATH, DATABASE_URL: t.config.DATABASE_URL, JWT_SECRET: t.config.JWT_SECRET, LOG_LEVEL: 'warn' } },
      );
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.on('close', (code) => done({ code, stdout }));
    });
    expect(output.code).toBe(0);
    expect(JSON.parse(output.stdout.slice(output.stdout.indexOf('{')))).toMatchObject({ dryRun: true, valid: true, rows: 3 });
  }, 30_000);
});
