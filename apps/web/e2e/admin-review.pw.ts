import { expect, test, type Browser, type Page } from '@playwright/test';
import { gql, gqlAnswer, newPerson, tokenOf, unique } from './support/api';
import { t } from './support/catalogue';
import { DEMO } from './support/env';
import { mailTo } from './support/mail-sink';
import { proposalInReview } from './support/proposals';
import { confirmation, openSignedIn, pageTitle, settled } from './support/ui';

/**
 * Issue 14: an administrator creates a State's organisation and invites its NPC (who accepts from
 * the e-mail), manages the members and sets an exchange rate; a regional centre's reviewer works
 * the review queue (return with comments, approve) and enters the deal room. Others are refused
 * the administrators' pages and another centre's reviewer cannot act, by the page and the API.
 */

const main = (page: Page) => page.getByRole('main');
const button = (page: Page, id: string, values?: Record<string, string | number>) => main(page).getByRole('button', { name: t('en', id, values), exact: true });
const textbox = (page: Page, id: string) => main(page).getByRole('textbox', { name: t('en', id), exact: true });
const said = (page: Page, id: string, values?: Record<string, string | number>) =>
  main(page)
    .getByRole('status')
    .filter({ hasText: t('en', id, values) });

/** A person's own browser, in English whatever their account's language (the demo reviewer's is French). */
async function person(browser: Browser, path: string, email: string, password?: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(() => localStorage.setItem('gis.locale', 'en'));
  const page = await context.newPage();
  await openSignedIn(page, path, email, { password });
  await settled(page);
  return page;
}

/** Chooses `label` in the searchable select named by `id`. */
async function choose(page: Page, id: string, label: string): Promise<void> {
  await main(page)
    .getByRole('combobox', { name: t('en', id), exact: true })
    .fill(label);
  await page.getByRole('option', { name: label, exact: true }).click();
}

/** A Member State without its organisation on the platform yet, with its English name. */
async function stateWithoutOrganisation(admin: string): Promise<{ iso3: string; name: string }> {
  const { memberStates, organisations } = await gql<{ memberStates: { iso3: string; name: string }[]; organisations: { stateIso3: string | null }[] }>(
    '{ memberStates(lang: EN) { iso3 name } organisations(type: MEMBER_STATE) { stateIso3 } }',
    {},
    admin,
  );
  const taken = new Set(organisations.map((o) => o.stateIso3));
  const free = memberStates.filter((s) => !taken.has(s.iso3) && /^[A-Za-z ]+$/.test(s.name));
  return free[Math.floor(Math.random() * free.length)]!;
}

test("an administrator creates a State's organisation, invites its NPC who accepts from the e-mail, and manages the membership", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const state = await stateWithoutOrganisation(await tokenOf(DEMO.admin.email));
  await openSignedIn(page, '/admin/organisations', DEMO.admin.email);
  await button(page, 'admin.newOrganisation').click();
  await main(page)
    .getByRole('region', { name: t('en', 'admin.newOrganisation') })
    .getByRole('combobox', { name: t('en', 'admin.type'), exact: true })
    .selectOption('MEMBER_STATE');

  // Ghana has its organisation: the API's refusal is said beside the State.
  const name = `${state.name} ${unique()}`;
  await choose(page, 'admin.state', 'Ghana');
  await textbox(page, 'admin.name').fill(name);
  await button(page, 'admin.create').click();
  await expect(main(page)).toContainText(t('en', 'reason.organisation.stateHasOne', { state: 'GHA' }));

  await choose(page, 'admin.state', state.name);
  await button(page, 'admin.create').click();
  await expect(page).toHaveURL(/\/admin\/organisations\/[0-9a-f-]{36}\?created=1$/);
  await expect(pageTitle(page)).toHaveText(name);
  await expect(said(page, 'admin.created')).toBeVisible();
  // The roles a Member State's organisation may hold, as the API says.
  const roles = main(page).getByRole('combobox', { name: t('en', 'admin.role'), exact: true });
  await expect(roles.locator('option')).toHaveText([t('en', 'role.NPC'), t('en', 'role.DONOR')]);

  // Invite its NPC.
  const npcName = `Focal Point ${unique().slice(-4).toUpperCase()}`;
  const email = `npc.${unique()}@example.org`;
  await textbox(page, 'admin.personName').fill(npcName);
  await textbox(page, 'admin.email').fill(email);
  await roles.selectOption('NPC');
  await button(page, 'admin.invite').click();
  await expect(said(page, 'admin.invited', { name: npcName, email, role: t('en', 'role.NPC') })).toBeVisible();
  const pending = main(page).getByRole('region', { name: t('en', 'admin.pending', { count: 1 }) });
  await expect(pending).toContainText(npcName);

  // The e-mail arrives; the NPC follows its link, sets a password and lands in their State's workspace.
  const mail = await mailTo(email, (m) => m.text.includes('/invitations/accept?token='));
  const link = mail.text.match(/https?:\/\/[^\s<>"]+\/invitations\/accept\?token=[^\s<>"]+/)![0];
  const npc = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await npc.goto(link);
  await settled(npc);
  const password = 'a long enough browser test passphrase';
  await main(npc)
    .getByRole('textbox', { name: t('en', 'invitation.passwordLabel'), exact: true })
    .fill(password);
  await main(npc)
    .getByRole('textbox', { name: t('en', 'invitation.confirmationLabel'), exact: true })
    .fill(password);
  await main(npc)
    .getByRole('button', { name: t('en', 'invitation.submit') })
    .click();
  await expect(npc.getByRole('banner').getByRole('button', { name: npcName })).toBeVisible();

  // Now a member, active; suspended and reactivated; then the role revoked after a confirmation.
  await page.reload();
  const members = main(page).getByRole('region', { name: t('en', 'admin.members', { count: 1 }) });
  await expect(members).toContainText(npcName);
  await expect(members).toContainText(t('en', 'userStatus.ACTIVE'));
  await members.getByRole('button', { name: t('en', 'admin.suspendWho', { name: npcName }) }).click();
  await expect(members).toContainText(t('en', 'userStatus.DISABLED'));
  await members.getByRole('button', { name: t('en', 'admin.reactivateWho', { name: npcName }) }).click();
  await expect(members).toContainText(t('en', 'userStatus.ACTIVE'));
  await members.getByRole('button', { name: t('en', 'admin.revokeWho', { name: npcName }) }).click();
  await expect(confirmation(page)).toContainText(t('en', 'admin.revokeConfirm', { name: npcName }));
  await confirmation(page)
    .getByRole('button', { name: t('en', 'admin.revoke') })
    .click();
  await expect(main(page).getByRole('region', { name: t('en', 'admin.members', { count: 0 }) })).toContainText(t('en', 'admin.noMembers'));

  // The list finds it by its State's name, under its type.
  await page.goto(`/admin/organisations?q=${encodeURIComponent(name)}`);
  await expect(main(page).getByRole('link', { name, exact: true })).toBeVisible();
});

test('an administrator sets an exchange rate; a rate of zero is refused beside its field', async ({ page }) => {
  await openSignedIn(page, '/admin/rates', DEMO.admin.email);
  await settled(page);
  const date = `2026-0${1 + Math.floor(Math.random() * 9)}-${String(10 + Math.floor(Math.random() * 18))}`;
  await choose(page, 'admin.colCurrency', 'KES · Kenyan Shilling');
  await textbox(page, 'admin.usdPerUnit').fill('0');
  await textbox(page, 'admin.colEffective').fill(date);
  await button(page, 'admin.saveRate').click();
  await expect(main(page)).toContainText(t('en', 'reason.field.notGreaterThanZero'));
  await textbox(page, 'admin.usdPerUnit').fill('0.0077');
  await button(page, 'admin.saveRate').click();
  await expect(main(page).getByRole('status').filter({ hasText: /KES/ })).toContainText('0.0077');
  const { exchangeRates } = await gql<{ exchangeRates: { usdPerUnit: string; effectiveDate: string }[] }>(
    '{ exchangeRates(currencyCode: "KES") { usdPerUnit effectiveDate } }',
  );
  expect(exchangeRates).toContainEqual({ usdPerUnit: '0.0077', effectiveDate: date });
  await main(page)
    .getByRole('link', { name: t('en', 'admin.historyOf', { currency: 'KES' }) })
    .click();
  await expect(main(page).getByRole('region', { name: t('en', 'admin.historyOf', { currency: 'KES' }) })).toContainText('0.0077');
});

test("UNREC's reviewer works the queue, oldest deadline first: returns one with comments, approves another, and talks in the deal room", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const later = await proposalInReview('2030-06-30');
  const sooner = await proposalInReview('2030-06-01');
  const page = await person(browser, '/my/reviews', DEMO.reviewer.email);
  const rows = main(page).getByRole('row');
  await expect(rows.filter({ hasText: sooner.title })).toBeVisible();
  const titles = await rows.allInnerTexts();
  const at = (title: string) => titles.findIndex((r) => r.includes(title));
  expect(at(sooner.title)).toBeGreaterThan(0);
  expect(at(sooner.title)).toBeLessThan(at(later.title));

  // Return the later one: comments are required.
  await main(page).getByRole('link', { name: later.title }).click();
  await expect(pageTitle(page)).toHaveText(later.title);
  await button(page, 'review.return').click();
  await expect(main(page)).toContainText(t('en', 'review.commentsRequired'));
  const comments = 'Give the number of armouries per region and who maintains the terminals.';
  await textbox(page, 'review.comments').fill(comments);
  await button(page, 'review.return').click();
  await expect(said(page, 'review.returned')).toBeVisible();
  await expect(main(page).getByText(t('en', 'proposalStatus.RETURNED'), { exact: true }).first()).toBeVisible();
  await expect(main(page).getByRole('heading', { name: t('en', 'review.panelTitle') })).toHaveCount(0);
  const { proposal } = await gql<{ proposal: { status: string; statusReason: string } }>(
    'query ($id: ID!) { proposal(id: $id) { status statusReason } }',
    { id: later.id },
    await tokenOf(DEMO.moderator.email),
  );
  expect(proposal).toEqual({ status: 'RETURNED', statusReason: comments });

  // Approve the sooner one, from the queue.
  await page.goto('/my/reviews');
  await main(page).getByRole('link', { name: sooner.title }).click();
  await button(page, 'review.approve').click();
  await expect(said(page, 'review.approved')).toBeVisible();
  await expect(main(page).getByText(t('en', 'proposalStatus.OPEN_FOR_FUNDING'), { exact: true }).first()).toBeVisible();

  // The centre is a party: its reviewer reads and writes in the deal room.
  await page.goto(`/proposals/${sooner.id}?tab=deal`);
  await textbox(page, 'room.newMessage').fill('The review is approved; the terminals can be bought locally.');
  await button(page, 'room.send').click();
  await expect(main(page).getByRole('listitem').filter({ hasText: 'The review is approved; the terminals can be bought locally.' })).toBeVisible();

  // The reviewer's home: reviews due and the deal rooms' news.
  await page.goto('/my');
  await expect(main(page).getByRole('heading', { name: t('en', 'review.homeDue') })).toBeVisible();
  await expect(main(page).getByRole('heading', { name: t('en', 'workspaceHome.dealRooms') })).toBeVisible();
  await expect(main(page).getByRole('link', { name: sooner.title })).toHaveCount(0);
});

test("non-administrators are refused the administrators' pages; another centre's reviewer cannot act on UNREC's review", async ({ browser }) => {
  test.setTimeout(120_000);
  for (const path of ['/admin/organisations', '/admin/rates', '/admin/organisations/00000000-0000-4000-8000-000000000000']) {
    const npc = await person(browser, path, DEMO.npc.email);
    await expect(main(npc).getByRole('alert')).toContainText(t('en', 'admin.refused'));
    await expect(main(npc).getByRole('button')).toHaveCount(0);
    await npc.context().close();
  }
  const npcToken = await tokenOf(DEMO.npc.email);
  const refused = await gqlAnswer(
    'mutation { setExchangeRate(input: { currencyCode: "EUR", usdPerUnit: "9", effectiveDate: "2026-01-02" }) { id } }',
    {},
    npcToken,
  );
  expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

  // A reviewer of UNLIREC (Latin America) sees nothing of Ghana's review and cannot act on it.
  const proposal = await proposalInReview('2030-05-01');
  const admin = await tokenOf(DEMO.admin.email);
  const { organisations } = await gql<{ organisations: { name: string; regionalOrganisationCode: string | null }[] }>(
    '{ organisations(type: UN_REGIONAL_CENTRE) { name regionalOrganisationCode } }',
    {},
    admin,
  );
  let centre = organisations.find((o) => o.regionalOrganisationCode === 'UNLIREC')?.name;
  if (!centre) {
    centre = `UN Regional Centre in Latin America ${unique()}`;
    await gql(
      'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      { input: { type: 'UN_REGIONAL_CENTRE', name: centre, acronym: 'UNLIREC', regionalOrganisationCode: 'UNLIREC' } },
      admin,
    );
  }
  const other = await newPerson({ organisation: centre, role: 'REGIONAL_REVIEWER', language: 'EN' });
  const page = await person(browser, '/my/reviews', other.email, other.password);
  await expect(main(page)).toContainText(t('en', 'review.queueEmpty'));
  await page.goto(`/proposals/${proposal.id}`);
  await expect(main(page).getByRole('alert')).toBeVisible();
  await expect(main(page).getByRole('heading', { name: t('en', 'review.panelTitle') })).toHaveCount(0);
  const { login } = await gql<{ login: { accessToken: string } }>('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
    input: { email: other.email, password: other.password },
  });
  const approve = await gqlAnswer(
    'mutation ($input: ProposalTransitionInput!) { approveProposalReview(input: $input) { id } }',
    { input: { proposalId: proposal.id } },
    login.accessToken,
  );
  expect(approve.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

  // UNREC's own reviewer still has it to do.
  const reviewer = await person(browser, `/proposals/${proposal.id}`, DEMO.reviewer.email);
  await expect(button(reviewer, 'review.approve')).toBeVisible();
});
