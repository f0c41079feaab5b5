import { expect, test, type Locator, type Page } from '@playwright/test';
import { t } from './support/catalogue';
import { fixtures } from './support/env';
import { focusIsVisible, pageTitle, startAtTop } from './support/ui';

/** Issue 12: the main path works by keyboard alone, and focus is always visible. */

/** What has focus, described for a failure message. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el
      ? `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60)}`
      : 'nothing';
  });

/** Presses Tab until `target` has focus, checking that every stop on the way shows its focus. */
async function tabTo(page: Page, target: Locator, maxStops = 80): Promise<void> {
  const invisible: string[] = [];
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    if (!(await focusIsVisible(page))) invisible.push(await focused(page));
    if (await target.evaluate((el) => el === document.activeElement)) {
      expect(invisible, 'elements that took focus without showing it').toEqual([]);
      return;
    }
  }
  throw new Error(`Tab never reached the element after ${maxStops} stops; last focus: ${await focused(page)}`);
}

test('by keyboard alone: skip to the content, search, open a need; focus always visible', async ({ page }) => {
  const need = fixtures().frenchNeed;
  await page.goto('/');
  await expect(pageTitle(page)).toHaveText(t('en', 'home.title'));

  // The page's title has focus (PageTitle), so a screen reader starts there.
  await expect(pageTitle(page)).toBeFocused();
  // From the top of the document, the first Tab reaches the skip link, which shows itself.
  await startAtTop(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: t('en', 'layout.skipToContent') });
  await expect(skip).toBeFocused();
  expect(await focusIsVisible(page)).toBe(true);
  const box = await skip.boundingBox();
  expect(box && box.y >= 0 && box.height > 0).toBe(true);
  await page.keyboard.press('Enter');

  // From the content, the next stop is the home page's search, not the header.
  const search = page.getByRole('main').getByRole('searchbox', { name: t('en', 'home.searchLabel') });
  await page.keyboard.press('Tab');
  await expect(search).toBeFocused();
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.type('marquage');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/needs\?q=marquage$/);
  await expect(pageTitle(page)).toHaveText(t('en', 'needs.title'));
  // The new page starts at its title (PageTitle takes focus), for screen readers and keyboards alike.
  await expect(pageTitle(page)).toBeFocused();

  const link = page.getByRole('main').getByRole('link', { name: need.title });
  await expect(link).toBeVisible();
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/needs/${need.id}`);
  await expect(pageTitle(page)).toHaveText(need.title);
  await expect(pageTitle(page)).toBeFocused();
});

test('by keyboard alone: the header search and the language switcher', async ({ page }) => {
  await page.goto('/needs');
  await expect(pageTitle(page)).toHaveText(t('en', 'needs.title'));
  const headerSearch = page.getByRole('banner').getByRole('searchbox', { name: t('en', 'header.searchLabel') });
  await startAtTop(page);
  await tabTo(page, headerSearch, 8);
  await page.keyboard.type('destruction');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/needs\?q=destruction$/);
  await expect(page.getByRole('main').getByRole('searchbox', { name: t('en', 'needs.searchLabel') })).toHaveValue('destruction');

  const switcher = page.getByRole('banner').getByRole('combobox', { name: t('en', 'header.language') });
  await switcher.focus();
  expect(await focusIsVisible(page)).toBe(true);
  // A native select: the arrow keys choose, as in any form (English is third; Français follows).
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
