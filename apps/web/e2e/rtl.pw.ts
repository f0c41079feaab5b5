import { expect, test } from '@playwright/test';
import { t } from './support/catalogue';
import { invite } from './support/api';
import { chooseLanguage, controlsNamedInLatin, pageTitle, settled } from './support/ui';

/** Issue 12: Arabic reads right to left across the whole layout. */

test('switching to Arabic turns the whole page right to left, in Arabic', async ({ page }) => {
  await page.goto('/needs');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await chooseLanguage(page, 'ar');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(html).toHaveAttribute('lang', 'ar');

  // The words are the Arabic catalogue's.
  await expect(pageTitle(page)).toHaveText(t('ar', 'needs.title'));
  const banner = page.getByRole('banner');
  const nav = banner.getByRole('navigation', { name: t('ar', 'nav.label') });
  await expect(nav.getByRole('link', { name: t('ar', 'nav.needs'), exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: t('ar', 'nav.offers'), exact: true })).toBeVisible();
  await expect(banner.getByRole('link', { name: t('ar', 'header.signIn') })).toBeVisible();
  await expect(page.getByRole('main').getByRole('searchbox', { name: t('ar', 'needs.searchLabel') })).toBeVisible();

  // The header's first item (the platform's name) is now on the right, the last (sign-in) on the left.
  const first = banner.getByRole('link', { name: t('ar', 'app.name') });
  const last = banner.getByRole('link', { name: t('ar', 'header.signIn') });
  const [firstBox, lastBox] = [await first.boundingBox(), await last.boundingBox()];
  const width = page.viewportSize()!.width;
  expect(firstBox && lastBox).toBeTruthy();
  expect(firstBox!.x).toBeGreaterThan(lastBox!.x + lastBox!.width);
  expect(firstBox!.x + firstBox!.width).toBeGreaterThan(width * 0.75);
  expect(lastBox!.x).toBeLessThan(width * 0.25);
  // So does the content: the filters, first in the page, sit on the right of the results.
  const filters = page.getByRole('main').getByRole('form', { name: t('ar', 'filters.label') });
  const results = page.getByRole('main').getByRole('table');
  const [filtersBox, resultsBox] = [await filters.boundingBox(), await results.boundingBox()];
  expect(filtersBox!.x).toBeGreaterThan(resultsBox!.x + resultsBox!.width - 1);
  expect(await page.getByRole('main').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');

  // The choice stays for the next page.
  await nav.getByRole('link', { name: t('ar', 'nav.offers'), exact: true }).click();
  await expect(html).toHaveAttribute('dir', 'rtl');
  await page.reload();
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(html).toHaveAttribute('lang', 'ar');
});

test('in Arabic, no button, link or field is named in English', async ({ page }) => {
  const { acceptUrl } = await invite();
  const invitation = new URL(acceptUrl);
  await page.goto('/');
  await chooseLanguage(page, 'ar');
  const found: Record<string, string[]> = {};
  for (const path of ['/', '/needs', '/offers', '/proposals', '/sign-in', `${invitation.pathname}${invitation.search}`]) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await settled(page);
    const latin = await controlsNamedInLatin(page, 'ar');
    if (latin.length) found[path.split('?')[0]!] = latin;
  }
  expect(found).toEqual({});
});
