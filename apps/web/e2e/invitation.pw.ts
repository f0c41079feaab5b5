import { expect, test } from '@playwright/test';
import { invite, unique } from './support/api';
import { t } from './support/catalogue';
import { BASE_URL } from './support/env';
import { mailTo } from './support/mail-sink';
import { accountButton, pageTitle, settled } from './support/ui';

/** Issue 12: accept an invitation from the e-mail the worker sent, and land signed in. */

test('an invited person follows the link in the e-mail, sets a password and lands signed in', async ({ page }) => {
  const name = `Kwame Boateng ${unique().slice(-4).toUpperCase()}`;
  const invitation = await invite({ displayName: name, organisation: 'Ghana', role: 'NPC' });

  // The worker sends the invitation by SMTP; the link in it is the one to follow.
  const mail = await mailTo(invitation.email, (m) => m.text.includes('/invitations/accept?token='));
  const link = mail.text.match(/https?:\/\/[^\s<>"]+\/invitations\/accept\?token=[^\s<>"]+/)?.[0];
  expect(link).toBeTruthy();
  expect(link!.startsWith(`${BASE_URL}/invitations/accept?token=`)).toBe(true);

  await page.goto(link!);
  await settled(page);
  const main = page.getByRole('main');
  await expect(main).toContainText(invitation.email);
  await expect(main).toContainText(name);

  const password = 'correct horse battery staple for Accra';
  await main.getByRole('textbox', { name: t('en', 'invitation.passwordLabel'), exact: true }).fill(password);
  await main.getByRole('textbox', { name: t('en', 'invitation.confirmationLabel'), exact: true }).fill(password);
  await main.getByRole('button', { name: t('en', 'invitation.submit') }).click();

  // Signed in, as that person, somewhere else than the invitation.
  await expect(accountButton(page, name)).toBeVisible();
  await expect(page).not.toHaveURL(/\/invitations\/accept/);
  await expect(pageTitle(page)).toBeVisible();
  await page.reload();
  await expect(accountButton(page, name)).toBeVisible();

  // The link worked once: opened again, it says it has been used.
  await page.goto(link!);
  await expect(page.getByRole('main')).toContainText(t('en', 'invitation.usedTitle'));
});
