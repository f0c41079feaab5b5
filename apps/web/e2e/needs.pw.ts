import { expect, test } from '@playwright/test';
import { gql } from './support/api';
import { t } from './support/catalogue';
import { fixtures } from './support/env';
import { chooseLanguage, pageTitle } from './support/ui';

/** Issue 12: search a need in French and open it; filters live in the URL so a search can be shared. */

const needsTable = (page: import('@playwright/test').Page) => page.getByRole('main').getByRole('table');
const rowTitles = (page: import('@playwright/test').Page) => needsTable(page).locator('tbody tr').getByRole('link').allInnerTexts();

test('searches the needs in French, sees the results change, and opens a need written in French', async ({ page }) => {
  const french = fixtures().frenchNeed;
  const { needs: all } = await gql<{ needs: { totalCount: number } }>('{ needs(first: 1) { totalCount } }');
  const { needs: found } = await gql<{ needs: { totalCount: number } }>('{ needs(first: 20, search: "marquage") { totalCount } }');
  expect(found.totalCount).toBeLessThan(all.totalCount);

  await page.goto('/needs');
  await chooseLanguage(page, 'fr');
  await expect(pageTitle(page)).toHaveText(t('fr', 'needs.title'));
  const status = page.getByRole('main').getByRole('status').filter({ hasText: /\d/ });
  await expect(status).toHaveText(t('fr', 'paging.count', { shown: Math.min(20, all.totalCount), total: all.totalCount }));

  const search = page.getByRole('main').getByRole('searchbox', { name: t('fr', 'needs.searchLabel') });
  await search.fill('marquage');
  // The results follow the typing, without a button: the count, the rows and the URL.
  await expect(status).toHaveText(t('fr', 'paging.count', { shown: found.totalCount, total: found.totalCount }));
  await expect(page).toHaveURL(/[?&]q=marquage(&|$)/);
  await expect(needsTable(page).locator('tbody tr')).toHaveCount(found.totalCount);
  const link = needsTable(page).getByRole('link', { name: french.title });
  await expect(link).toHaveAttribute('lang', 'fr');

  await link.click();
  await expect(page).toHaveURL(`/needs/${french.id}`);
  await expect(pageTitle(page)).toHaveText(french.title);
  await expect(pageTitle(page).locator('[lang="fr"]')).toHaveCount(1);
  await expect(page.getByRole('main').getByText(t('fr', 'needStatus.PUBLISHED'), { exact: true })).toBeVisible();
  // The text as Senegal wrote it, marked as the original, in French, and carrying its language.
  await expect(page.getByRole('main').getByText(t('fr', 'text.originalBadge', { language: t('fr', 'language.FR') }), { exact: true })).toBeVisible();
  const problem = page.getByRole('main').getByRole('heading', { name: t('fr', 'text.problem'), exact: true });
  await expect(problem).toBeVisible();
  await expect(page.getByRole('main').locator('[lang="fr"] .gis-original').first()).toBeVisible();
  // The English machine translation is offered, and said to be one.
  await expect(page.getByRole('main').getByText(t('fr', 'text.machineIn', { language: t('fr', 'language.EN') }), { exact: true })).toBeVisible();
});

test('keeps the search and its filters in the URL: a reload keeps them, a shared link opens the same search', async ({ page, browser }) => {
  await page.goto('/needs');
  const main = page.getByRole('main');
  await main.getByRole('combobox', { name: t('en', 'filters.region'), exact: true }).selectOption({ label: t('en', 'region.002') });
  await main.getByRole('combobox', { name: t('en', 'filters.sort'), exact: true }).selectOption('NEWEST');
  await main.getByRole('searchbox', { name: t('en', 'needs.searchLabel') }).fill('armes');
  await expect(page).toHaveURL(/region=002/);
  await expect(page).toHaveURL(/sort=NEWEST/);
  await expect(page).toHaveURL(/q=armes/);
  const status = main.getByRole('status').filter({ hasText: /\d/ });
  await expect(status).toBeVisible();
  const titles = await rowTitles(page);
  expect(titles.length).toBeGreaterThan(0);
  const count = await status.innerText();

  const check = async (p: typeof page) => {
    const m = p.getByRole('main');
    await expect(m.getByRole('combobox', { name: t('en', 'filters.region'), exact: true })).toHaveValue('002');
    await expect(m.getByRole('combobox', { name: t('en', 'filters.sort'), exact: true })).toHaveValue('NEWEST');
    await expect(m.getByRole('searchbox', { name: t('en', 'needs.searchLabel') })).toHaveValue('armes');
    await expect(m.getByRole('status').filter({ hasText: /\d/ })).toHaveText(count);
    expect(await rowTitles(p)).toEqual(titles);
  };

  await page.reload();
  await check(page);

  // Someone else, in another browser, opens the link they were sent.
  const url = page.url();
  const other = await browser.newContext({ locale: 'en-GB' });
  try {
    const theirs = await other.newPage();
    await theirs.goto(url);
    await check(theirs);
  } finally {
    await other.close();
  }
});

test("a need's text follows a switch of the interface's language, unless the reader chose a version", async ({ page }) => {
  const french = fixtures().frenchNeed;
  const shownText = page.getByRole('main').locator('.gis-original').first();
  const badge = (locale: 'en' | 'fr', id: string, language: 'EN' | 'FR') =>
    page.getByRole('main').getByText(t(locale, id, { language: t(locale, `language.${language}`) }), { exact: true });

  // In English, the English machine translation is shown.
  await page.goto(`/needs/${french.id}`);
  if ((await page.locator('html').getAttribute('lang')) !== 'en') await chooseLanguage(page, 'en');
  await expect(badge('en', 'text.machineBadge', 'EN')).toBeVisible();
  await expect(shownText.locator('xpath=ancestor::*[@lang][1]')).toHaveAttribute('lang', 'en');
  const english = await shownText.innerText();

  // Switched to French: the French original, without reloading.
  await chooseLanguage(page, 'fr');
  await expect(badge('fr', 'text.originalBadge', 'FR')).toBeVisible();
  await expect(shownText.locator('xpath=ancestor::*[@lang][1]')).toHaveAttribute('lang', 'fr');
  await expect(shownText).not.toHaveText(english);
  const original = await shownText.innerText();

  // Back to English: the translation again.
  await chooseLanguage(page, 'en');
  await expect(badge('en', 'text.machineBadge', 'EN')).toBeVisible();
  await expect(shownText).toHaveText(english);

  // Once the reader picks a version by hand, a switch of language leaves it.
  await page
    .getByRole('main')
    .getByText(t('en', 'text.originalIn', { language: t('en', 'language.FR') }), { exact: true })
    .click();
  await expect(shownText).toHaveText(original);
  await chooseLanguage(page, 'es');
  await expect(shownText).toHaveText(original);
});
