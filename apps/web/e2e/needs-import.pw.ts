import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { gql, gqlAnswer, newPerson, tokenOf, unique } from './support/api';
import { t } from './support/catalogue';
import { DEMO } from './support/env';
import { axeViolations, chooseLanguage, openSignedIn, pageTitle } from './support/ui';

/**
 * Issue 13 (NPC items 2 and 3): a National Point of Contact imports their national report in the
 * browser (a file with errors first, shown at their rows and columns, then the clean sample),
 * translates an imported need, reconfirms and closes a published one. Another State's focal
 * point cannot import for Ghana.
 */

const EXAMPLES = resolve(import.meta.dirname, '../../../docs/examples');
const example = (name: string) => readFileSync(resolve(EXAMPLES, name));
const sample = JSON.parse(example('national-report.json').toString('utf8')) as { needs: { ref: string; title: string }[] };

const main = (page: Page) => page.getByRole('main');
const fileField = (page: Page) => main(page).getByLabel(t('en', 'import.file'));
const importButton = (page: Page) => main(page).getByRole('button', { name: t('en', 'import.import'), exact: true });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The sample workbook with a bad budget in row 3 and no title in row 4, as a State might send it. */
async function workbookWithErrors(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(example('national-report.xlsx') as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Needs')!;
  const column = (name: string) => (sheet.getRow(1).values as unknown[]).indexOf(name);
  sheet.getRow(3).getCell(column('budget_amount')).value = 'about 100k';
  sheet.getRow(4).getCell(column('title')).value = null;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('an NPC sees each error of a file at its row and column, cannot import it, then imports the clean sample and reaches the drafts', async ({ page }) => {
  const bad = await workbookWithErrors();
  // What the API says of the same file, to read the page against.
  const { importNationalReport: dry } = await gql<{ importNationalReport: { errors: { row: number; column: string; reason: string; params: string }[] } }>(
    'mutation ($input: ImportNationalReportInput!) { importNationalReport(input: $input) { errors { row column reason params } } }',
    { input: { stateIso3: 'GHA', format: 'XLSX', dryRun: true, contentBase64: bad.toString('base64') } },
    await tokenOf(DEMO.npc.email),
  );
  expect(dry.errors.map((e) => `${e.row}|${e.column}`)).toEqual(['3|budget_amount', '4|title']);

  await openSignedIn(page, '/my/needs', DEMO.npc.email);
  await main(page)
    .getByRole('link', { name: t('en', 'import.title') })
    .click();
  await expect(pageTitle(page)).toHaveText(t('en', 'import.title'));

  await fileField(page).setInputFiles({ name: 'ghana-2024.xlsx', mimeType: XLSX, buffer: bad });
  await main(page)
    .getByRole('button', { name: t('en', 'import.check') })
    .click();
  await expect(main(page).getByRole('alert')).toContainText(t('en', 'import.checkedErrors', { count: 2 }));
  const problems = main(page)
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: t('en', 'import.colRow') }) });
  const rows = problems.getByRole('row');
  await expect(rows).toHaveCount(3);
  for (const [i, e] of dry.errors.entries()) {
    const cells = rows.nth(i + 1).getByRole('cell');
    await expect(cells.nth(0)).toHaveText(String(e.row));
    await expect(cells.nth(1)).toHaveText(e.column);
    // Said from the API's reason in the reader's language, not the API's English sentence.
    await expect(cells.nth(2)).toHaveText(t('en', `reason.${e.reason}`, JSON.parse(e.params) as Record<string, string>));
  }
  await expect(importButton(page)).toHaveCount(0);

  // The clean sample: checked, then imported.
  await fileField(page).setInputFiles({ name: 'national-report.xlsx', mimeType: XLSX, buffer: example('national-report.xlsx') });
  await expect(main(page).getByRole('table')).toHaveCount(0);
  await main(page)
    .getByRole('button', { name: t('en', 'import.check') })
    .click();
  const ready = main(page)
    .getByRole('status')
    .filter({ hasText: t('en', 'import.checkedClean') });
  await expect(ready).toContainText(t('en', 'import.wouldDo', { rows: 3, created: 3, updated: 0, skipped: 0 }));
  await importButton(page).click();
  await expect(
    main(page)
      .getByRole('status')
      .filter({ hasText: t('en', 'import.done') }),
  ).toContainText(t('en', 'import.did', { created: 3, updated: 0, skipped: 0 }));
  for (const need of sample.needs) await expect(main(page).getByRole('link', { name: need.title })).toBeVisible();

  await main(page)
    .getByRole('link', { name: t('en', 'import.toDrafts') })
    .click();
  await expect(page).toHaveURL('/my/needs?status=DRAFT');
  await expect(main(page).getByRole('link', { name: sample.needs[0]!.title })).toBeVisible();
});

test('the samples download as the files of docs/examples', async ({ page }) => {
  await openSignedIn(page, '/my/import', DEMO.npc.email);
  for (const format of ['JSON', 'CSV', 'XLSX']) {
    const link = main(page).getByRole('link', { name: t('en', 'import.sample', { format }) });
    const name = `national-report.${format.toLowerCase()}`;
    await expect(link).toHaveAttribute('download', name);
    const response = await page.request.get((await link.getAttribute('href'))!);
    expect(response.ok()).toBe(true);
    expect(Buffer.compare(await response.body(), example(name))).toBe(0);
  }
});

test('a CSV file is imported with the report metadata typed beside it', async ({ page }) => {
  const csv = ['ref,title,problem,proposed_activities', `C-${unique()},Armoury alarms,Two armouries have no alarm.,Install alarms in two armouries.`].join(
    '\n',
  );
  await openSignedIn(page, '/my/import', DEMO.npc.email);
  await fileField(page).setInputFiles({ name: 'report.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  // Without the metadata, the API says what the report lacks.
  await main(page)
    .getByRole('button', { name: t('en', 'import.check') })
    .click();
  await expect(main(page).getByRole('cell', { name: 'report.instrument' })).toBeVisible();
  await expect(importButton(page)).toHaveCount(0);

  await main(page).getByLabel(t('en', 'import.instrument')).selectOption('ITI');
  await main(page).getByLabel(t('en', 'import.year')).fill('2023');
  await main(page).getByLabel(t('en', 'import.language')).selectOption('EN');
  await main(page)
    .getByRole('button', { name: t('en', 'import.check') })
    .click();
  await expect(
    main(page)
      .getByRole('status')
      .filter({ hasText: t('en', 'import.checkedClean') }),
  ).toContainText(t('en', 'import.wouldDo', { rows: 1, created: 1, updated: 0, skipped: 0 }));
  await importButton(page).click();
  await expect(main(page).getByRole('link', { name: 'Armoury alarms' })).toBeVisible();
});

test('an NPC adds a French translation to a need, reconfirms a published need and closes it with a reason', async ({ page }) => {
  const [npc, moderator] = await Promise.all([tokenOf(DEMO.npc.email), tokenOf(DEMO.moderator.email)]);
  const title = `Armoury registers ${unique()}`;
  const { createNeed } = await gql<{ createNeed: { id: string } }>(
    'mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
    {
      input: {
        stateIso3: 'GHA',
        language: 'EN',
        title,
        problem: 'Armoury registers are kept on paper and are often incomplete, so weapons cannot be traced.',
        proposedActivities: 'Print standard registers and train 30 storekeepers.',
        thematicAreas: ['RECORD_KEEPING'],
        assistanceTypes: ['TRAINING'],
        visibility: 'PUBLIC',
      },
    },
    npc,
  );
  const needId = createNeed.id;
  await gql('mutation ($input: NeedTransitionInput!) { submitNeed(input: $input) { id } }', { input: { needId } }, npc);
  await gql('mutation ($input: NeedTransitionInput!) { publishNeed(input: $input) { id } }', { input: { needId } }, moderator);

  await openSignedIn(page, `/needs/${needId}`, DEMO.npc.email);
  await expect(pageTitle(page)).toHaveText(title);

  // A French translation, verified by the State.
  await main(page)
    .getByRole('button', { name: t('en', 'translation.add') })
    .click();
  const form = main(page).getByRole('region', { name: t('en', 'translation.title') });
  await form.getByLabel(t('en', 'translation.language')).selectOption({ label: t('en', 'language.FR') });
  await form.getByRole('radio', { name: t('en', 'translationKind.VERIFIED') }).check();
  await form.getByRole('textbox', { name: t('en', 'needForm.title') }).fill('Registres des armureries');
  await form.getByRole('textbox', { name: t('en', 'needForm.problem') }).fill('Les registres des armureries sont tenus sur papier et souvent incomplets.');
  await form.getByRole('textbox', { name: t('en', 'needForm.proposedActivities') }).fill('Imprimer des registres types et former 30 magasiniers.');
  if (process.env.GIS_SHOTS) {
    await page.screenshot({ path: '/tmp/need-translate-en.png', fullPage: true });
    await chooseLanguage(page, 'ar');
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: '/tmp/need-translate-ar-360.png', fullPage: true });
    await chooseLanguage(page, 'en');
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  await form.getByRole('button', { name: t('en', 'translation.save') }).click();
  await expect(form).toHaveCount(0);
  const french = t('en', 'text.verifiedIn', { language: t('en', 'language.FR') });
  await main(page).getByText(french).click();
  await expect(main(page).getByText(t('en', 'text.verifiedBadge', { language: t('en', 'language.FR') }))).toBeVisible();
  await expect(main(page).getByText('Les registres des armureries sont tenus sur papier')).toBeVisible();

  // Still needed: valid until the end of the next reporting cycle.
  await main(page)
    .getByRole('button', { name: t('en', 'workspace.reconfirm') })
    .click();
  // The step's own sentence (with its new date), not the history's entry of the same name.
  await expect(main(page).getByText(new RegExp(`^${t('en', 'workspace.reconfirmed', { date: '' }).split(':')[0]}: `))).toBeVisible();

  // Closed, saying why.
  await main(page)
    .getByRole('button', { name: t('en', 'workspace.close'), exact: true })
    .click();
  const closing = main(page).getByRole('region', { name: t('en', 'workspace.closeTitle') });
  await closing.getByLabel(t('en', 'workspace.closeReason')).selectOption({ label: t('en', 'needCloseReason.NO_LONGER_NEEDED') });
  await closing.getByLabel(t('en', 'workspace.closeNote')).fill('The registers were bought with national funds.');
  if (process.env.GIS_SHOTS) await page.screenshot({ path: '/tmp/need-close-en.png', fullPage: true });
  await closing.getByRole('button', { name: t('en', 'workspace.closeConfirm') }).click();
  await expect(main(page).getByText(t('en', 'needStatus.CLOSED'), { exact: true })).toBeVisible();
  await expect(main(page).getByRole('button', { name: t('en', 'workspace.close'), exact: true })).toHaveCount(0);
  const { need } = await gql<{ need: { status: string; closeReason: string; translations: { language: string; translationKind: string | null }[] } }>(
    'query ($id: ID!) { need(id: $id) { status closeReason translations { language translationKind } } }',
    { id: needId },
    npc,
  );
  expect(need.status).toBe('CLOSED');
  expect(need.closeReason).toBe('NO_LONGER_NEEDED');
  expect(need.translations).toContainEqual({ language: 'FR', translationKind: 'VERIFIED' });
});

test("another State's focal point cannot import for Ghana: the API refuses and the page says so", async ({ page }) => {
  const admin = await tokenOf(DEMO.admin.email);
  await gql(
    'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
    { input: { type: 'MEMBER_STATE', name: `Senegal ${unique()}`, stateIso3: 'SEN' } },
    admin,
  ).catch(() => undefined);
  const { organisations } = await gql<{ organisations: { name: string; stateIso3: string | null }[] }>('{ organisations { name stateIso3 } }', {}, admin);
  const senegal = organisations.find((o) => o.stateIso3 === 'SEN')!;
  const other = await newPerson({ organisation: senegal.name, role: 'NPC' });

  await openSignedIn(page, '/my/import?state=GHA', other.email, { password: other.password });
  await fileField(page).setInputFiles({ name: 'national-report.json', mimeType: 'application/json', buffer: example('national-report.json') });
  await main(page)
    .getByRole('button', { name: t('en', 'import.check') })
    .click();
  // The API's refusal, said with its reason: they are not a focal point of Ghana.
  const refused = await gqlAnswer(
    'mutation ($input: ImportNationalReportInput!) { importNationalReport(input: $input) { valid } }',
    {
      input: { stateIso3: 'GHA', format: 'JSON', dryRun: true, contentBase64: example('national-report.json').toString('base64') },
    },
    await tokenOf(other.email, other.password),
  );
  expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'access.stateRoleMissing' });
  await expect(main(page).getByRole('alert')).toHaveText(t('en', 'reason.access.stateRoleMissing', { roles: 'NPC', state: 'GHA' }));
  await expect(importButton(page)).toHaveCount(0);
});

test('a checked file with problems and the CSV fields have no WCAG 2.1 A/AA violation, in English and in Arabic', async ({ page }) => {
  await openSignedIn(page, '/my/import', DEMO.npc.email);
  await fileField(page).setInputFiles({ name: 'report.csv', mimeType: 'text/csv', buffer: Buffer.from('ref,title,problem,proposed_activities\nX1,,,\n') });
  await main(page)
    .getByRole('button', { name: t('en', 'import.check') })
    .click();
  await expect(main(page).getByRole('cell', { name: 'report.instrument' })).toBeVisible();
  const shot = (name: string) => (process.env.GIS_SHOTS ? page.screenshot({ path: `/tmp/import-${name}.png`, fullPage: true }) : undefined);
  await shot('en');
  expect(await axeViolations(page)).toEqual([]);
  await chooseLanguage(page, 'ar');
  await expect(main(page).getByRole('columnheader', { name: t('ar', 'import.colRow') })).toBeVisible();
  await shot('ar');
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 360, height: 800 });
  await shot('ar-360');
});
