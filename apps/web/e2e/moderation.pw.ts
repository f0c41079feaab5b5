import { expect, test, type Page } from '@playwright/test';
import { gql, gqlAnswer, publishedNeed, tokenOf, unique, waitFor } from './support/api';
import { t } from './support/catalogue';
import { DEMO } from './support/env';
import { openSignedIn, pageTitle, settled, signIn } from './support/ui';

/**
 * Issue 14 (points 1, 2 and 5): UNODA's moderator works a queue of returned and resubmitted needs
 * (sees what changed, publishes two in one batch, returns one with a reason after a refusal that
 * names it), confirms a match and dismisses one with a reason, starts a full rematch and sees it
 * finish. An NPC and a donor are refused every staff page, and the API refuses them its queries.
 */

const main = (page: Page) => page.getByRole('main');
const STAFF_PAGES = ['/staff/moderation/needs', '/staff/moderation/offers', '/staff/matches', '/staff/operations'];

const NEED = {
  stateIso3: 'GHA',
  problem: 'Two armouries have no register of the weapons they hold; losses cannot be detected.',
  proposedActivities: '1. Buy register software. 2. Train 8 armourers.',
  thematicAreas: ['MARKING'],
  assistanceTypes: ['EQUIPMENT'],
  budget: { amount: '40000.00', currency: 'USD' },
  visibility: 'PUBLIC',
};

async function submittedNeed(npc: string, title: string): Promise<{ id: string; version: number }> {
  const { createNeed } = await gql<{ createNeed: { id: string } }>(
    'mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
    { input: { ...NEED, title } },
    npc,
  );
  return step('submitNeed', createNeed.id, npc);
}

async function step(name: string, needId: string, token: string, reason?: string): Promise<{ id: string; version: number }> {
  const answer = await gql<Record<string, { id: string; version: number }>>(
    `mutation ($input: NeedTransitionInput!) { ${name}(input: $input) { id version } }`,
    { input: { needId, reason } },
    token,
  );
  return answer[name]!;
}

test('a moderator works a queue of returned and resubmitted needs, with a batch and a reason', async ({ page }) => {
  const [npc, moderator] = await Promise.all([tokenOf(DEMO.npc.email), tokenOf(DEMO.moderator.email)]);
  const id = unique();
  const [edited, unchanged, fresh] = [`Armoury registers (edited) ${id}`, `Armoury registers (as it was) ${id}`, `Armoury registers (first time) ${id}`];
  // Two needs returned for edits; the State edits one of them and submits both again; a third is new.
  const a = await submittedNeed(npc, edited);
  const b = await submittedNeed(npc, unchanged);
  const reason = 'Say how many weapons each armoury holds.';
  await step('returnNeed', a.id, moderator, reason);
  await step('returnNeed', b.id, moderator, reason);
  const { need } = await gql<{ need: { version: number } }>('query ($id: ID!) { need(id: $id) { version } }', { id: a.id }, npc);
  await gql(
    'mutation ($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }',
    {
      input: { needId: a.id, expectedVersion: need.version, problem: `${NEED.problem} Armoury 1 holds 3,000 weapons, armoury 2 holds 1,200.`, priorityRank: 2 },
    },
    npc,
  );
  await step('submitNeed', a.id, npc);
  await step('submitNeed', b.id, npc);
  await submittedNeed(npc, fresh);

  // Sign-in without a page to come back to lands UNODA on its home, which lists what waits.
  await page.goto('/sign-in');
  await signIn(page, DEMO.moderator.email);
  await expect(page).toHaveURL((url) => url.pathname === '/my');
  const waiting = main(page).getByRole('region', { name: t('en', 'unodaHome.needsWaiting') });
  await expect(waiting).toBeVisible();
  await main(page)
    .getByRole('navigation', { name: t('en', 'unodaHome.staffPages') })
    .getByRole('link', { name: t('en', 'unodaHome.moderateNeeds') })
    .click();
  await expect(pageTitle(page)).toHaveText(t('en', 'moderation.needsTitle'));
  await settled(page);

  // The edited need: what changed since it was returned, with the moderator's reasons.
  const row = (title: string) => main(page).getByRole('button', { name: title, exact: true });
  await row(edited).click();
  const panel = main(page).getByRole('region', { name: edited });
  await expect(panel.getByRole('heading', { name: t('en', 'moderation.sinceReturned') })).toBeVisible();
  await expect(panel.getByText(t('en', 'moderation.changedCount', { count: 2 }))).toBeVisible();
  await expect(panel.getByText(reason)).toBeVisible();
  // The one submitted again as it was says so; the new one was never returned.
  await row(unchanged).click();
  await expect(main(page).getByRole('region', { name: unchanged }).getByText(t('en', 'moderation.nothingEdited'))).toBeVisible();
  await row(fresh).click();
  await expect(main(page).getByRole('region', { name: fresh }).getByText(t('en', 'moderation.firstSubmission'))).toBeVisible();
  await main(page)
    .getByRole('region', { name: fresh })
    .getByRole('button', { name: t('en', 'moderation.close') })
    .click();

  // From the keyboard: j/k move between rows, x selects the row.
  await row(edited).focus();
  await page.keyboard.press('x');
  await expect(main(page).getByRole('checkbox', { name: t('en', 'moderation.selectOne', { title: edited }) })).toBeChecked();
  const editedIndex = Number(await row(edited).getAttribute('data-row'));
  await page.keyboard.press('j');
  await expect(main(page).locator(`[data-row="${editedIndex + 1}"]`)).toBeFocused();
  await page.keyboard.press('k');
  await expect(row(edited)).toBeFocused();
  await row(fresh).focus();
  await page.keyboard.press('x');

  // Both published in one batch.
  const batch = main(page).getByRole('region', { name: t('en', 'moderation.batchTitle', { count: 2 }) });
  await batch.getByRole('button', { name: t('en', 'moderation.publish', { count: 2 }) }).click();
  await expect(
    main(page)
      .getByRole('status')
      .filter({ hasText: t('en', 'moderation.published', { count: 2 }) }),
  ).toBeVisible();
  await expect(row(edited)).toHaveCount(0);
  await expect(row(fresh)).toHaveCount(0);
  for (const needId of [a.id]) {
    const { need: published } = await gql<{ need: { status: string } }>('query ($id: ID!) { need(id: $id) { status } }', { id: needId }, moderator);
    expect(published.status).toBe('PUBLISHED');
  }

  // Returned without a reason: the API refuses, naming the need; nothing is lost. Then with one.
  await row(unchanged).click();
  const open = main(page).getByRole('region', { name: unchanged });
  await open.getByRole('button', { name: t('en', 'moderation.return', { count: 1 }) }).click();
  await expect(open.getByRole('alert')).toContainText(unchanged);
  await expect(row(unchanged)).toBeVisible();
  await open.getByRole('textbox', { name: t('en', 'moderation.reason') }).fill('Still no figures per armoury: give them in the problem.');
  await open.getByRole('button', { name: t('en', 'moderation.return', { count: 1 }) }).click();
  await expect(
    main(page)
      .getByRole('status')
      .filter({ hasText: t('en', 'moderation.returned', { count: 1 }) }),
  ).toBeVisible();
  await expect(row(unchanged)).toHaveCount(0);
  const { need: returned } = await gql<{ need: { status: string; returnReason: string } }>(
    'query ($id: ID!) { need(id: $id) { status returnReason } }',
    { id: b.id },
    moderator,
  );
  expect(returned).toEqual({ status: 'RETURNED', returnReason: 'Still no figures per armoury: give them in the problem.' });
});

test('a moderator confirms a match, dismisses one with a reason, and follows a full rematch to its end', async ({ page }) => {
  const [npc, moderator] = await Promise.all([tokenOf(DEMO.npc.email), tokenOf(DEMO.moderator.email)]);
  const id = unique();
  const titles = [`Marking machines for customs to confirm ${id}`, `Marking machines for prisons to dismiss ${id}`];
  const needIds = [await publishedNeed(npc, moderator, titles[0]!), await publishedNeed(npc, moderator, titles[1]!)];
  const suggestion = async (needId: string) =>
    (
      await gql<{ matchesForNeed: { edges: { node: { id: string; status: string } }[] } }>(
        'query ($id: ID!) { matchesForNeed(needId: $id, first: 10) { edges { node { id status } } } }',
        { id: needId },
        moderator,
      )
    ).matchesForNeed.edges.find((e) => e.node.status === 'SUGGESTED')?.node.id;
  for (const needId of needIds) await waitFor('the engine to suggest a match', async () => !!(await suggestion(needId)));
  const [toConfirm, toDismiss] = [await suggestion(needIds[0]!), await suggestion(needIds[1]!)];

  // Filtered to Africa and marking (in the URL), the queue lists both; why the first matched, then confirm it.
  await openSignedIn(page, '/staff/matches?region=002&theme=MARKING', DEMO.moderator.email);
  await settled(page);
  await expect(main(page).getByLabel(t('en', 'filters.region'))).toHaveValue('002');
  await main(page)
    .getByRole('button', { name: new RegExp(`^${t('en', 'review.whyOf', { name: '' })}${titles[0]}`) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`match=${toConfirm}`));
  const panel = main(page).getByRole('region', { name: t('en', 'review.panelWhy') });
  await expect(panel.getByRole('heading', { name: t('en', 'match.why') })).toBeVisible();
  await panel.getByRole('button', { name: t('en', 'matchActions.confirm') }).click();
  await expect(panel.getByText(t('en', 'matchStatus.CONFIRMED'), { exact: true })).toBeVisible();

  // The second, selected in the queue and dismissed in a batch of one, with the reason.
  await main(page)
    .getByRole('checkbox', { name: new RegExp(titles[1]!) })
    .first()
    .check();
  const batch = main(page).getByRole('region', { name: t('en', 'review.batchTitle', { count: 1 }) });
  await batch.getByRole('textbox', { name: t('en', 'matchActions.reason') }).fill('The prisons service already has machines from another donor.');
  await batch.getByRole('button', { name: t('en', 'review.dismissSelected', { count: 1 }) }).click();
  await expect(
    main(page)
      .getByRole('status')
      .filter({ hasText: t('en', 'review.dismissed', { count: 1 }) }),
  ).toBeVisible();
  const statusOf = async (matchId: string) =>
    (await gql<{ match: { status: string; reason: string | null } }>('query ($id: ID!) { match(id: $id) { status reason } }', { id: matchId }, moderator))
      .match;
  expect(await statusOf(toConfirm!)).toEqual({ status: 'CONFIRMED', reason: null });
  expect(await statusOf(toDismiss!)).toEqual({ status: 'DISMISSED', reason: 'The prisons service already has machines from another donor.' });

  // A need's whole list of matches beside the queue.
  await page.goto(`/staff/matches?status=CONFIRMED&need=${needIds[0]}`);
  const list = main(page).getByRole('region', { name: t('en', 'review.panelNeed') });
  await expect(list.getByRole('link', { name: titles[0] })).toBeVisible();

  // A full rematch, followed until it ends.
  await page.goto('/staff/operations');
  await settled(page);
  await main(page)
    .getByRole('button', { name: t('en', 'operations.startRematch') })
    .click();
  await expect(
    main(page)
      .getByRole('status')
      .filter({ hasText: t('en', 'matchRunStatus.COMPLETED') }),
  ).toBeVisible({ timeout: 60_000 });
  await expect(main(page).getByRole('progressbar', { name: t('en', 'operations.progress') })).toHaveAttribute('aria-valuenow', '100');
  // The queue dashboard's link opens in a new tab.
  await main(page)
    .getByRole('button', { name: t('en', 'operations.askDashboard') })
    .click();
  const link = main(page).getByRole('link', { name: t('en', 'operations.openDashboard') });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toBeFocused();
});

for (const person of [DEMO.npc, DEMO.donor]) {
  test(`${person.name} is refused every staff page, and the API refuses the staff queries`, async ({ page }) => {
    await openSignedIn(page, STAFF_PAGES[0]!, person.email);
    for (const path of STAFF_PAGES) {
      if (path !== STAFF_PAGES[0]) await page.goto(path);
      await expect(main(page).getByRole('alert')).toContainText(t('en', 'staff.refused'));
      await expect(main(page).getByRole('table')).toHaveCount(0);
    }
    const token = await tokenOf(person.email);
    for (const query of [
      '{ needModerationQueue { totalCount } }',
      '{ offerModerationQueue { totalCount } }',
      '{ matchQueue { totalCount } }',
      '{ matchRuns { id } }',
      '{ failedEmails { id } }',
      '{ queueDashboardLink }',
    ]) {
      const answer = await gqlAnswer(query, {}, token);
      expect({ query, code: answer.errors?.[0]?.extensions?.code }).toEqual({ query, code: 'FORBIDDEN' });
    }
    // Their account menu offers no staff page.
    await page.getByRole('banner').getByRole('button', { name: person.name }).click();
    await expect(page.getByRole('menuitem', { name: t('en', 'staff.moderation') })).toHaveCount(0);
  });
}
