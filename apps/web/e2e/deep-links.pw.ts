import { expect, test, type Page } from '@playwright/test';
import { invite } from './support/api';
import { t } from './support/catalogue';
import { DEMO, fixtures } from './support/env';
import { accountButton, pageTitle, settled, signIn } from './support/ui';

/**
 * Issue 12: every link the platform sends (e-mails, notifications, invitations) lands on its
 * page, or on sign-in and then the page; the api's own paths stay the api's.
 */

const f = () => fixtures();

/** Public records: a signed-out visitor reads them at once, and signing in from there comes back. */
const PUBLIC_LINKS: { what: string; path: () => string; title: () => string | RegExp }[] = [
  { what: 'a need', path: () => `/needs/${f().frenchNeed.id}`, title: () => f().frenchNeed.title },
  { what: 'an offer', path: () => `/offers/${f().offer.id}`, title: () => f().offer.title },
  { what: 'a funded proposal', path: () => `/proposals/${f().proposal.id}`, title: () => new RegExp(f().proposal.title) },
];

/** Personal or members-only pages: sign-in first, then the page asked. */
const SIGNED_IN_LINKS: { what: string; path: () => string }[] = [
  { what: 'a match', path: () => `/matches/${f().match.id}` },
  { what: 'a meeting', path: () => `/meetings/${f().meeting.id}` },
  { what: 'the notification settings', path: () => '/settings/notifications' },
  { what: 'the inbox', path: () => '/inbox' },
];

const here = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

for (const link of PUBLIC_LINKS) {
  test(`signed out, the link to ${link.what} opens its page; signing in from there comes back to it`, async ({ page }) => {
    const path = link.path();
    await page.goto(path);
    await expect(pageTitle(page)).toHaveText(link.title());
    expect(here(page)).toBe(path);
    await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);

    await page
      .getByRole('banner')
      .getByRole('link', { name: t('en', 'header.signIn') })
      .click();
    await expect(page).toHaveURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === path);
    await signIn(page, DEMO.moderator.email);
    await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === path);
    await expect(accountButton(page, DEMO.moderator.name)).toBeVisible();
    await expect(pageTitle(page)).toHaveText(link.title());
  });
}

for (const link of SIGNED_IN_LINKS) {
  test(`signed out, the link to ${link.what} leads to sign-in, then to the page asked`, async ({ page }) => {
    const path = link.path();
    await page.goto(path);
    // Either straight to sign-in, or the page says it can be seen signed in and offers it.
    const signInTitle = pageTitle(page).filter({ hasText: t('en', 'signIn.title') });
    const offer = page.getByRole('main').getByRole('link', { name: t('en', 'state.signInToSee') });
    await expect(signInTitle.or(offer)).toBeVisible();
    if (await offer.isVisible()) await offer.click();
    await expect(page).toHaveURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === path);

    await signIn(page, DEMO.moderator.email);
    await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === path);
    await settled(page);
    await expect(pageTitle(page)).not.toHaveText(t('en', 'signIn.title'));
    await expect(pageTitle(page)).not.toHaveText(t('en', 'notFound.title'));
    await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
  });
}

test('signed out, the invitation link opens the invitation, for the person invited', async ({ page }) => {
  const invitation = await invite({ displayName: 'Ama Mensah' });
  const url = new URL(invitation.acceptUrl);
  await page.goto(`${url.pathname}${url.search}`);
  expect(url.pathname).toBe('/invitations/accept');
  await settled(page);
  await expect(page.getByRole('main')).toContainText(invitation.email);
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('main').locator('input[type="password"]').first()).toBeVisible();
});

test('an unknown address shows the not-found page, with a way home', async ({ page }) => {
  await page.goto('/needs-and-more/nothing/here');
  await expect(pageTitle(page)).toHaveText(t('en', 'notFound.title'));
  await page
    .getByRole('main')
    .getByRole('link', { name: t('en', 'notFound.home') })
    .click();
  await expect(page).toHaveURL('/');
  await expect(pageTitle(page)).toHaveText(t('en', 'home.title'));
});

test("the api's own addresses are never the app's page", async ({ page }) => {
  for (const path of ['/graphql', '/health/live', '/notifications/unsubscribe?token=not-a-real-token']) {
    const response = await page.goto(path);
    expect(response, path).not.toBeNull();
    const body = await response!.text();
    expect([path, body]).not.toEqual([path, expect.stringContaining('<div id="root">')]);
    await expect(page.locator('#root'), path).toHaveCount(0);
    if (path !== '/notifications/unsubscribe?token=not-a-real-token')
      expect([path, response!.headers()['content-type']]).toEqual([path, expect.stringContaining('application/json')]);
  }
  const live = await page.goto('/health/live');
  expect(await live!.json()).toMatchObject({ status: 'ok' });
  // The unsubscribe page is the api's answer to a link that is not genuine: a refusal, not the app.
  const unsubscribe = await page.goto('/notifications/unsubscribe?token=not-a-real-token');
  expect(unsubscribe!.status()).toBe(400);
});
