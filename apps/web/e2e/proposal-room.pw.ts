import { expect, test, type Browser, type Page } from '@playwright/test';
import { formatMoney } from '../src/i18n/format';
import { gql, gqlAnswer, newPerson, tokenOf, unique } from './support/api';
import { proposalAwaitingEndorsement, proposalInNegotiation } from './support/proposals';
import { t } from './support/catalogue';
import { DEMO } from './support/env';
import { openSignedIn, pageTitle } from './support/ui';

/**
 * Issue 13 (items 5 and 10): on a proposal UNODA compiled of Ghana's need, each party acts in its
 * own browser: the NPC endorses; the donor joins, records an intent, pledges and commits per
 * tranche (a commitment past a tranche's gap refused with its figures); the NPC proposes a
 * revision in the deal room, the donor and UNODA see what it changes and accept it; the donor
 * covers the new budget and the proposal reads funded. A donor of another organisation and an
 * NPC of another State are refused the deal room and the donor's steps, by the page and the API.
 */

const main = (page: Page) => page.getByRole('main');
const eur = (amount: string) => formatMoney('en', amount, 'EUR');
const button = (page: Page, id: string, values?: Record<string, string | number>) => main(page).getByRole('button', { name: t('en', id, values), exact: true });
const textbox = (page: Page, id: string, values?: Record<string, string | number>) =>
  main(page).getByRole('textbox', { name: t('en', id, values), exact: true });
const said = (page: Page, id: string, values?: Record<string, string | number>) =>
  main(page)
    .getByRole('status')
    .filter({ hasText: t('en', id, values) });
const figures = (page: Page, committed: string, promised: string, gap: string) =>
  expect(main(page).getByTestId('desk-figures')).toHaveText(t('en', 'desk.figures', { committed: eur(committed), promised: eur(promised), gap: eur(gap) }));

async function person(browser: Browser, path: string, email: string, password?: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await openSignedIn(page, path, email, { password });
  return page;
}

async function record(page: Page, tranche: string, amount: string, status: 'INTENT' | 'PLEDGED' | 'COMMITTED'): Promise<void> {
  await main(page)
    .getByRole('combobox', { name: t('en', 'desk.for'), exact: true })
    .selectOption(tranche);
  await textbox(page, 'desk.amount', { currency: 'EUR' }).fill(amount);
  await main(page)
    .getByRole('combobox', { name: t('en', 'desk.as'), exact: true })
    .selectOption(status);
  await button(page, 'desk.record').click();
}

/** The donor's card of one of its contributions, by tranche and status. */
const card = (page: Page, tranche: number, status: string) =>
  main(page).getByRole('article', { name: `${t('en', 'funding.trancheNumber', { number: tranche })}, ${t('en', `contributionStatus.${status}`)}` });

test('the NPC endorses, the donor pledges and commits per tranche, a revision is agreed in the deal room, the proposal reads funded', async ({ browser }) => {
  // Four people in four browsers, one after the other, on a shared machine.
  test.setTimeout(240_000);
  const proposal = await proposalAwaitingEndorsement();
  const path = `/proposals/${proposal.id}`;

  // The State's focal point endorses it.
  const npc = await person(browser, path, DEMO.npc.email);
  await expect(pageTitle(npc)).toHaveText(proposal.title);
  await expect(main(npc).getByRole('heading', { name: t('en', 'steps.endorsementTitle') })).toBeVisible();
  await button(npc, 'steps.endorse').click();
  await expect(said(npc, 'steps.endorsed')).toBeVisible();
  await expect(main(npc).getByText(t('en', 'proposalStatus.OPEN_FOR_FUNDING'), { exact: true }).first()).toBeVisible();
  await expect(main(npc).getByRole('heading', { name: t('en', 'steps.endorsementTitle') })).toHaveCount(0);

  // The donor joins, then funds tranche by tranche: an intent made a pledge, a pledge committed.
  const donor = await person(browser, `${path}?tab=funding`, DEMO.donor.email);
  await button(donor, 'desk.join').click();
  await expect(said(donor, 'desk.joined')).toBeVisible();
  await record(donor, '1', '1500.00', 'PLEDGED');
  await expect(said(donor, 'desk.recordedPledge')).toBeVisible();
  await figures(donor, '0.00', '1500.00', '1800.00');
  await card(donor, 1, 'PLEDGED')
    .getByRole('button', { name: t('en', 'desk.commit'), exact: true })
    .click();
  await expect(said(donor, 'desk.committed')).toBeVisible();
  await figures(donor, '1500.00', '0.00', '300.00');
  await expect(
    main(donor).getByText(t('en', 'desk.figuresUsd', { committed: formatMoney('en', '1620.00', 'USD'), gap: formatMoney('en', '324.00', 'USD') })),
  ).toBeVisible();
  await record(donor, '2', '300.00', 'INTENT');
  await expect(said(donor, 'desk.recordedIntent')).toBeVisible();
  await card(donor, 2, 'INTENT')
    .getByRole('button', { name: t('en', 'desk.pledge'), exact: true })
    .click();
  await expect(said(donor, 'desk.pledged')).toBeVisible();
  await figures(donor, '1500.00', '300.00', '300.00');
  // Past the gap: refused, with the API's figures; what was typed stays.
  await record(donor, '2', '400.00', 'COMMITTED');
  await expect(
    main(donor)
      .getByRole('alert')
      .filter({ hasText: t('en', 'reason.funding.pastGap', { amount: '400.00', currency: 'EUR', gap: '300.00', target: '1800.00', committed: '1500.00' }) }),
  ).toBeVisible();
  await expect(textbox(donor, 'desk.amount', { currency: 'EUR' })).toHaveValue('400.00');
  await figures(donor, '1500.00', '300.00', '300.00');

  // The State proposes a revision in the deal room: training costs 50.00 more.
  await npc.goto(`${path}?tab=deal`);
  await button(npc, 'room.proposeRevision').click();
  const training = main(npc).getByRole('group', { name: t('en', 'room.trancheLegend', { number: 2 }) });
  await training.getByRole('textbox', { name: t('en', 'room.lineAmount', { number: 1, currency: 'EUR' }), exact: true }).fill('350.00');
  await expect(main(npc).getByText(t('en', 'room.newTotal', { amount: eur('1850.00'), before: eur('1800.00') }))).toBeVisible();
  const note = 'Training takes a fourth day: 50.00 more for tranche 2.';
  await textbox(npc, 'room.note').fill(note);
  await button(npc, 'room.submitRevision').click();
  await expect(main(npc).getByRole('heading', { name: t('en', 'room.openRevision', { number: 2 }) })).toBeVisible();
  await expect(main(npc).getByRole('listitem').filter({ hasText: note })).toContainText(t('en', 'room.revisionNote', { number: 2 }));
  await main(npc)
    .getByRole('textbox', { name: t('en', 'room.newMessage'), exact: true })
    .fill('Please accept before Friday.');
  await button(npc, 'room.send').click();
  await expect(main(npc).getByRole('listitem').filter({ hasText: 'Please accept before Friday.' })).toBeVisible();

  // The donor (money committed) and UNODA see what changes, line by line and in total, and accept.
  const unoda = await person(browser, `${path}?tab=deal`, DEMO.moderator.email);
  for (const page of [donor, unoda]) {
    await page.goto(`${path}?tab=deal`);
    const revision = main(page).getByRole('region', { name: t('en', 'room.openRevision', { number: 2 }) });
    await expect(revision).toContainText(note);
    await expect(revision).toContainText(t('en', 'room.totals', { before: eur('1800.00'), basedOn: 1, after: eur('1850.00'), delta: `+${eur('50.00')}` }));
    await expect(revision.getByRole('row').filter({ hasText: t('en', 'room.changeChanged') })).toContainText(
      t('en', 'room.changeLine', { tranche: 2, line: 'Training of 20 armourers' }),
    );
    await expect(revision.getByRole('row').filter({ hasText: t('en', 'room.changeChanged') })).toContainText(eur('350.00'));
    await revision.getByRole('button', { name: t('en', 'room.accept', { number: 2 }) }).click();
    await expect(said(page, 'room.accepted', { number: 2 })).toBeVisible();
  }
  // Agreed: no longer awaiting anyone, for the last to accept at once and for the others on refreshing.
  await expect(main(unoda).getByRole('heading', { name: t('en', 'room.openRevision', { number: 2 }) })).toHaveCount(0);
  await button(donor, 'room.refresh').click();
  await expect(main(donor).getByRole('heading', { name: t('en', 'room.openRevision', { number: 2 }) })).toHaveCount(0);

  // The donor covers the agreed budget: commits its pledge and the 50.00 the revision added.
  await donor.goto(`${path}?tab=funding`);
  await figures(donor, '1500.00', '300.00', '350.00');
  await card(donor, 2, 'PLEDGED')
    .getByRole('button', { name: t('en', 'desk.commit'), exact: true })
    .click();
  await expect(said(donor, 'desk.committed')).toBeVisible();
  await record(donor, '2', '50.00', 'COMMITTED');
  await expect(said(donor, 'desk.recordedCommitment')).toBeVisible();
  await figures(donor, '1850.00', '0.00', '0.00');
  await expect(main(donor).getByText(t('en', 'funding.fullyFunded'))).toBeVisible();
  await expect(main(donor).getByText(t('en', 'proposalStatus.FUNDED'), { exact: true }).first()).toBeVisible();
  await card(donor, 1, 'COMMITTED')
    .getByRole('button', { name: t('en', 'desk.disburse'), exact: true })
    .click();
  await expect(said(donor, 'desk.disbursed')).toBeVisible();
  const { proposal: after } = await gql<{ proposal: { status: string; targetAmount: string } }>(
    'query ($id: ID!) { proposal(id: $id) { status targetAmount } }',
    { id: proposal.id },
  );
  expect(after).toEqual({ status: 'FUNDED', targetAmount: '1850.00' });
});

test('a step on a contribution someone else moved meanwhile is refused, says so and shows it as it is now, keeping what was typed', async ({ page }) => {
  const proposal = await proposalInNegotiation();
  await openSignedIn(page, `/proposals/${proposal.id}?tab=funding`, DEMO.donor.email);
  const pledge = card(page, 1, 'PLEDGED');
  await pledge.getByRole('button', { name: t('en', 'desk.cancel'), exact: true }).click();
  const reason = 'The terminals will be given in kind instead.';
  await pledge.getByRole('textbox', { name: t('en', 'desk.cancelReason'), exact: true }).fill(reason);

  // A colleague at the donor commits the pledge meanwhile, through the API.
  const donor = await tokenOf(DEMO.donor.email);
  const ledger = async () =>
    (
      await gql<{ proposal: { contributions: { id: string; status: string; version: number }[] } }>(
        'query ($id: ID!) { proposal(id: $id) { contributions { id status version } } }',
        { id: proposal.id },
        donor,
      )
    ).proposal.contributions;
  const before = (await ledger()).find((c) => c.status === 'PLEDGED')!;
  await gql('mutation ($input: ContributionTransitionInput!) { commitContribution(input: $input) { id } }', { input: { contributionId: before.id } }, donor);
  const now = (await ledger()).find((c) => c.id === before.id)!;

  await pledge.getByRole('button', { name: t('en', 'desk.confirmCancel'), exact: true }).click();
  await expect(
    main(page)
      .getByRole('alert')
      .filter({ hasText: t('en', 'reason.contribution.staleVersion', { version: now.version, expectedVersion: before.version }) }),
  ).toBeVisible();
  // The contribution as it is now, with what was typed still there.
  const committed = card(page, 1, 'COMMITTED');
  await expect(committed.getByRole('button', { name: t('en', 'desk.disburse'), exact: true })).toBeVisible();
  await expect(committed.getByRole('textbox', { name: t('en', 'desk.cancelReason'), exact: true })).toHaveValue(reason);
  await figures(page, '1300.00', '0.00', '500.00');
});

test("a donor of another organisation and an NPC of another State are refused the deal room and the parties' steps", async ({ browser }) => {
  test.setTimeout(180_000);
  const proposal = await proposalInNegotiation();
  const admin = await tokenOf(DEMO.admin.email);
  for (const input of [
    { type: 'DONOR_GOVERNMENT', name: `Norway ${unique()}`, stateIso3: 'NOR' },
    { type: 'MEMBER_STATE', name: `Senegal ${unique()}`, stateIso3: 'SEN' },
  ]) {
    await gql('mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', { input }, admin).catch(() => undefined);
  }
  const { organisations } = await gql<{ organisations: { name: string; type: string; stateIso3: string | null }[] }>(
    '{ organisations { name type stateIso3 } }',
    {},
    admin,
  );
  const norway = organisations.find((o) => o.stateIso3 === 'NOR' && o.type === 'DONOR_GOVERNMENT')!;
  const senegal = organisations.find((o) => o.stateIso3 === 'SEN' && o.type === 'MEMBER_STATE')!;
  const { proposal: ledger } = await gql<{ proposal: { contributions: { id: string; status: string }[] } }>(
    'query ($id: ID!) { proposal(id: $id) { contributions { id status } } }',
    { id: proposal.id },
    admin,
  );
  const germanys = ledger.contributions.find((c) => c.status === 'COMMITTED')!;
  const path = `/proposals/${proposal.id}`;
  for (const other of [await newPerson({ organisation: norway.name, role: 'DONOR' }), await newPerson({ organisation: senegal.name, role: 'NPC' })]) {
    const page = await person(browser, `${path}?tab=deal`, other.email, other.password);
    await expect(main(page).getByRole('alert')).toContainText(t('en', 'reason.proposal.partiesOnly', { what: 'read' }));
    await expect(main(page).getByRole('textbox')).toHaveCount(0);
    await page.goto(`${path}?tab=funding`);
    await expect(pageTitle(page)).toHaveText(proposal.title);
    // No step on Germany's contributions, nor the State's decisions.
    await expect(button(page, 'desk.commit')).toHaveCount(0);
    await expect(button(page, 'desk.disburse')).toHaveCount(0);
    await expect(button(page, 'steps.endorse')).toHaveCount(0);
    const token = await tokenOf(other.email, other.password);
    const posted = await gqlAnswer(
      'mutation ($input: PostProposalMessageInput!) { postProposalMessage(input: $input) { id } }',
      { input: { proposalId: proposal.id, body: 'Let me in.' } },
      token,
    );
    expect(posted.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const disbursed = await gqlAnswer(
      'mutation ($input: ContributionTransitionInput!) { disburseContribution(input: $input) { id } }',
      { input: { contributionId: germanys.id } },
      token,
    );
    expect(disbursed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const accepted = await gqlAnswer(
      'mutation ($input: RevisionDecisionInput!) { acceptProposalRevision(input: $input) { number } }',
      { input: { proposalId: proposal.id, revision: 2 } },
      token,
    );
    expect(accepted.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
});

test('in implementation, the State gives its outcome report in the browser', async ({ page }) => {
  const proposal = await proposalAwaitingEndorsement();
  const [npc, donor, moderator] = await Promise.all([tokenOf(DEMO.npc.email), tokenOf(DEMO.donor.email), tokenOf(DEMO.moderator.email)]);
  const step = (name: string, token: string) =>
    gql(`mutation ($input: ProposalTransitionInput!) { ${name}(input: $input) { id } }`, { input: { proposalId: proposal.id } }, token);
  await step('endorseProposal', npc);
  for (const [trancheNumber, amount] of [
    [1, '1500.00'],
    [2, '300.00'],
  ] as const) {
    await gql(
      'mutation ($input: RecordContributionInput!) { recordContribution(input: $input) { id } }',
      { input: { proposalId: proposal.id, trancheNumber, amount, status: 'COMMITTED' } },
      donor,
    );
  }
  await step('startProposalImplementation', moderator);

  await openSignedIn(page, `/proposals/${proposal.id}`, DEMO.npc.email);
  await expect(main(page).getByRole('heading', { name: t('en', 'steps.reportTitle') })).toBeVisible();
  await textbox(page, 'steps.reportSummary').fill('Registers installed in 10 armouries; 20 armourers trained.');
  await textbox(page, 'steps.reportLink').fill('https://example.org/ghana-registers-report.pdf');
  await button(page, 'steps.reportSend').click();
  await expect(said(page, 'steps.reportSent')).toBeVisible();
  await expect(main(page).getByRole('heading', { name: t('en', 'steps.reportTitle') })).toHaveCount(0);
  const { proposal: after } = await gql<{ proposal: { outcomeReports: { summary: string }[]; outcomeReportsDue: { name: string }[] } }>(
    'query ($id: ID!) { proposal(id: $id) { outcomeReports { summary } outcomeReportsDue { name } } }',
    { id: proposal.id },
    moderator,
  );
  expect(after.outcomeReports.map((r) => r.summary)).toEqual(['Registers installed in 10 armouries; 20 armourers trained.']);
  expect(after.outcomeReportsDue.map((o) => o.name)).not.toContain('Ghana');
});
