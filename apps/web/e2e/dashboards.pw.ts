import { expect, test, type Page } from '@playwright/test';
import { gql, publishedNeed, tokenOf, unique } from './support/api';
import { t } from './support/catalogue';
import { column, download } from './support/downloads';
import { DEMO } from './support/env';
import { chooseLanguage, pageTitle, settled } from './support/ui';

/**
 * Issue 14: the dashboard's figures are those of the records, counted here another way (the needs
 * list of the API, as anyone may read it), shown as a heat map, as a table and as the API's file
 * (issue 15); in Arabic the page reads right to left.
 */

// One after the other: the first test publishes a need the others count.
test.describe.configure({ mode: 'serial' });

const AREA = 'MARKING';
const REGION = '002';

/** Published needs naming the area, of States in the region, that a visitor may see: the needs list's own count. */
async function publicNeedsOf(area: string, region: string): Promise<number> {
  const { needs } = await gql<{ needs: { totalCount: number } }>('query ($filter: NeedFilter) { needs(first: 1, filter: $filter) { totalCount } }', {
    filter: { statuses: ['PUBLISHED'], thematicAreas: [area], regionCode: region },
  });
  return needs.totalCount;
}

/** The names the page shows for the area and the region (the dashboard names them in the reader's language). */
async function names(lang: string): Promise<{ area: string; region: string }> {
  const { coverageDashboard } = await gql<{
    coverageDashboard: { cells: { thematicAreaCode: string; thematicAreaName: string; regionCode: string; regionName: string }[] };
  }>('query ($lang: Language!) { coverageDashboard(lang: $lang) { cells { thematicAreaCode thematicAreaName regionCode regionName } } }', { lang });
  const cell = coverageDashboard.cells.find((c) => c.thematicAreaCode === AREA && c.regionCode === REGION)!;
  return { area: cell.thematicAreaName, region: cell.regionName };
}

/** The heat map's cell of a row (thematic area) and a column (region), by their headers. */
async function heatCell(page: Page, area: string, region: string) {
  const map = page.getByRole('main').locator('table.heat-map');
  const headers = await map.locator('thead th').allInnerTexts();
  const column = headers.findIndex((h) => h.trim() === region);
  expect(column).toBeGreaterThan(0);
  return map
    .locator('tbody tr', { has: page.getByRole('rowheader', { name: area, exact: true }) })
    .locator('td')
    .nth(column - 1);
}

test('the heat map, its table and its file give the needs the needs list counts', async ({ page }) => {
  const [npc, moderator] = await Promise.all([tokenOf(DEMO.npc.email), tokenOf(DEMO.moderator.email)]);
  await publishedNeed(npc, moderator, `Marking kits for the dashboard ${unique()}`);
  const { area, region } = await names('EN');

  await page.goto('/');
  await page
    .getByRole('banner')
    .getByRole('link', { name: t('en', 'nav.dashboard') })
    .first()
    .click();
  await expect(page).toHaveURL('/dashboard');
  await settled(page);
  await expect(pageTitle(page)).toHaveText(t('en', 'dashboard.pageTitle'));
  // Other tests publish and compile needs of the same cell meanwhile (two workers, one server):
  // the page must agree with the needs list counted just before and just after it loaded.
  let expected = 0;
  await expect(async () => {
    expected = await publicNeedsOf(AREA, REGION);
    await page.reload();
    await settled(page);
    const cell = await heatCell(page, area, region);
    await expect(cell).toHaveAttribute('data-needs', String(expected), { timeout: 5_000 });
    expect(await publicNeedsOf(AREA, REGION)).toBe(expected);
  }).toPass({ timeout: 60_000 });
  expect(expected).toBeGreaterThan(0);
  const cell = await heatCell(page, area, region);
  await expect(cell.locator('.heat-needs')).toHaveText(new Intl.NumberFormat('en').format(expected));

  // The same figures as a table.
  const coverage = page.getByRole('region', { name: t('en', 'dashboard.coverage.title') });
  await coverage.getByRole('button', { name: t('en', 'dashboard.showTable') }).click();
  const row = coverage
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: area, exact: true }) })
    .filter({ hasText: region });
  await expect(row.getByRole('cell').nth(1)).toHaveText(new Intl.NumberFormat('en').format(expected));

  // And as a file, made by the API from the same query when asked (so read again around it): the
  // cell's line, by its codes.
  await expect(async () => {
    const now = await publicNeedsOf(AREA, REGION);
    const { fileName, table } = await download(
      page,
      coverage.getByRole('button', { name: t('en', 'exports.downloadOf', { subject: t('en', 'dashboard.coverage.title') }) }),
      'exports.csv',
    );
    expect(fileName).toMatch(/^coverage-\d{4}-\d{2}-\d{2}\.csv$/);
    const line = column(table, 'en', 'thematicAreaCode').findIndex((code, i) => code === AREA && column(table, 'en', 'regionCode')[i] === REGION);
    expect(column(table, 'en', 'region')[line]).toBe(region);
    expect(column(table, 'en', 'needs')[line]).toBe(String(now));
    expect(await publicNeedsOf(AREA, REGION)).toBe(now);
  }).toPass({ timeout: 60_000 });
});

test("funding shows the API's figures for the reader, with its table and file; a need with no offer is listed with its link", async ({ page }) => {
  type Totals = { fundingDashboard: { total: { committedUsd: string; disbursedUsd: string; gapUsd: string } } };
  const totals = async () =>
    (await gql<Totals>('{ fundingDashboard(dimension: REGION) { total { committedUsd disbursedUsd gapUsd } } }')).fundingDashboard.total;
  const funding = page.getByRole('region', { name: t('en', 'dashboard.funding.title') });
  const total = funding.locator('tfoot tr');
  const usd = (amount: string) =>
    new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', currencyDisplay: 'code' }).format(amount as Intl.StringNumericLiteral);
  // Other tests commit money meanwhile: the page must agree with the API read just before and just after it loaded.
  let fundingDashboard = { total: await totals() };
  await expect(async () => {
    fundingDashboard = { total: await totals() };
    await page.goto('/dashboard');
    await settled(page);
    await funding.getByRole('combobox', { name: t('en', 'dashboard.funding.groupBy') }).selectOption('REGION');
    await funding.getByRole('button', { name: t('en', 'dashboard.showTable') }).click();
    await expect(total.getByRole('cell').nth(2)).toHaveText(usd(fundingDashboard.total.committedUsd), { timeout: 5_000 });
    await expect(total.getByRole('cell').nth(3)).toHaveText(usd(fundingDashboard.total.disbursedUsd), { timeout: 5_000 });
    await expect(total.getByRole('cell').nth(4)).toHaveText(usd(fundingDashboard.total.gapUsd), { timeout: 5_000 });
    expect(await totals()).toEqual(fundingDashboard.total);
  }).toPass({ timeout: 60_000 });
  // The file (by region, as chosen) has the groups, then the total: the line without a group.
  await expect(async () => {
    const now = await totals();
    const { table } = await download(
      page,
      funding.getByRole('button', { name: t('en', 'exports.downloadOf', { subject: t('en', 'dashboard.funding.title') }) }),
      'exports.csv',
    );
    const last = table.length - 2;
    expect(column(table, 'en', 'groupCode')[last]).toBe('');
    expect(['committedUsd', 'disbursedUsd', 'gapUsd'].map((key) => column(table, 'en', key)[last])).toEqual([now.committedUsd, now.disbursedUsd, now.gapUsd]);
    expect(await totals()).toEqual(now);
  }).toPass({ timeout: 60_000 });

  const { coverageDashboard } = await gql<{ coverageDashboard: { unmet: { id: string; title: string }[] } }>('{ coverageDashboard { unmet { id title } } }');
  const unmet = page.getByRole('region', { name: t('en', 'dashboard.unmet.title') });
  if (coverageDashboard.unmet.length) {
    await expect(unmet.getByRole('link', { name: coverageDashboard.unmet[0].title })).toHaveAttribute('href', `/needs/${coverageDashboard.unmet[0].id}`);
  } else {
    await expect(unmet.getByText(t('en', 'dashboard.unmet.none'))).toBeVisible();
  }
});

test('in Arabic the dashboard reads right to left, with its names and numbers in Arabic', async ({ page }) => {
  const expected = await publicNeedsOf(AREA, REGION);
  const { area, region } = await names('AR');
  await page.goto('/dashboard');
  await chooseLanguage(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(pageTitle(page)).toHaveText(t('ar', 'dashboard.pageTitle'));
  await settled(page);
  const cell = await heatCell(page, area, region);
  await expect(cell.locator('.heat-needs')).toHaveText(new Intl.NumberFormat('ar').format(expected));
  // The heat map's first column (the areas) is on the right.
  const box = await page.getByRole('main').locator('table.heat-map thead th').first().boundingBox();
  const last = await page.getByRole('main').locator('table.heat-map thead th').last().boundingBox();
  expect(box!.x).toBeGreaterThan(last!.x);
});
