import { expect, test, type Page } from '@playwright/test';
import { gql, newPerson, tokenOf, unique } from './support/api';
import { t } from './support/catalogue';
import { DEMO, fixtures } from './support/env';
import { openSignedIn, pageTitle } from './support/ui';

/**
 * Issue 13: a National Point of Contact writes a need in the browser until the quality meter
 * passes, submits it; UNODA returns it (through the API); the NPC reads why, fixes and submits
 * again. Another State's focal point cannot reach it.
 */

const main = (page: Page) => page.getByRole('main');
// By accessible name (a required field's visible label also carries an asterisk hidden from it).
const field = (page: Page, id: string) =>
  main(page)
    .getByRole('textbox', { name: t('en', id), exact: true })
    .or(main(page).getByLabel(t('en', id), { exact: true }));
const meter = (page: Page) =>
  main(page)
    .getByRole('status')
    .filter({ hasText: /checks pass|ready to submit/ });

async function pick(page: Page, labelId: string, option: string): Promise<void> {
  await field(page, labelId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  // Leaving the field closes its list (which would otherwise cover the field below).
  await page.keyboard.press('Tab');
  await expect(page.getByRole('option', { name: option, exact: true })).toBeHidden();
}

test('an NPC writes a need until the meter passes, submits it, answers a return and submits again', async ({ page }) => {
  const title = `Marking machines for the northern armouries ${unique()}`;
  const names = await gql<{ thematicAreas: { code: string; name: string }[]; assistanceTypes: { code: string; name: string }[] }>(
    '{ thematicAreas(lang: EN) { code name } assistanceTypes(lang: EN) { code name } }',
  );
  const marking = names.thematicAreas.find((a) => a.code === 'MARKING')!.name;
  const equipment = names.assistanceTypes.find((a) => a.code === 'EQUIPMENT')!.name;
  await openSignedIn(page, '/my/needs', DEMO.npc.email);
  await expect(pageTitle(page)).toHaveText(t('en', 'workspace.myNeeds'));
  await main(page)
    .getByRole('link', { name: t('en', 'workspace.newNeed') })
    .click();
  await expect(pageTitle(page)).toHaveText(t('en', 'needForm.newTitle'));

  // A thin first draft: the meter, asked of the API as the person types, says what is missing.
  await field(page, 'needForm.title').fill(title);
  await field(page, 'needForm.problem').fill('Weapons are not marked.');
  await field(page, 'needForm.proposedActivities').fill('Buy machines.');
  await expect(meter(page)).toHaveText(t('en', 'quality.passedCount', { passed: 0, total: 9 }));
  await expect(main(page).getByText(t('en', 'qualityHint.PROBLEM_STATED'))).toBeVisible();

  // Everything the checklist asks for.
  await field(page, 'needForm.problem').fill(
    'Police weapons in the northern region carry no national marking, so a weapon lost or stolen from one of the ten armouries cannot be traced; records are kept on paper and are incomplete.',
  );
  await field(page, 'needForm.proposedActivities').fill(
    '1. Buy two marking machines. 2. Train 12 armourers in marking and record keeping. 3. Mark 9,000 weapons in 10 armouries.',
  );
  await field(page, 'needForm.alreadyDone').fill('A national commission was set up and an inventory of police weapons began in 2025.');
  await field(page, 'needForm.nationalContribution').fill('Staff, premises and running costs of the armouries.');
  await pick(page, 'needForm.thematicAreas', marking);
  await pick(page, 'needForm.assistanceTypes', equipment);
  await field(page, 'needForm.budgetAmount').fill('200000');
  await field(page, 'needForm.priorityRank').fill('2');
  await field(page, 'needForm.timeframeStart').fill('2027-03-01');
  await field(page, 'needForm.timeframeEnd').fill('2028-02-28');
  await expect(meter(page)).toHaveText(t('en', 'quality.allPassed'));

  await main(page)
    .getByRole('button', { name: t('en', 'needForm.createDraft') })
    .click();
  await expect(pageTitle(page)).toHaveText(title);
  await expect(main(page).getByText(t('en', 'needStatus.DRAFT'), { exact: true })).toBeVisible();
  const needId = new URL(page.url()).pathname.split('/').pop()!;

  await main(page)
    .getByRole('button', { name: t('en', 'workspace.submit') })
    .click();
  await expect(main(page).getByText(t('en', 'needStatus.SUBMITTED'), { exact: true })).toBeVisible();

  // UNODA returns it with its reasons.
  const moderator = await tokenOf(DEMO.moderator.email);
  const reason = 'Say how many weapons each armoury holds.';
  await gql('mutation ($input: NeedTransitionInput!) { returnNeed(input: $input) { id } }', { input: { needId, reason } }, moderator);

  await page.goto('/my/needs?status=RETURNED');
  await expect(main(page).getByText(t('en', 'workspace.returnedBecause', { reason }))).toBeVisible();
  await main(page).getByRole('link', { name: title }).click();
  await expect(
    main(page)
      .getByRole('alert')
      .filter({ hasText: t('en', 'workspace.returnedTitle') }),
  ).toContainText(reason);
  await main(page)
    .getByRole('link', { name: t('en', 'workspace.edit') })
    .click();
  await expect(pageTitle(page)).toHaveText(t('en', 'needForm.editTitle'));
  await expect(main(page).getByText(reason)).toBeVisible();
  await field(page, 'needForm.proposedActivities').fill(
    '1. Buy two marking machines. 2. Train 12 armourers. 3. Mark 9,000 weapons: 900 in each of the 10 armouries.',
  );
  await main(page)
    .getByRole('button', { name: t('en', 'needForm.save') })
    .click();
  await expect(pageTitle(page)).toHaveText(title);
  await main(page)
    .getByRole('button', { name: t('en', 'workspace.resubmit') })
    .click();
  await expect(main(page).getByText(t('en', 'needStatus.SUBMITTED'), { exact: true })).toBeVisible();
  // The history, oldest first: written, submitted, returned with the moderator's reasons, edited, submitted again.
  await expect(main(page).getByRole('heading', { name: t('en', 'history.title') })).toBeVisible();
  const history = main(page).getByRole('listitem').filter({ hasText: /→/ });
  const status = (id: string) => t('en', `needStatus.${id}`);
  await expect(history).toHaveText([
    new RegExp(`^${status('DRAFT')} → ${status('SUBMITTED')}`),
    new RegExp(`^${status('SUBMITTED')} → ${status('RETURNED')}.*${reason}`),
    new RegExp(`^${status('RETURNED')} → ${status('SUBMITTED')}`),
  ]);
  await expect(
    main(page)
      .getByRole('listitem')
      .filter({ hasText: t('en', 'history.changedFields', { fields: t('en', 'needForm.proposedActivities') }) }),
  ).toHaveCount(1);
  const { need } = await gql<{ need: { status: string; proposedActivities: string } }>(
    'query ($id: ID!) { need(id: $id) { status proposedActivities } }',
    { id: needId },
    moderator,
  );
  expect(need).toEqual({ status: 'SUBMITTED', proposedActivities: expect.stringContaining('900 in each') });
});

test("another State's focal point can neither open the editor of Ghana's draft nor write for Ghana", async ({ page }) => {
  const npc = await tokenOf(DEMO.npc.email);
  const ghanaTitle = `A draft of Ghana ${unique()}`;
  const { createNeed } = await gql<{ createNeed: { id: string } }>(
    'mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
    { input: { stateIso3: 'GHA', title: ghanaTitle, problem: 'Not public yet.', proposedActivities: 'Nothing yet.' } },
    npc,
  );
  const admin = await tokenOf(DEMO.admin.email);
  await gql(
    'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
    { input: { type: 'MEMBER_STATE', name: `Senegal ${unique()}`, stateIso3: 'SEN' } },
    admin,
  ).catch(() => undefined);
  const { organisations } = await gql<{ organisations: { name: string; stateIso3: string | null }[] }>('{ organisations { name stateIso3 } }', {}, admin);
  const senegal = organisations.find((o) => o.stateIso3 === 'SEN')!;
  const other = await newPerson({ organisation: senegal.name, role: 'NPC' });

  await openSignedIn(page, `/needs/${createNeed.id}/edit`, other.email, { password: other.password });
  await expect(main(page).getByRole('alert')).toContainText(t('en', 'state.unavailable'));
  await expect(main(page).getByRole('textbox')).toHaveCount(0);
  // Their own workspace lists their State's needs (Senegal's, of the demo data) and not Ghana's.
  await page.goto('/my/needs');
  await expect(pageTitle(page)).toHaveText(t('en', 'workspace.myNeeds'));
  await expect(main(page).getByRole('link', { name: fixtures().frenchNeed.title })).toBeVisible();
  await expect(main(page).getByRole('link', { name: ghanaTitle })).toHaveCount(0);
});

test('a save after someone else saved says what they changed, keeps what was typed, and saves on the next click', async ({ page }) => {
  const npc = await tokenOf(DEMO.npc.email);
  const { createNeed } = await gql<{ createNeed: { id: string; version: number } }>(
    'mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id version } }',
    {
      input: {
        stateIso3: 'GHA',
        title: `Armoury doors ${unique()}`,
        problem: 'The doors of two armouries do not lock.',
        proposedActivities: 'Replace the doors.',
      },
    },
    npc,
  );
  await openSignedIn(page, `/needs/${createNeed.id}/edit`, DEMO.npc.email);
  const problem = 'The steel doors of the two armouries of the Northern Region no longer lock, and weapons have been stolen twice.';
  await field(page, 'needForm.problem').fill(problem);

  // Meanwhile a colleague renames it.
  const theirTitle = `Secure doors for two armouries ${unique()}`;
  await gql(
    'mutation ($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }',
    { input: { needId: createNeed.id, expectedVersion: createNeed.version, title: theirTitle } },
    npc,
  );

  await main(page)
    .getByRole('button', { name: t('en', 'needForm.save') })
    .click();
  const notice = main(page)
    .getByRole('alert')
    .filter({ hasText: t('en', 'needForm.conflictTitle') });
  await expect(notice).toContainText(t('en', 'needForm.title'));
  await expect(field(page, 'needForm.problem')).toHaveValue(problem);

  await main(page)
    .getByRole('button', { name: t('en', 'needForm.save') })
    .click();
  await expect(page).toHaveURL(`/needs/${createNeed.id}`);
  const { need } = await gql<{ need: { problem: string } }>('query ($id: ID!) { need(id: $id) { problem } }', { id: createNeed.id }, npc);
  expect(need.problem).toBe(problem);
});

test("the API's refusal of a field is said beside that field, and nothing is saved", async ({ page }) => {
  const title = `Training of armourers ${unique()}`;
  await openSignedIn(page, '/needs/new', DEMO.npc.email);
  await field(page, 'needForm.title').fill(title);
  await field(page, 'needForm.problem').fill('Armourers have never been trained in record keeping.');
  await field(page, 'needForm.proposedActivities').fill('Train 20 armourers.');
  await field(page, 'needForm.timeframeStart').fill('2028-06-01');
  await field(page, 'needForm.timeframeEnd').fill('2027-06-01');
  await main(page)
    .getByRole('button', { name: t('en', 'needForm.createDraft') })
    .click();

  const end = field(page, 'needForm.timeframeEnd');
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(main(page).getByText(t('en', 'reason.field.endsBeforeStart', { end: '2027-06-01', start: '2028-06-01' }))).toBeVisible();
  await expect(page).toHaveURL('/needs/new');
  await expect(field(page, 'needForm.title')).toHaveValue(title);
  const { needs } = await gql<{ needs: { totalCount: number } }>(
    'query ($search: String) { needs(search: $search, filter: { statuses: [DRAFT] }) { totalCount } }',
    { search: title },
    await tokenOf(DEMO.npc.email),
  );
  expect(needs.totalCount).toBe(0);
});
