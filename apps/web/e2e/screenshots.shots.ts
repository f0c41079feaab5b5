import { expect, test, type Page } from '@playwright/test';
import { newPerson, notifyGhanaNpcs } from './support/api';
import { t, type Locale } from './support/catalogue';
import { fixtures } from './support/env';
import { chooseLanguage, openSignedIn, settled } from './support/ui';

/** The screenshots under docs/screenshots (README shows one): 1280×800, the viewport only. */

const out = (name: string) => new URL(`../../../docs/screenshots/${name}`, import.meta.url).pathname;

async function shoot(page: Page, name: string): Promise<void> {
  await settled(page);
  // Fonts and images in, nothing half-drawn.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: out(name), animations: 'disabled', caret: 'hide' });
}

async function open(page: Page, path: string, locale: Locale): Promise<void> {
  await page.goto(path);
  await settled(page);
  if (locale !== 'en') await chooseLanguage(page, locale);
}

test.use({ viewport: { width: 1280, height: 800 } });

for (const locale of ['en', 'ar', 'zh'] as const) {
  test(`the needs page in ${locale}`, async ({ page }) => {
    await open(page, '/needs', locale);
    await shoot(page, `needs-${locale}.png`);
  });
}

test('a need written in French, in French', async ({ page }) => {
  await open(page, `/needs/${fixtures().frenchNeed.id}`, 'fr');
  await shoot(page, 'need-fr.png');
});

test('a funded proposal, in English', async ({ page }) => {
  await open(page, `/proposals/${fixtures().proposal.id}`, 'en');
  await shoot(page, 'proposal-en.png');
});

test('the inbox, in Arabic', async ({ page }) => {
  // A National Point of Contact who reads Arabic: the API writes the notifications in the account's language.
  const person = await newPerson({ displayName: 'Amina Haddad', organisation: 'Ghana', role: 'NPC', language: 'AR' });
  await notifyGhanaNpcs('Marking machines for the border posts of the Northern Region');
  await notifyGhanaNpcs('Secure storage for the armouries of the Ghana Police Service');
  await openSignedIn(page, '/inbox', person.email, { password: person.password });
  await settled(page);
  // The two new ones, above the invitation (read).
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(3);
  await shoot(page, 'inbox-ar.png');
});

test('a returned need being edited, in Arabic', async ({ page }) => {
  // An NPC who reads Arabic edits a need UNODA returned: the moderator's reasons, the form, the meter.
  const person = await newPerson({ displayName: 'Amina Haddad', organisation: 'Ghana', role: 'NPC', language: 'AR' });
  const { needId } = await notifyGhanaNpcs('Marking machines for the border posts of the Northern Region');
  await openSignedIn(page, `/needs/${needId}/edit`, person.email, { password: person.password });
  await settled(page);
  await expect(page.getByRole('main').getByRole('progressbar')).toBeVisible();
  await shoot(page, 'need-editor-ar.png');
});

test("a donor's workspace home, in English", async ({ page }) => {
  // What waits for the donor's desk: the needs their offers fit, criteria, proposals to fund.
  await openSignedIn(page, '/my', 'donor.germany@example.org');
  await expect(page.getByRole('main').getByRole('region').first()).toBeVisible();
  await shoot(page, 'workspace-donor-en.png');
});

test("an NPC's workspace home, in Arabic", async ({ page }) => {
  const person = await newPerson({ displayName: 'Amina Haddad', organisation: 'Ghana', role: 'NPC', language: 'AR' });
  await notifyGhanaNpcs('Marking machines for the border posts of the Northern Region');
  await openSignedIn(page, '/my', person.email, { password: person.password });
  await expect(page.getByRole('main').getByRole('region').first()).toBeVisible();
  await shoot(page, 'workspace-npc-ar.png');
});

test('a GIS meeting in meeting mode, in French', async ({ page }) => {
  // What UNODA puts on the screen during a meeting: the item, the running totals, the intent form.
  await openSignedIn(page, `/meetings/${fixtures().meeting.id}/live`, 'moderator@example.org');
  await chooseLanguage(page, 'fr');
  await expect(page.getByRole('main').getByTestId('live-totals')).toBeVisible();
  await shoot(page, 'meeting-mode-fr.png');
});

test('the needs of a thematic area with the Download menu open, in English', async ({ page }) => {
  await open(page, '/needs?theme=MARKING', 'en');
  await page
    .getByRole('main')
    .getByRole('button', { name: t('en', 'exports.download'), exact: true })
    .click();
  await expect(page.getByRole('menu')).toBeVisible();
  await shoot(page, 'export-menu-en.png');
});

test('the open data page in English (what can be downloaded)', async ({ page }) => {
  await open(page, '/open-data', 'en');
  await shoot(page, 'open-data-en.png');
});

test('the open data page in Arabic (the files, IATI and the licence)', async ({ page }) => {
  await open(page, '/open-data', 'ar');
  await expect(page.getByRole('main').getByRole('link', { name: 'CC-BY-4.0' })).toBeVisible();
  await page.getByRole('heading', { name: t('ar', 'openData.files.title') }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await shoot(page, 'open-data-ar.png');
});
