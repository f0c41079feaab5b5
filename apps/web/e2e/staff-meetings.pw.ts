import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { formatMoney } from '../src/i18n/format';
import { gql, gqlAnswer, tokenOf, unique } from './support/api';
import { t } from './support/catalogue';
import { DEMO, fixtures } from './support/env';
import { proposalAwaitingEndorsement } from './support/proposals';
import { openSignedIn, pageTitle } from './support/ui';

/**
 * Issue 14 (item 4): UNODA schedules a GIS meeting, puts a proposal on the market on its agenda,
 * runs it in meeting mode (two donors' intents recorded as they speak, the running totals per
 * tranche and in all, one donor pledging its intent from its own desk, the outcome), marks it
 * held, and downloads the meeting pack in Arabic. A State's NPC cannot run a meeting: the page
 * says so and the API refuses.
 */

const main = (page: Page) => page.getByRole('main');
const eur = (amount: string) => formatMoney('en', amount, 'EUR');
const button = (page: Page, id: string, values?: Record<string, string | number>) => main(page).getByRole('button', { name: t('en', id, values), exact: true });

/** A proposal on the market: Ghana endorsed it (no review asked). */
async function proposalOnTheMarket(): Promise<{ id: string; title: string }> {
  const proposal = await proposalAwaitingEndorsement();
  await gql(
    'mutation ($input: ProposalTransitionInput!) { endorseProposal(input: $input) { id } }',
    { input: { proposalId: proposal.id } },
    await tokenOf(DEMO.npc.email),
  );
  return proposal;
}

/** A second donor: a foundation the administrator registers. */
async function foundation(): Promise<{ id: string; name: string }> {
  const name = `Small Arms Survey Foundation ${unique()}`;
  const { createOrganisation } = await gql<{ createOrganisation: { id: string } }>(
    'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
    { input: { type: 'FOUNDATION', name } },
    await tokenOf(DEMO.admin.email),
  );
  return { id: createOrganisation.id, name };
}

test('UNODA runs a GIS meeting in meeting mode: two donors’ intents, running totals, a pledge, the outcome, the pack in Arabic', async ({ page }) => {
  test.setTimeout(180_000);
  const [proposal, second] = await Promise.all([proposalOnTheMarket(), foundation()]);
  const title = `GIS meeting ${unique()}`;

  await openSignedIn(page, '/staff/meetings', DEMO.moderator.email);
  await expect(pageTitle(page)).toHaveText(t('en', 'meetingDesk.title'));
  await main(page)
    .getByRole('textbox', { name: t('en', 'meetingDesk.fieldTitle'), exact: true })
    .fill(title);
  await main(page).getByLabel(t('en', 'meetingDesk.fieldStartsAt')).fill('2027-02-10T10:00');
  await main(page)
    .getByRole('textbox', { name: t('en', 'meetingDesk.fieldLocation'), exact: true })
    .fill('Palais des Nations, Geneva');
  await button(page, 'meetingDesk.scheduleButton').click();
  await expect(pageTitle(page)).toHaveText(title);
  const meetingId = new URL(page.url()).pathname.split('/').pop()!;

  // The agenda, from the proposals on the market.
  await main(page)
    .getByRole('combobox', { name: t('en', 'meetingDesk.addProposal'), exact: true })
    .selectOption(proposal.id);
  await main(page)
    .getByRole('textbox', { name: t('en', 'meetingDesk.itemNote'), exact: true })
    .fill('Who covers the equipment tranche?');
  await button(page, 'meetingDesk.addItem').click();
  await expect(main(page).getByRole('link', { name: proposal.title })).toBeVisible();
  await main(page)
    .getByRole('link', { name: t('en', 'meetingDesk.openLive') })
    .click();

  // Meeting mode: the item on screen, two donors speak.
  await expect(main(page).getByRole('heading', { level: 2, name: proposal.title })).toBeVisible();
  await expect(main(page).getByText(t('en', 'live.itemOf', { n: 1, total: 1 }))).toBeVisible();
  const speak = async (donor: string, tranche: string, amount: string) => {
    await main(page)
      .getByRole('combobox', { name: t('en', 'live.donor'), exact: true })
      .selectOption({ label: donor });
    await main(page)
      .getByRole('combobox', { name: t('en', 'live.for'), exact: true })
      .selectOption({ label: tranche });
    await main(page)
      .getByRole('textbox', { name: t('en', 'live.amount', { currency: 'EUR' }), exact: true })
      .fill(amount);
    await button(page, 'live.record').click();
  };
  const germany = (
    await gql<{ organisations: { id: string; name: string }[] }>('{ organisations { id name } }', {}, await tokenOf(DEMO.moderator.email))
  ).organisations.find((o) => o.name.startsWith('Germany'))!;
  await speak(germany.name, t('en', 'live.trancheTitled', { number: 1, title: 'Equipment' }), '1000.00');
  await expect(main(page).getByRole('heading', { name: t('en', 'live.recordedTitle', { count: 1 }) })).toBeVisible();
  await speak(second.name, t('en', 'live.whole'), '250.50');
  await expect(main(page).getByRole('heading', { name: t('en', 'live.recordedTitle', { count: 2 }) })).toBeVisible();
  const totals = main(page).getByTestId('live-totals');
  await expect(totals.getByRole('row', { name: /Tranche 1/ })).toContainText(eur('1000.00'));
  await expect(main(page).getByTestId('live-here-total')).toHaveText(eur('1250.50'));
  // An amount the API cannot take is said beside the field, and nothing is recorded.
  await main(page)
    .getByRole('combobox', { name: t('en', 'live.donor'), exact: true })
    .selectOption({ label: second.name });
  await main(page)
    .getByRole('textbox', { name: t('en', 'live.amount', { currency: 'EUR' }), exact: true })
    .fill('12,5');
  await button(page, 'live.record').click();
  await expect(main(page).getByText(t('en', 'room.amountInvalid'))).toBeVisible();
  await expect(main(page).getByRole('heading', { name: t('en', 'live.recordedTitle', { count: 2 }) })).toBeVisible();

  // Germany pledges its intent from its own desk; the meeting's page shows the pledge on reload.
  const donor = await tokenOf(DEMO.donor.email);
  const { proposal: ledger } = await gql<{ proposal: { contributions: { id: string; organisationId: string; meetingId: string | null; version: number }[] } }>(
    'query ($id: ID!) { proposal(id: $id) { contributions { id organisationId meetingId version } } }',
    { id: proposal.id },
    donor,
  );
  const intent = ledger.contributions.find((c) => c.meetingId === meetingId && c.organisationId === germany.id)!;
  await gql(
    'mutation ($input: ContributionTransitionInput!) { pledgeContribution(input: $input) { id } }',
    { input: { contributionId: intent.id, expectedVersion: intent.version } },
    donor,
  );
  await page.reload();
  await expect(
    main(page)
      .getByTestId('live-lines')
      .getByRole('row', { name: new RegExp(germany.name) }),
  ).toContainText(t('en', 'contributionStatus.PLEDGED'));
  await expect(main(page).getByTestId('live-here-total')).toHaveText(eur('1250.50'));

  // The outcome, then the meeting is marked held.
  await main(page)
    .getByRole('textbox', { name: t('en', 'live.outcome'), exact: true })
    .fill('Germany takes the equipment tranche; the foundation contributes to the whole.');
  await button(page, 'live.saveOutcome').click();
  await expect(main(page).getByRole('status').filter({ hasText: 'Germany takes the equipment tranche' })).toBeVisible();
  await main(page)
    .getByRole('link', { name: t('en', 'live.back') })
    .click();
  await main(page)
    .getByRole('textbox', { name: t('en', 'meetingDesk.summary'), exact: true })
    .fill('One proposal discussed; two donors announced support.');
  await button(page, 'meetingDesk.close').click();
  await expect(main(page).getByText(t('en', 'meetingStatus.HELD')).first()).toBeVisible();

  // The pack in Arabic: an HTML document, right to left, naming the proposal.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    main(page)
      .getByRole('button', { name: t('en', 'meeting.packDownloadLabel', { language: t('en', 'language.AR') }) })
      .click(),
  ]);
  const pack = readFileSync((await download.path())!, 'utf8');
  expect(pack).toMatch(/<html[^>]*lang="ar"[^>]*dir="rtl"|<html[^>]*dir="rtl"[^>]*lang="ar"/);
  expect(pack).toContain(proposal.title);
});

test('a State’s NPC cannot run a meeting: the desk and the meeting mode say so, and the API refuses', async ({ page }) => {
  // The staff pages' one refused state (staff/RequireModerator), under the page's own title.
  await openSignedIn(page, '/staff/meetings', DEMO.npc.email);
  await expect(pageTitle(page)).toHaveText(t('en', 'meetingDesk.title'));
  await expect(main(page).getByRole('alert')).toContainText(t('en', 'staff.refused'));
  await page.goto(`/meetings/${fixtures().meeting.id}/live`);
  await expect(pageTitle(page)).toHaveText(t('en', 'live.title'));
  await expect(main(page).getByRole('alert')).toContainText(t('en', 'staff.refused'));
  const refused = await gqlAnswer(
    'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
    { input: { title: 'x', startsAt: '2027-01-01T10:00:00Z' } },
    await tokenOf(DEMO.npc.email),
  );
  expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
