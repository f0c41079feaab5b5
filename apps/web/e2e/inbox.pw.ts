import { expect, test, type Page } from '@playwright/test';
import { gql, login, newPerson, notifyGhanaNpcs } from './support/api';
import { t } from './support/catalogue';
import { openSignedIn, pageTitle, settled } from './support/ui';

/**
 * Issue 12: a notification arrives live (unread count in the header, through the graphql-ws
 * subscription), is read in the inbox; notification preferences are kept.
 * Each test signs in as a new NPC of Ghana, so no other test's notifications count.
 */

const inboxLink = (page: Page, count: number) => page.getByRole('banner').getByRole('link', { name: t('en', 'inbox.linkLabel', { count }), exact: true });

test('a notification arrives while the page is open; the inbox shows it and marks it read', async ({ page }) => {
  const person = await newPerson({ organisation: 'Ghana', role: 'NPC' });
  await openSignedIn(page, '/needs', person.email, { password: person.password });
  await expect(inboxLink(page, 0)).toBeVisible();

  // Someone else's action notifies this person: the count goes up without a reload, and a
  // polite live region says what arrived.
  const { title: needTitle, needId } = await notifyGhanaNpcs();
  await expect(inboxLink(page, 1)).toBeVisible();
  const { accessToken } = await login(person.email, person.password);
  const { notifications } = await gql<{ notifications: { edges: { node: { title: string; body: string } }[] } }>(
    '{ notifications(first: 1) { edges { node { title body } } } }',
    {},
    accessToken,
  );
  const notification = notifications.edges[0]!.node;
  expect(notification.body).toContain(needTitle);
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(t('en', 'inbox.arrived', { title: notification.title }));

  await inboxLink(page, 1).click();
  await expect(page).toHaveURL(/\/inbox/);
  await expect(pageTitle(page)).toHaveText(t('en', 'inbox.title'));
  const item = page.getByRole('main').getByRole('listitem').filter({ hasText: needTitle });
  await expect(item).toBeVisible();
  await expect(item).toContainText(notification.title);
  await expect(item).toContainText(t('en', 'inbox.unread'));

  await item.getByRole('button', { name: t('en', 'inbox.markRead') }).click();
  await expect(inboxLink(page, 0)).toBeVisible();
  await expect(item.getByRole('button', { name: t('en', 'inbox.markRead') })).toHaveCount(0);
  // Read on the server too.
  expect((await gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, accessToken)).unreadNotificationCount).toBe(0);

  // The notification opens its record.
  await item.getByRole('link', { name: notification.title }).click();
  await expect(page).toHaveURL(`/needs/${needId}`);
  await expect(pageTitle(page)).toHaveText(needTitle);
});

test('a notification preference changed on /settings/notifications is kept after a reload', async ({ page }) => {
  const person = await newPerson({ organisation: 'Ghana', role: 'NPC' });
  await openSignedIn(page, '/settings/notifications', person.email, { password: person.password });
  await settled(page);
  await expect(pageTitle(page)).toHaveText(t('en', 'preferences.title'));

  const category = t('en', 'notificationCategory.NEEDS');
  const weekly = t('en', 'deliveryMode.WEEKLY');
  const main = page.getByRole('main');
  // One choice per category: a select or a group of radio buttons named by the category.
  const select = main.getByRole('combobox', { name: category, exact: true });
  const radios = main.getByRole('radiogroup', { name: category, exact: true });
  await expect(select.or(radios)).toBeVisible();
  if (await select.isVisible()) await select.selectOption({ label: weekly });
  else await radios.getByRole('radio', { name: weekly, exact: true }).check();
  await expect(main.getByText(t('en', 'preferences.saved', { category, mode: weekly }))).toBeVisible();

  await page.reload();
  await settled(page);
  if (await select.isVisible()) await expect(select).toHaveValue('WEEKLY');
  else await expect(radios.getByRole('radio', { name: weekly, exact: true })).toBeChecked();
  // The API agrees.
  const { accessToken } = await login(person.email, person.password);
  const { notificationPreferences } = await gql<{ notificationPreferences: { category: string; mode: string }[] }>(
    '{ notificationPreferences { category mode } }',
    {},
    accessToken,
  );
  expect(notificationPreferences.find((p) => p.category === 'NEEDS')?.mode).toBe('WEEKLY');
});
