import { expect, test, type Page } from '@playwright/test';
import { gql, gqlAnswer, newPerson, tokenOf, unique } from './support/api';
import { t } from './support/catalogue';
import { DEMO, fixtures } from './support/env';
import { confirmation, openSignedIn, pageTitle } from './support/ui';

/**
 * Issue 13: a donor's desk officer writes an offer in the browser and submits it; UNODA returns it
 * (through the API); the donor reads why, edits, submits again; UNODA publishes it. The donor keeps
 * standing criteria with the needs they fit now. A donor of another organisation cannot edit it.
 */

const main = (page: Page) => page.getByRole('main');
// By accessible name (a required field's visible label also carries an asterisk hidden from it).
const field = (page: Page, id: string) =>
  main(page)
    .getByRole('textbox', { name: t('en', id), exact: true })
    .or(main(page).getByLabel(t('en', id), { exact: true }));
const status = (page: Page, id: string) => main(page).getByText(t('en', `offerStatus.${id}`), { exact: true });

async function pick(page: Page, labelId: string, option: string): Promise<void> {
  await field(page, labelId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  // Leaving the field closes its list (which would otherwise cover the field below).
  await page.keyboard.press('Tab');
  await expect(page.getByRole('option', { name: option, exact: true })).toBeHidden();
}

const names = () =>
  gql<{ thematicAreas: { code: string; name: string }[]; assistanceTypes: { code: string; name: string }[]; memberStates: { iso3: string; name: string }[] }>(
    '{ thematicAreas(lang: EN) { code name } assistanceTypes(lang: EN) { code name } memberStates(lang: EN) { iso3 name } }',
  );

test('a donor writes an offer, submits it, answers a return, and sees it published', async ({ page }) => {
  const title = `Marking equipment for West African police ${unique()}`;
  const n = await names();
  const marking = n.thematicAreas.find((a) => a.code === 'MARKING')!.name;
  const equipment = n.assistanceTypes.find((a) => a.code === 'EQUIPMENT')!.name;
  const ghana = n.memberStates.find((s) => s.iso3 === 'GHA')!.name;

  // From the account menu to the donor's offers.
  await openSignedIn(page, '/', DEMO.donor.email);
  await page.getByRole('banner').getByRole('button', { name: DEMO.donor.name }).click();
  await page.getByRole('menuitem', { name: t('en', 'offerWorkspace.myOffers') }).click();
  await expect(pageTitle(page)).toHaveText(t('en', 'offerWorkspace.myOffers'));
  await expect(main(page).getByRole('link', { name: t('en', 'offerWorkspace.profileLink') })).toHaveAttribute('href', `/donors/${fixtures().donor.id}`);
  await main(page)
    .getByRole('link', { name: t('en', 'offerWorkspace.newOffer') })
    .click();
  await expect(pageTitle(page)).toHaveText(t('en', 'offerForm.newTitle'));

  await field(page, 'offerForm.title').fill(title);
  await field(page, 'offerForm.description').fill('Marking machines and training for police armouries, with record keeping.');
  await field(page, 'offerForm.conditions').fill('A national marking plan is in place.');
  await pick(page, 'offerForm.thematicAreas', marking);
  await pick(page, 'offerForm.assistanceTypes', equipment);
  await pick(page, 'offerForm.eligibleRegions', t('en', 'region.002'));
  await pick(page, 'offerForm.eligibleStates', ghana);
  await field(page, 'offerForm.budgetTotal').fill('600000');
  await field(page, 'offerForm.budgetMaxPerProject').fill('800000');
  await field(page, 'offerForm.availableUntil').fill('2028-12-31');
  await field(page, 'offerForm.contactEmail').fill('desk.officer@example.org');
  await main(page)
    .getByRole('button', { name: t('en', 'needForm.createDraft') })
    .click();

  // The API's refusal beside its field; what was typed stays.
  await expect(field(page, 'offerForm.budgetMaxPerProject')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL('/offers/new');
  await expect(field(page, 'offerForm.title')).toHaveValue(title);
  await field(page, 'offerForm.budgetMaxPerProject').fill('150000');
  await main(page)
    .getByRole('button', { name: t('en', 'needForm.createDraft') })
    .click();

  await expect(pageTitle(page)).toHaveText(title);
  await expect(status(page, 'DRAFT')).toBeVisible();
  const offerId = new URL(page.url()).pathname.split('/').pop()!;
  await main(page)
    .getByRole('button', { name: t('en', 'workspace.submit') })
    .click();
  await expect(status(page, 'SUBMITTED')).toBeVisible();
  await expect(main(page).getByText(t('en', 'offerWorkspace.awaitingModeration'))).toBeVisible();

  // UNODA returns it with its reasons.
  const moderator = await tokenOf(DEMO.moderator.email);
  const reason = 'Say how many machines the budget buys.';
  await gql('mutation ($input: OfferTransitionInput!) { returnOffer(input: $input) { id } }', { input: { offerId, reason } }, moderator);

  await page.goto('/my/offers?status=RETURNED');
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
  await expect(pageTitle(page)).toHaveText(t('en', 'offerForm.editTitle'));
  await expect(main(page).getByText(reason)).toBeVisible();
  await expect(field(page, 'offerForm.budgetMaxPerProject')).toHaveValue(/^150000/);
  await field(page, 'offerForm.description').fill('Ten marking machines and training of 40 armourers for police armouries, with record keeping.');
  await main(page)
    .getByRole('button', { name: t('en', 'needForm.save') })
    .click();
  await expect(pageTitle(page)).toHaveText(title);
  await main(page)
    .getByRole('button', { name: t('en', 'workspace.resubmit') })
    .click();
  await expect(status(page, 'SUBMITTED')).toBeVisible();

  await gql('mutation ($input: OfferTransitionInput!) { publishOffer(input: $input) { id } }', { input: { offerId } }, moderator);
  await page.goto('/my/offers?status=PUBLISHED');
  await expect(main(page).getByRole('link', { name: title })).toBeVisible();
  await main(page).getByRole('link', { name: title }).click();
  await expect(pageTitle(page)).toHaveText(title);
  await expect(status(page, 'PUBLISHED')).toBeVisible();
  await expect(main(page).getByRole('button', { name: t('en', 'workspace.withdraw') })).toBeVisible();
  const { offer } = await gql<{
    offer: { status: string; description: string; eligibility: { regions: string[]; states: string[] }; budget: { maxPerProject: string } };
  }>('query ($id: ID!) { offer(id: $id) { status description eligibility { regions states } budget { maxPerProject } } }', { id: offerId }, moderator);
  expect(offer).toEqual({
    status: 'PUBLISHED',
    description: expect.stringContaining('Ten marking machines'),
    eligibility: { regions: ['002'], states: ['GHA'] },
    budget: { maxPerProject: expect.stringMatching(/^150000/) },
  });
});

test('a donor keeps standing criteria: the needs they fit now, paused, resumed, deleted', async ({ page }) => {
  const name = `Senegal ${unique()}`;
  const senegal = (await names()).memberStates.find((s) => s.iso3 === 'SEN')!.name;
  await openSignedIn(page, '/my/criteria', DEMO.donor.email);
  await expect(pageTitle(page)).toHaveText(t('en', 'criteria.title'));
  await main(page)
    .getByRole('button', { name: t('en', 'criteria.new') })
    .click();
  await field(page, 'criteria.name').fill(name);
  await pick(page, 'criteria.states', senegal);
  await main(page)
    .getByRole('button', { name: t('en', 'criteria.save') })
    .click();

  // Saved: shown with the published needs that fit it now (Senegal's French need, of the demo data).
  const card = main(page).getByRole('article', { name });
  await expect(card).toContainText(senegal);
  await expect(card.getByText(t('en', 'criteria.active'), { exact: true })).toBeVisible();
  const preview = main(page).getByRole('region', { name: t('en', 'criteria.previewTitle', { name }) });
  await expect(preview.getByRole('link', { name: fixtures().frenchNeed.title })).toBeVisible();

  await card.getByRole('button', { name: t('en', 'criteria.pause') }).click();
  await expect(card.getByText(t('en', 'criteria.paused'), { exact: true })).toBeVisible();
  await expect(preview.getByText(t('en', 'criteria.pausedHint'))).toBeVisible();
  await card.getByRole('button', { name: t('en', 'criteria.resume') }).click();
  await expect(card.getByText(t('en', 'criteria.active'), { exact: true })).toBeVisible();

  // Renamed: saved, and the preview asked again under the new name.
  const renamed = `${name} and Ghana`;
  await card.getByRole('button', { name: t('en', 'workspace.edit') }).click();
  await expect(field(page, 'criteria.name')).toHaveValue(name);
  await field(page, 'criteria.name').fill(renamed);
  await main(page)
    .getByRole('button', { name: t('en', 'criteria.save') })
    .click();
  const card2 = main(page).getByRole('article', { name: renamed });
  await expect(card2.getByText(t('en', 'criteria.active'), { exact: true })).toBeVisible();
  const preview2 = main(page).getByRole('region', { name: t('en', 'criteria.previewTitle', { name: renamed }) });
  await expect(preview2.getByRole('link', { name: fixtures().frenchNeed.title })).toBeVisible();

  const donor = await tokenOf(DEMO.donor.email);
  const active = async () => {
    const { standingCriteria } = await gql<{ standingCriteria: { name: string; active: boolean }[] }>(
      'query ($o: ID!) { standingCriteria(organisationId: $o) { name active } }',
      { o: fixtures().donor.id },
      donor,
    );
    return standingCriteria.find((c) => c.name === renamed)?.active;
  };
  expect(await active()).toBe(true);

  // Deleted after a confirmation in the page's own dialog: "Cancel" keeps the criteria.
  await card2.getByRole('button', { name: t('en', 'criteria.delete') }).click();
  await expect(confirmation(page)).toContainText(t('en', 'criteria.deleteConfirm', { name: renamed }));
  await confirmation(page)
    .getByRole('button', { name: t('en', 'confirm.cancel') })
    .click();
  await expect(confirmation(page)).toHaveCount(0);
  expect(await active()).toBe(true);
  await card2.getByRole('button', { name: t('en', 'criteria.delete') }).click();
  await confirmation(page)
    .getByRole('button', { name: t('en', 'criteria.delete') })
    .click();
  await expect(card2).toHaveCount(0);
  expect(await active()).toBeUndefined();
});

test('a donor of another organisation can read the published offer but not edit it', async ({ page }) => {
  const admin = await tokenOf(DEMO.admin.email);
  const organisation = `Arms Control Foundation ${unique()}`;
  await gql(
    'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
    { input: { type: 'FOUNDATION', name: organisation } },
    admin,
  );
  const other = await newPerson({ organisation, role: 'DONOR' });
  const { offer } = fixtures();

  await openSignedIn(page, `/offers/${offer.id}/edit`, other.email, { password: other.password });
  await expect(main(page).getByRole('alert')).toContainText(t('en', 'offerWorkspace.notYourOffer'));
  await expect(main(page).getByRole('textbox')).toHaveCount(0);
  // On the offer's page: no steps for them.
  await page.goto(`/offers/${offer.id}`);
  await expect(pageTitle(page)).toHaveText(offer.title);
  await expect(main(page).getByRole('link', { name: t('en', 'workspace.edit') })).toHaveCount(0);
  await expect(main(page).getByRole('button', { name: t('en', 'workspace.withdraw') })).toHaveCount(0);
  // Their own workspace lists their organisation's offers: none.
  await page.goto('/my/offers');
  await expect(main(page).getByText(t('en', 'offerWorkspace.noOffers'))).toBeVisible();

  // And the API refuses the change.
  const token = await tokenOf(other.email, other.password);
  const { offer: current } = await gql<{ offer: { version: number } }>('query ($id: ID!) { offer(id: $id) { version } }', { id: offer.id }, token);
  const answer = await gqlAnswer(
    'mutation ($input: UpdateOfferInput!) { updateOffer(input: $input) { id } }',
    { input: { offerId: offer.id, expectedVersion: current.version, title: 'Taken over' } },
    token,
  );
  expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

test('a save after someone else saved the offer names what they changed and keeps what was typed', async ({ page }) => {
  const donor = await tokenOf(DEMO.donor.email);
  const { createOffer } = await gql<{ createOffer: { id: string; version: number } }>(
    'mutation ($input: CreateOfferInput!) { createOffer(input: $input) { id version } }',
    {
      input: {
        organisationId: fixtures().donor.id,
        title: `Stockpile security ${unique()}`,
        description: 'Fences and locks for depots.',
        budgetCurrency: 'EUR',
        budgetTotal: '250000',
        availableFrom: '2027-01-01',
        eligibleEverywhere: true,
      },
    },
    donor,
  );
  await openSignedIn(page, `/offers/${createOffer.id}/edit`, DEMO.donor.email);
  const description = 'Fences, locks and alarms for ammunition depots, with training of guards.';
  await field(page, 'offerForm.description').fill(description);
  const theirTitle = `Physical security of stockpiles ${unique()}`;
  await gql(
    'mutation ($input: UpdateOfferInput!) { updateOffer(input: $input) { id } }',
    { input: { offerId: createOffer.id, expectedVersion: createOffer.version, title: theirTitle } },
    donor,
  );

  await main(page)
    .getByRole('button', { name: t('en', 'needForm.save') })
    .click();
  const notice = main(page)
    .getByRole('alert')
    .filter({ hasText: t('en', 'offerForm.conflictTitle') });
  await expect(notice).toContainText(t('en', 'offerForm.title'));
  await expect(field(page, 'offerForm.description')).toHaveValue(description);
  await main(page)
    .getByRole('button', { name: t('en', 'needForm.save') })
    .click();
  await expect(page).toHaveURL(`/offers/${createOffer.id}`);
  const { offer } = await gql<{ offer: { description: string } }>('query ($id: ID!) { offer(id: $id) { description } }', { id: createOffer.id }, donor);
  expect(offer.description).toBe(description);

  // Withdrawn after a confirmation: nothing is left to do with it.
  await main(page)
    .getByRole('button', { name: t('en', 'workspace.withdraw') })
    .click();
  await expect(confirmation(page)).toContainText(t('en', 'offerWorkspace.withdrawConfirm'));
  await confirmation(page)
    .getByRole('button', { name: t('en', 'workspace.withdraw') })
    .click();
  await expect(status(page, 'WITHDRAWN')).toBeVisible();
  await expect(main(page).getByRole('region', { name: t('en', 'offerWorkspace.panelLabel') })).toHaveCount(0);
});
