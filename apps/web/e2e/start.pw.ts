import { expect, test, type Page, type Request } from '@playwright/test';
import { t } from './support/catalogue';
import { pageTitle, signIn } from './support/ui';

/**
 * Issue 12 (performance): how the app starts. The list's query is asked once, while the app is
 * still arriving; the refusal reasons' catalogue arrives only when something is refused; and when
 * the app's own files cannot arrive, the page says so rather than staying blank.
 */

const operation = (request: Request) => {
  try {
    return (JSON.parse(request.postData() ?? 'null') as { operationName?: string } | null)?.operationName ?? null;
  } catch {
    return null;
  }
};

/** Every script and GraphQL operation the page asks for, in order. */
function record(page: Page) {
  const scripts: string[] = [];
  const operations: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    if (request.url().endsWith('/graphql')) operations.push(operation(request) ?? '?');
  });
  return { scripts, operations };
}

test("a visitor's cold load of the needs asks the list once, before the page's own code has run", async ({ page }) => {
  const { scripts, operations } = record(page);
  const pageCodeRan = page.waitForRequest((r) => operation(r) === 'FilterChoices'); // asked by the drawn page
  const listAsked = page.waitForRequest((r) => operation(r) === 'NeedsList');
  await page.goto('/needs');
  await Promise.all([listAsked, pageCodeRan]);
  expect(operations.indexOf('NeedsList')).toBeLessThan(operations.indexOf('FilterChoices'));
  await expect(page.getByRole('main').getByRole('table').locator('tbody tr')).toHaveCount(20);
  await page.waitForLoadState('networkidle');
  // Read from the cache the prefetch filled: not asked a second time.
  expect(operations.filter((o) => o === 'NeedsList')).toHaveLength(1);
  // Nothing of refusals, sockets, sign-in or the workspaces for a visitor who was refused nothing.
  expect(scripts.filter((s) => /reasons-|workspace-|graphql-ws|SignInForm|PasswordInput/.test(s))).toEqual([]);
});

test("a returning NPC's workspace messages arrive with the start, and a sign-in fetches them before the workspace shows", async ({ page }) => {
  const { scripts } = record(page);
  await page.goto('/sign-in');
  expect(scripts.filter((s) => s.includes('/workspace-'))).toEqual([]);
  await signIn(page, 'npc.ghana@example.org');
  await expect(pageTitle(page)).toHaveText(t('en', 'workspaceHome.title'));
  await expect(page.getByRole('main').getByRole('heading', { name: t('en', 'workspaceHome.returned') })).toBeVisible();
  expect(scripts.filter((s) => s.includes('/workspace-'))).toEqual([expect.stringMatching(/\/workspace-en-/)]);
  // A reload resumes the session: the workspace's messages are asked in the first round, not after.
  scripts.length = 0;
  await page.reload();
  await expect(page.getByRole('main').getByRole('heading', { name: t('en', 'workspaceHome.returned') })).toBeVisible();
  expect(scripts.filter((s) => s.includes('/workspace-'))).toEqual([expect.stringMatching(/\/workspace-en-/)]);
});

test("a refusal is said with the API's reason in the reader's language, its catalogue loaded on demand", async ({ page }) => {
  const { scripts } = record(page);
  await page.goto('/sign-in');
  await expect(pageTitle(page)).toHaveText(t('en', 'signIn.title'));
  expect(scripts.some((s) => s.includes('/reasons-'))).toBe(false);

  await signIn(page, `nobody-${Date.now()}@example.org`, { password: 'not-the-password-1' });
  await expect(page.getByRole('main').getByText(t('en', 'reason.auth.invalidCredentials'), { exact: true })).toBeVisible();
  expect(scripts.filter((s) => s.includes('/reasons-'))).toEqual([expect.stringMatching(/\/reasons-en-/)]);
});

test("when the app's files cannot be loaded, the page says so in the six languages", async ({ page }) => {
  await page.route(/\/assets\/mount-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/needs');
  const message = page.getByRole('alert');
  await expect(message).toBeVisible();
  await expect(message.locator('[lang="en"]')).toHaveText('The application could not be loaded. Check your connection, then reload the page.');
  await expect(message.locator('p')).toHaveCount(6);
  await expect(message.locator('[lang="ar"]')).toHaveAttribute('dir', 'rtl');
});
