import { expect, test } from '@playwright/test';
import { t } from './support/catalogue';
import { gql, invite, tokenOf, unique } from './support/api';
import { DEMO, fixtures } from './support/env';
import { axeViolations, chooseLanguage, confirmation, controlsNamedInLatin, pageTitle, settled, signIn } from './support/ui';

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

/**
 * At 360 px wide (a small phone), in Arabic as in English, signed out and signed in: the header's
 * controls are all on screen, nothing is cut off and the page does not scroll sideways.
 */
for (const locale of ['ar', 'en'] as const) {
  test(`at 360 px in ${locale}, the header fits: no sideways scroll, every control visible`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const fits = async (path: string, signedIn: boolean) => {
      await page.goto(path);
      if ((await page.locator('html').getAttribute('lang')) !== locale) await chooseLanguage(page, locale);
      await settled(page);
      const banner = page.getByRole('banner');
      const controls = [
        banner.getByRole('link', { name: t(locale, 'app.name') }),
        banner.getByRole('combobox', { name: t(locale, 'header.language') }),
        banner.getByRole('button', { name: t(locale, 'nav.menu') }),
        signedIn ? banner.getByRole('button', { name: t(locale, 'header.account') }) : banner.getByRole('link', { name: t(locale, 'header.signIn') }),
      ];
      const width = await page.evaluate(() => window.innerWidth);
      for (const control of controls) {
        await expect(control).toBeVisible();
        const box = (await control.boundingBox())!;
        expect(box.x, `${path}: ${await control.textContent()}`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${path}: ${await control.textContent()}`).toBeLessThanOrEqual(width);
      }
      // Every one of the header's controls (the inbox's link too), whole on screen.
      const outside = await banner.evaluate((header) =>
        [...header.querySelectorAll('a, button, select, input')]
          .map((el) => ({ name: el.getAttribute('aria-label') ?? el.textContent, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.left < 0 || box.right > window.innerWidth))
          .map(({ name }) => name),
      );
      expect(outside, path).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: test.info().outputPath(`header-360-${locale}-${signedIn ? 'signed-in' : 'signed-out'}${path.replace(/\//g, '-')}.png`) });
    };
    for (const path of ['/', '/needs']) await fits(path, false);
    await page.goto('/sign-in?next=%2F');
    await signIn(page, DEMO.donor.email, { locale });
    await expect(page).toHaveURL('/');
    for (const path of ['/', '/needs']) await fits(path, true);
    // The menu holds the pages' links and the search, on screen too.
    await page
      .getByRole('banner')
      .getByRole('button', { name: t(locale, 'nav.menu') })
      .click();
    const menu = page.getByRole('banner').getByRole('navigation', { name: t(locale, 'nav.label') });
    await expect(menu.getByRole('link', { name: t(locale, 'nav.needs'), exact: true })).toBeInViewport();
    await expect(menu.getByRole('searchbox', { name: t(locale, 'header.searchLabel') })).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const found = await axeViolations(page);
    expect(found).toEqual([]);
  });
}

test("a confirmation is asked in the page's own dialog, in Arabic and right to left", async ({ page }) => {
  const name = `West Africa ${unique()}`;
  await gql(
    'mutation ($input: CreateStandingCriteriaInput!) { createStandingCriteria(input: $input) { id } }',
    { input: { organisationId: fixtures().donor.id, name, states: ['SEN'] } },
    await tokenOf(DEMO.donor.email),
  );
  await page.goto('/sign-in?next=%2Fmy%2Fcriteria');
  await chooseLanguage(page, 'ar');
  await signIn(page, DEMO.donor.email, { locale: 'ar' });
  await expect(page).toHaveURL('/my/criteria');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  const card = page.getByRole('main').getByRole('article', { name });
  const remove = card.getByRole('button', { name: t('ar', 'criteria.delete') });
  // No browser dialog: one would be dismissed and fail the test.
  page.on('dialog', (dialog) => {
    throw new Error(`a browser dialog: ${dialog.message()}`);
  });

  await remove.click();
  const dialog = confirmation(page, 'ar');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(t('ar', 'criteria.deleteConfirm', { name }));
  expect(await dialog.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  const cancel = dialog.getByRole('button', { name: t('ar', 'confirm.cancel') });
  // The safe answer has the focus; the step is named by its own words.
  await expect(cancel).toBeFocused();
  await expect(dialog.getByRole('button', { name: t('ar', 'criteria.delete') })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('confirmation-ar.png') });
  expect(await axeViolations(page)).toEqual([]);

  // Escape answers no, and gives the focus back to the button that asked.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(remove).toBeFocused();
  await expect(card).toBeVisible();

  await remove.click();
  await dialog.getByRole('button', { name: t('ar', 'criteria.delete') }).click();
  await expect(card).toHaveCount(0);
});
