import { expect, test, type Page } from '@playwright/test';
import { formatMoney } from '../src/i18n/format';
import { gql, gqlAnswer, newPerson, tokenOf, unique, waitFor } from './support/api';
import { t } from './support/catalogue';
import { DEMO } from './support/env';
import { openSignedIn, pageTitle } from './support/ui';

/**
 * Issue 14 (item 3): UNODA's moderator compiles a proposal in the browser from two published needs
 * of two States (one found by search, one from a confirmed match that brings its donor), with the
 * regional centre, a technical review and a budget in two tranches; finds it on the board; sends it
 * for endorsement. A State's NPC and a donor are refused the compiler and the board, by the page
 * and by the API.
 */

const main = (page: Page) => page.getByRole('main');
const usd = (amount: string) => formatMoney('en', amount, 'USD');

async function needOf(npc: string, moderator: string, stateIso3: string, title: string): Promise<string> {
  const { createNeed } = await gql<{ createNeed: { id: string } }>(
    'mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
    {
      input: {
        stateIso3,
        title,
        problem: 'Weapons seized at the border are stored without records; none can be traced.',
        proposedActivities: 'Set up a register of seized weapons at five border posts and train customs officers.',
        thematicAreas: ['MARKING'],
        assistanceTypes: ['EQUIPMENT'],
        budget: { amount: '200000.00', currency: 'USD' },
        visibility: 'PUBLIC',
      },
    },
    npc,
  );
  for (const [step, token] of [
    ['submitNeed', npc],
    ['publishNeed', moderator],
  ] as const) {
    await gql(`mutation ($input: NeedTransitionInput!) { ${step}(input: $input) { id } }`, { input: { needId: createNeed.id } }, token);
  }
  return createNeed.id;
}

/** Togo's organisation (made by the administrator when missing) and a new NPC of it. */
async function togoNpc(): Promise<string> {
  const admin = await tokenOf(DEMO.admin.email);
  const { organisations } = await gql<{ organisations: { name: string; stateIso3: string | null }[] }>(
    '{ organisations(type: MEMBER_STATE) { name stateIso3 } }',
    {},
    admin,
  );
  let name = organisations.find((o) => o.stateIso3 === 'TGO')?.name;
  if (!name) {
    name = `Republic of Togo ${unique()}`;
    await gql(
      'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      { input: { type: 'MEMBER_STATE', name, stateIso3: 'TGO' } },
      admin,
    );
  }
  const person = await newPerson({ organisation: name, role: 'NPC' });
  return tokenOf(person.email, person.password);
}

test('UNODA compiles a proposal from two needs of two States, follows it on the board and sends it for endorsement', async ({ page }) => {
  test.setTimeout(180_000);
  const [moderator, ghana, togo] = await Promise.all([tokenOf(DEMO.moderator.email), tokenOf(DEMO.npc.email), togoNpc()]);
  const tag = unique();
  const ghanaTitle = `Register of seized weapons in Ghana ${tag}`;
  const togoTitle = `Register of seized weapons in Togo ${tag}`;
  const ghanaNeed = await needOf(ghana, moderator, 'GHA', ghanaTitle);
  await needOf(togo, moderator, 'TGO', togoTitle);
  // The worker matches Ghana's need with the demo donor's offer for ECOWAS States; UNODA confirms it, and the compiler offers it.
  let suggested: { id: string; version: number } | undefined;
  await waitFor('a suggested match of the new need', async () => {
    const { matchesForNeed } = await gql<{ matchesForNeed: { edges: { node: { id: string; status: string; version: number } }[] } }>(
      'query ($id: ID!) { matchesForNeed(needId: $id, first: 20) { edges { node { id status version } } } }',
      { id: ghanaNeed },
      moderator,
    );
    suggested = matchesForNeed.edges.find((e) => e.node.status === 'SUGGESTED')?.node;
    return !!suggested;
  });
  await gql(
    'mutation ($input: MatchDecisionInput!) { confirmMatch(input: $input) { id } }',
    { input: { matchId: suggested!.id, expectedVersion: suggested!.version } },
    moderator,
  );

  await openSignedIn(page, '/staff/proposals/new', DEMO.moderator.email);
  await expect(pageTitle(page)).toHaveText(t('en', 'compiler.newTitle'));
  // Nothing chosen: the compiler says what is missing, and sends nothing.
  await main(page)
    .getByRole('button', { name: t('en', 'compiler.compile'), exact: true })
    .click();
  await expect(main(page).getByText(t('en', 'compiler.needsRequired'))).toBeVisible();

  // Togo's need by search; Ghana's from its confirmed match, which brings the donor.
  await main(page)
    .getByRole('searchbox', { name: t('en', 'compiler.searchNeeds') })
    .fill(togoTitle);
  await main(page)
    .getByRole('button', { name: t('en', 'compiler.addNeed', { title: togoTitle }), exact: true })
    .click();
  await main(page)
    .getByRole('tab', { name: t('en', 'compiler.fromMatches') })
    .click();
  await main(page)
    .getByTestId(`match-${suggested!.id}`)
    .getByRole('button', { name: t('en', 'compiler.addMatch'), exact: true })
    .click();
  await expect(main(page).getByRole('heading', { name: t('en', 'compiler.needsTitle', { count: 2 }) })).toBeVisible();

  const title = `Registers of seized weapons in Ghana and Togo ${tag}`;
  await main(page)
    .getByRole('textbox', { name: t('en', 'compiler.fieldTitle'), exact: true })
    .fill(title);
  await main(page)
    .getByRole('textbox', { name: t('en', 'compiler.fieldSummary'), exact: true })
    .fill('Registers of seized weapons at the border posts of Ghana and Togo.');
  await main(page)
    .getByRole('textbox', { name: t('en', 'compiler.fieldScope'), exact: true })
    .fill('Install the registers at ten border posts; train 40 customs officers.');
  await main(page)
    .getByRole('textbox', { name: t('en', 'compiler.fieldAgency'), exact: true })
    .fill('ECOWAS Small Arms Division');
  await main(page)
    .getByRole('combobox', { name: t('en', 'compiler.fieldCentre'), exact: true })
    .selectOption('UNREC');
  await main(page)
    .getByRole('checkbox', { name: t('en', 'compiler.fieldReview'), exact: true })
    .check();
  await main(page).getByLabel(t('en', 'compiler.fieldReviewDeadline')).fill('2027-03-31');
  await main(page).getByLabel(t('en', 'compiler.fieldFundingDeadline')).fill('2027-09-30');
  const line = (n: number) => main(page).getByRole('textbox', { name: t('en', 'room.lineDescription', { number: n }), exact: true });
  const amount = (n: number) => main(page).getByRole('textbox', { name: t('en', 'room.lineAmount', { number: n, currency: 'USD' }), exact: true });
  await main(page)
    .getByRole('textbox', { name: t('en', 'room.trancheTitle'), exact: true })
    .fill('Equipment');
  await line(1).fill('Register terminals');
  // A float-looking amount would be refused: the page says so beside the field before asking the API.
  await amount(1).fill('60000.005');
  await main(page)
    .getByRole('button', { name: t('en', 'compiler.compile'), exact: true })
    .click();
  await expect(main(page).getByText(t('en', 'room.amountInvalid'))).toBeVisible();
  await amount(1).fill('60000.50');
  await main(page)
    .getByRole('button', { name: t('en', 'room.addTranche'), exact: true })
    .click();
  await main(page)
    .getByRole('textbox', { name: t('en', 'room.trancheTitle'), exact: true })
    .nth(1)
    .fill('Training');
  await line(1).nth(1).fill('Training of 40 customs officers');
  await amount(1).nth(1).fill('39999.50');
  await expect(main(page).getByText(t('en', 'compiler.total', { amount: usd('100000.00') }))).toBeVisible();
  await main(page)
    .getByRole('button', { name: t('en', 'compiler.compile'), exact: true })
    .click();

  // The proposal's page: a draft of both States, the centre a party, the budget as typed.
  await expect(pageTitle(page)).toHaveText(title);
  const id = new URL(page.url()).pathname.split('/').pop()!;
  const { proposal } = await gql<{
    proposal: {
      status: string;
      regionalCentreCode: string;
      targetAmount: string;
      technicalReview: boolean;
      parties: { kind: string; stateIso3: string | null }[];
      needs: { id: string }[];
    };
  }>(
    'query ($id: ID!) { proposal(id: $id) { status regionalCentreCode targetAmount technicalReview parties { kind stateIso3 } needs { id } } }',
    { id },
    moderator,
  );
  expect(proposal).toMatchObject({ status: 'DRAFT', regionalCentreCode: 'UNREC', targetAmount: '100000.00', technicalReview: true });
  expect(
    proposal.parties
      .filter((p) => p.kind === 'STATE')
      .map((p) => p.stateIso3)
      .sort(),
  ).toEqual(['GHA', 'TGO']);
  expect(proposal.parties.some((p) => p.kind === 'REGIONAL_CENTRE')).toBe(true);
  expect(proposal.parties.filter((p) => p.kind === 'DONOR')).toHaveLength(1);
  expect(proposal.needs).toHaveLength(2);

  // On the board, among those being prepared; then sent to the States for endorsement.
  await page.goto('/staff/proposals');
  const preparing = main(page).getByRole('region', { name: t('en', 'board.preparing') });
  await expect(preparing.getByRole('link', { name: title })).toBeVisible();
  await preparing.getByRole('link', { name: title }).click();
  await expect(pageTitle(page)).toHaveText(title);
  await main(page)
    .getByRole('button', { name: t('en', 'operate.submit'), exact: true })
    .click();
  await expect(
    main(page)
      .getByRole('status')
      .filter({ hasText: t('en', 'operate.submitted') }),
  ).toBeVisible();
  await page.goto('/staff/proposals');
  await expect(
    main(page)
      .getByRole('region', { name: t('en', 'board.endorsement') })
      .getByRole('link', { name: title }),
  ).toBeVisible();
});

test('a State and a donor are refused the compiler and the board, by the page and by the API', async ({ browser }) => {
  for (const who of [DEMO.npc, DEMO.donor]) {
    const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    await openSignedIn(page, '/staff/proposals/new', who.email);
    // The staff pages' one refused state (staff/RequireModerator), under the page's own title.
    await expect(pageTitle(page)).toHaveText(t('en', 'compiler.newTitle'));
    await expect(main(page).getByRole('alert')).toContainText(t('en', 'staff.refused'));
    await page.goto('/staff/proposals');
    await expect(pageTitle(page)).toHaveText(t('en', 'board.title'));
    await expect(main(page).getByRole('alert')).toContainText(t('en', 'staff.refused'));
    await expect(main(page).getByRole('link', { name: t('en', 'staff.backHome') })).toHaveAttribute('href', '/my');
    const token = await tokenOf(who.email);
    const refused = await gqlAnswer(
      'mutation ($input: CompileProposalInput!) { compileProposal(input: $input) { id } }',
      {
        input: { needIds: [], title: 'x', summary: 'x', scope: 'x', implementingAgency: 'x', currency: 'USD', tranches: [] },
      },
      token,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await page.context().close();
  }
});

test("a published need's page opens the compiler with that need chosen", async ({ page }) => {
  const title = `Register of seized weapons at Aflao ${unique()}`;
  const needId = await needOf(await tokenOf(DEMO.npc.email), await tokenOf(DEMO.moderator.email), 'GHA', title);
  await openSignedIn(page, `/needs/${needId}`, DEMO.moderator.email);
  await main(page)
    .getByRole('link', { name: t('en', 'compiler.fromThisNeed') })
    .click();
  await expect(pageTitle(page)).toHaveText(t('en', 'compiler.newTitle'));
  await expect(main(page).getByRole('heading', { name: t('en', 'compiler.needsTitle', { count: 1 }) })).toBeVisible();
  await expect(main(page).getByRole('button', { name: t('en', 'compiler.removeNeed', { title }), exact: true })).toBeVisible();
});
