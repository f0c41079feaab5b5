import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { gql, tokenOf } from './support/api';
import { t } from './support/catalogue';
import { column, download, EXPORT_LABELS, menuButton, parseCsv } from './support/downloads';
import { DEMO, fixtures } from './support/env';
import { chooseLanguage, openSignedIn, settled } from './support/ui';

/**
 * Issue 15 (parts 1 and 4): every list's "Download" menu asks the API's export with the list's own
 * arguments and the reader's language, and the browser downloads the file of the short-lived link:
 * the rows the page lists, for what the reader may see; a refusal said beside the menu.
 */

/** Every id of the needs list (all pages) for a filter, as the API lists them to `token`'s owner. */
async function needIds(filter: Record<string, unknown>, token?: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const { needs }: { needs: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } = await gql(
      'query ($filter: NeedFilter, $after: String) { needs(first: 100, filter: $filter, after: $after) { edges { node { id } } pageInfo { endCursor hasNextPage } } }',
      { filter, after },
      token,
    );
    ids.push(...needs.edges.map((e) => e.node.id));
    after = needs.pageInfo.hasNextPage ? needs.pageInfo.endCursor : null;
  } while (after);
  return ids;
}

/** The ids of the needs the page lists (its first page), in its order. */
async function listedNeeds(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByRole('main')
    .locator('a[href^="/needs/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  return [...new Set(hrefs.map((h) => h.slice('/needs/'.length)).filter((id) => /^[0-9a-f-]{36}$/.test(id)))];
}

test('a visitor downloads the needs of a thematic area as CSV: the rows the page lists, all pages', async ({ page }) => {
  await page.goto('/needs?theme=MARKING');
  await settled(page);
  // Other tests publish needs of the same area meanwhile: the file must agree with the API read
  // just before and just after, and begin with the rows the page shows.
  await expect(async () => {
    const before = await needIds({ thematicAreas: ['MARKING'] });
    await page.reload();
    await settled(page);
    const { fileName, table } = await download(page, menuButton(page), 'exports.csv');
    expect(fileName).toMatch(/^needs-\d{4}-\d{2}-\d{2}\.csv$/);
    const ids = column(table, 'en', 'id');
    expect(ids).toEqual(before);
    expect(ids.slice(0, (await listedNeeds(page)).length)).toEqual(await listedNeeds(page));
    expect(
      column(table, 'en', 'thematicAreaCodes').every((codes) =>
        codes
          .split(';')
          .map((c) => c.trim())
          .includes('MARKING'),
      ),
    ).toBe(true);
    expect(await needIds({ thematicAreas: ['MARKING'] })).toEqual(before);
  }).toPass({ timeout: 60_000 });
  // Said to screen readers: the file is on its way.
  await expect(
    page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: /needs-\d{4}-\d{2}-\d{2}\.csv/ }),
  ).toBeVisible();
});

test('UNODA downloads the needs of a region as Excel', async ({ page }) => {
  const moderator = await tokenOf(DEMO.moderator.email);
  await openSignedIn(page, '/needs?region=002', DEMO.moderator.email);
  await settled(page);
  await expect(async () => {
    const before = await needIds({ regionCode: '002' }, moderator);
    const { fileName, table } = await download(page, menuButton(page), 'exports.xlsx');
    expect(fileName).toMatch(/^needs-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(column(table, 'en', 'id')).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
    expect(await needIds({ regionCode: '002' }, moderator)).toEqual(before);
  }).toPass({ timeout: 60_000 });
});

test('a donor downloads the ledger of a proposal it funds, with exact amounts and their currency', async ({ page }) => {
  const { proposal } = fixtures();
  const donor = await tokenOf(DEMO.donor.email);
  const { proposal: read } = await gql<{ proposal: { contributions: { id: string; amount: string; currency: string; status: string }[] } }>(
    'query ($id: ID!) { proposal(id: $id) { contributions { id amount currency status } } }',
    { id: proposal.id },
    donor,
  );
  await openSignedIn(page, `/proposals/${proposal.id}?tab=funding`, DEMO.donor.email);
  const ledger = page.getByRole('region', { name: t('en', 'funding.ledger') });
  const { fileName, table } = await download(
    page,
    ledger.getByRole('button', { name: t('en', 'exports.downloadOf', { subject: t('en', 'funding.ledger') }) }),
    'exports.csv',
  );
  expect(fileName).toMatch(/\.csv$/);
  const lines = column(table, 'en', 'id').map((id, i) => ({
    id,
    amount: column(table, 'en', 'amount')[i],
    currency: column(table, 'en', 'currency')[i],
    status: column(table, 'en', 'status')[i],
  }));
  expect(lines.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
    read.contributions.map((c) => ({ id: c.id, amount: c.amount, currency: c.currency, status: c.status })).sort((a, b) => a.id.localeCompare(b.id)),
  );
  expect(lines.map((l) => l.amount).sort()).toEqual(['150000.50', '49999.50']);
});

test('a dashboard section downloads as Excel with the figures of the dashboard', async ({ page }) => {
  await page.goto('/dashboard');
  await settled(page);
  const flow = page.getByRole('region', { name: t('en', 'dashboard.flow.title') });
  await expect(async () => {
    const { flowDashboard } = await gql<{ flowDashboard: { stages: { stage: string; count: number }[] } }>('{ flowDashboard { stages { stage count } } }');
    const { fileName, table } = await download(
      page,
      flow.getByRole('button', { name: t('en', 'exports.downloadOf', { subject: t('en', 'dashboard.flow.title') }) }),
      'exports.xlsx',
    );
    expect(fileName).toMatch(/^flow-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(column(table, 'en', 'stage')).toEqual(flowDashboard.stages.map((s) => s.stage));
    expect(column(table, 'en', 'count')).toEqual(flowDashboard.stages.map((s) => String(s.count)));
  }).toPass({ timeout: 60_000 });
});

test('an Arabic reader gets the menu and the file’s headers in Arabic; by keyboard alone', async ({ page }) => {
  await page.goto('/offers');
  await chooseLanguage(page, 'ar');
  await settled(page);
  // The menu by keyboard: Enter opens it, the arrows move, Enter chooses.
  await menuButton(page, 'ar').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: t('ar', 'exports.csv'), exact: true })).toBeFocused();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const table = parseCsv((await readFile((await file.path())!)).toString('utf8'));
  expect(table[0]).toContain(EXPORT_LABELS.ar.columns.id);
  expect(table[0]).toContain(EXPORT_LABELS.ar.columns.title);
  expect(column(table, 'ar', 'id').length).toBeGreaterThan(0);
});

test('a refusal of the export is said beside the menu, in the reader’s language', async ({ page }) => {
  // The page never sends a search the API refuses (it keeps 200 characters): the request is made
  // longer on its way, and the real API's refusal comes back to the page.
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON() as { operationName?: string; variables?: Record<string, unknown> } | null;
    if (body?.operationName !== 'ExportNeeds') return route.continue();
    await route.continue({ postData: JSON.stringify({ ...body, variables: { ...body.variables, search: 'x'.repeat(201) } }) });
  });
  await page.goto('/needs?q=marking');
  await settled(page);
  await menuButton(page).click();
  await page.getByRole('menuitem', { name: t('en', 'exports.csv'), exact: true }).click();
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText(t('en', 'exports.refused'));
  await expect(alert).toContainText(t('en', 'reason.field.tooLong', { max: 200 }));
  await expect(menuButton(page)).toHaveAttribute('aria-busy', 'false');
});

test('the open data page says the licence, the IATI files and their publisher as the operator set them; the footer leads there', async ({ page }) => {
  const { openData } = await gql<{ openData: { iatiActivitiesUrl: string; iatiReportingOrgRef: string; licence: { id: string; url: string } } }>(
    '{ openData { iatiActivitiesUrl iatiReportingOrgRef licence { id url } } }',
  );
  await page.goto('/needs');
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: t('en', 'openData.title') })
    .click();
  await expect(page).toHaveURL('/open-data');
  await settled(page);
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: openData.licence.id, exact: true })).toHaveAttribute('href', openData.licence.url);
  await expect(main.getByRole('link', { name: openData.iatiActivitiesUrl, exact: true })).toHaveAttribute('href', openData.iatiActivitiesUrl);
  await expect(main.getByText(openData.iatiReportingOrgRef, { exact: true })).toBeVisible();
  // Each list named on the page leads to it.
  await expect(main.getByRole('link', { name: '/staff/matches', exact: true })).toHaveAttribute('href', '/staff/matches');
});

test('UNODA’s queue of submitted needs downloads as the queue lists it; an NPC’s own needs by status', async ({ page }) => {
  const [moderator, npc] = await Promise.all([tokenOf(DEMO.moderator.email), tokenOf(DEMO.npc.email)]);
  type Ids = { edges: { node: { id: string } }[] };
  await openSignedIn(page, '/staff/moderation/needs', DEMO.moderator.email);
  await settled(page);
  await expect(async () => {
    const queue = async () =>
      (await gql<{ needModerationQueue: Ids }>('{ needModerationQueue(first: 100) { edges { node { id } } } }', {}, moderator)).needModerationQueue.edges.map(
        (e) => e.node.id,
      );
    const before = await queue();
    const { table } = await download(page, menuButton(page), 'exports.csv');
    expect(column(table, 'en', 'id')).toEqual(before);
    expect(await queue()).toEqual(before);
  }).toPass({ timeout: 60_000 });

  await page.context().clearCookies();
  await openSignedIn(page, '/my/needs?status=DRAFT', DEMO.npc.email);
  await settled(page);
  await expect(async () => {
    const drafts = async () =>
      (await gql<{ needs: Ids }>('{ needs(first: 100, filter: { states: ["GHA"], statuses: [DRAFT] }) { edges { node { id } } } }', {}, npc)).needs.edges.map(
        (e) => e.node.id,
      );
    const before = await drafts();
    const { table } = await download(page, menuButton(page), 'exports.csv');
    expect(column(table, 'en', 'id')).toEqual(before);
    expect(column(table, 'en', 'status').every((s) => s === 'DRAFT')).toBe(true);
    expect(await drafts()).toEqual(before);
  }).toPass({ timeout: 60_000 });
});
