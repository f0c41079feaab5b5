import { expect, test } from '@playwright/test';
import { endSession, gqlAnswer } from './support/api';
import { t } from './support/catalogue';
import { DEMO } from './support/env';
import { accountButton, pageTitle, sessionCookie, signIn } from './support/ui';

/**
 * Issue 12: the session is kept across reloads and refreshed unnoticed, with no token a script
 * could read; signing out ends it; an ended session says so and keeps what was being typed.
 */

const JWT = /eyJ[\w-]{10,}\.[\w-]{10,}\.[\w-]{10,}/;

test('a reload keeps the session, and no token is where a script could read it', async ({ page, context }) => {
  await page.goto('/sign-in');
  const login = page.waitForResponse(async (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('login('));
  await signIn(page, DEMO.npc.email);
  const answer = await (await login).text();
  const accessToken = (JSON.parse(answer) as { data: { login: { accessToken: string } } }).data.login;
  expect(accessToken.accessToken).toMatch(JWT);
  await expect(accountButton(page, DEMO.npc.name)).toBeVisible();

  // The refresh token travels in an HttpOnly cookie only, never in what the page receives.
  const cookie = await sessionCookie(context);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/graphql' });
  expect(answer).not.toContain(cookie!.value);

  await page.reload();
  await expect(accountButton(page, DEMO.npc.name)).toBeVisible();

  const readable = await page.evaluate(() => ({
    local: Object.entries(localStorage),
    session: Object.entries(sessionStorage),
    cookie: document.cookie,
  }));
  const everything = JSON.stringify(readable);
  expect(everything).not.toMatch(JWT);
  expect(everything).not.toContain(cookie!.value);
  expect(everything).not.toContain(accessToken.accessToken);
  expect(readable.cookie).not.toContain('gis_refresh');
});

test('the session renews itself unnoticed before the access token runs out', async ({ page, context }) => {
  await page.clock.install();
  await page.goto('/sign-in?next=%2Fneeds');
  await signIn(page, DEMO.moderator.email);
  await expect(page).toHaveURL('/needs');
  const before = (await sessionCookie(context))!.value;

  // Past the access token's 15 minutes: the page has renewed it through the cookie, which rotates.
  await page.clock.fastForward('16:00');
  await expect.poll(async () => (await sessionCookie(context))?.value).not.toBe(before);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(accountButton(page, DEMO.moderator.name)).toBeVisible();
  // And the renewed session works: a personal page loads.
  await page.getByRole('banner').locator('a[href="/inbox"]').click();
  await expect(pageTitle(page)).toHaveText(t('en', 'inbox.title'));
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
});

test('signing out ends the session, on the server too', async ({ page, context }) => {
  await page.goto('/sign-in');
  await signIn(page, DEMO.donor.email);
  const account = accountButton(page, DEMO.donor.name);
  await expect(account).toBeVisible();
  const cookie = (await sessionCookie(context))!;

  await account.click();
  await page.getByRole('menuitem', { name: t('en', 'header.signOut') }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: t('en', 'header.signIn') })).toBeVisible();
  await expect(account).toHaveCount(0);
  expect(await sessionCookie(context)).toBeUndefined();
  await page.reload();
  await expect(page.getByRole('banner').getByRole('link', { name: t('en', 'header.signIn') })).toBeVisible();
  // The refresh token that was in the cookie opens nothing any more.
  const reused = await gqlAnswer('mutation ($t: String) { refreshSession(refreshToken: $t) { accessToken } }', { t: cookie.value });
  expect(reused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

test('a session ended elsewhere says so when it runs out, and what was typed stays', async ({ page, context }) => {
  // The page's clock can jump ahead to when the access token (15 minutes) is due for renewal.
  await page.clock.install();
  await page.goto('/sign-in?next=%2Fneeds');
  await signIn(page, DEMO.npc.email);
  await expect(page).toHaveURL('/needs');
  await expect(accountButton(page, DEMO.npc.name)).toBeVisible();

  const field = page.getByRole('main').getByRole('searchbox', { name: t('en', 'needs.searchLabel') });
  await field.fill('stockpile security for the northern armouries');

  // The session is ended on the server (as signing out on another device does).
  const cookie = (await sessionCookie(context))!;
  expect(await endSession(cookie.value)).toBe(true);
  await page.clock.fastForward('16:00');

  const dialog = page.getByRole('dialog', { name: t('en', 'session.expiredTitle') });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(t('en', 'session.expiredBody'));
  await expect(field).toHaveValue('stockpile security for the northern armouries');
  expect(new URL(page.url()).pathname).toBe('/needs');

  // Signing in again over the page: the dialog goes, the page and the text stay.
  await signIn(page, DEMO.npc.email, { within: dialog });
  await expect(dialog).toBeHidden();
  await expect(field).toHaveValue('stockpile security for the northern armouries');
  await expect(accountButton(page, DEMO.npc.name)).toBeVisible();
  await expect(pageTitle(page)).toHaveText(t('en', 'needs.title'));
});
