import { expect, test, type Page } from '@playwright/test';
import { gql, gqlAnswer, newPerson, publishedNeed, tokenOf, unique } from './support/api';
import { t } from './support/catalogue';
import { DEMO, fixtures } from './support/env';
import { pageTitle, signIn } from './support/ui';

/**
 * Issue 13: a donor sees a published need, tells the State of their interest with a word; the
 * State's focal point finds it waiting on their home page and accepts it in the browser; the
 * donor's home shows the answer. Neither another State nor another donor reaches the match.
 */

const main = (page: Page) => page.getByRole('main');
const card = (page: Page, heading: string) => main(page).getByRole('region', { name: heading });

async function signInHome(page: Page, email: string, password?: string): Promise<void> {
  await page.goto('/sign-in');
  await signIn(page, email, { password });
  // Without a page to come back to, a focal point or a donor lands on their workspace.
  await expect(page).toHaveURL((url) => url.pathname === '/my');
  await expect(pageTitle(page)).toHaveText(t('en', 'workspaceHome.title'));
}

/** A person of a new organisation: a donor of a foundation, or the NPC of another State. */
async function outsider(role: 'DONOR' | 'NPC'): Promise<{ email: string; password: string }> {
  const admin = await tokenOf(DEMO.admin.email);
  const name = role === 'DONOR' ? `Browser Test Foundation ${unique()}` : `Zambia ${unique()}`;
  const input = role === 'DONOR' ? { name, type: 'FOUNDATION' } : { name, type: 'MEMBER_STATE', stateIso3: 'ZMB' };
  await gql('mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', { input }, admin);
  return newPerson({ organisation: name, role });
}

test("a donor expresses interest in a need; the State's NPC answers it from their home page", async ({ browser }) => {
  const title = `Armoury doors for district police stations ${unique()}`;
  const [npcToken, moderator] = await Promise.all([tokenOf(DEMO.npc.email), tokenOf(DEMO.moderator.email)]);
  const needId = await publishedNeed(npcToken, moderator, title);
  const offer = fixtures().offer;

  const donor = await (await browser.newContext()).newPage();
  await signInHome(donor, DEMO.donor.email);
  await expect(card(donor, t('en', 'workspaceHome.suggested'))).toBeVisible();
  await donor.goto(`/needs/${needId}`);
  const interest = main(donor).getByRole('region', { name: t('en', 'interest.title') });
  await interest.getByLabel(t('en', 'interest.withOffer')).selectOption({ label: offer.title });
  const word = 'We could fund the doors from our 2027 budget; could you share the stations list?';
  await interest.getByRole('textbox', { name: t('en', 'matchActions.messageToState') }).fill(word);
  await interest.getByRole('button', { name: t('en', 'matchActions.express') }).click();
  await expect(pageTitle(donor)).toHaveText(t('en', 'match.title'));
  await expect(main(donor).getByText(t('en', 'matchStatus.INTEREST_EXPRESSED'), { exact: true })).toBeVisible();
  const matchId = new URL(donor.url()).pathname.split('/').pop()!;

  // The NPC finds it on their home page, reads the donor's word and accepts with their own.
  const npc = await (await browser.newContext()).newPage();
  await signInHome(npc, DEMO.npc.email);
  const waiting = card(npc, t('en', 'workspaceHome.interests'));
  await waiting.getByRole('link', { name: title }).click();
  await expect(pageTitle(npc)).toHaveText(t('en', 'match.title'));
  await expect(main(npc).getByText(word)).toBeVisible();
  await main(npc)
    .getByRole('textbox', { name: t('en', 'matchActions.messageToDonor') })
    .fill('Yes: the list follows by e-mail.');
  await main(npc)
    .getByRole('button', { name: t('en', 'matchActions.accept') })
    .click();
  await expect(
    main(npc)
      .getByRole('status')
      .filter({ hasText: t('en', 'matchActions.accepted') }),
  ).toBeVisible();
  await expect(main(npc).getByText(t('en', 'matchStatus.INTEREST_ACCEPTED'), { exact: true })).toBeVisible();
  const { match } = await gql<{ match: { status: string } }>('query ($id: ID!) { match(id: $id) { status } }', { id: matchId }, moderator);
  expect(match.status).toBe('INTEREST_ACCEPTED');
  // No longer waiting at home; the donor's home shows the answer.
  await npc.goto('/my');
  await expect(card(npc, t('en', 'workspaceHome.interests')).getByRole('link', { name: title })).toHaveCount(0);
  await donor.goto('/my');
  await expect(card(donor, t('en', 'workspaceHome.answered')).getByRole('link', { name: title })).toBeVisible();

  // The State's matches list it, with the link to why.
  await npc.goto('/my/matches?status=INTEREST_ACCEPTED');
  await expect(pageTitle(npc)).toHaveText(t('en', 'myMatches.titleNpc'));
  await expect(main(npc).getByRole('link', { name: title })).toBeVisible();
});

test("another State's NPC and another organisation's donor cannot reach a match, in the page or the API", async ({ page }) => {
  const [npcToken, moderator, donorToken] = await Promise.all([tokenOf(DEMO.npc.email), tokenOf(DEMO.moderator.email), tokenOf(DEMO.donor.email)]);
  const needId = await publishedNeed(npcToken, moderator, `Weapons registry software ${unique()}`);
  const { expressInterest } = await gql<{ expressInterest: { id: string; version: number } }>(
    'mutation ($input: ExpressInterestInput!) { expressInterest(input: $input) { id version } }',
    { input: { needId, offerId: fixtures().offer.id } },
    donorToken,
  );
  for (const person of [await outsider('DONOR'), await outsider('NPC')]) {
    await page.context().clearCookies();
    await page.goto('/sign-in');
    await signIn(page, person.email, { password: person.password });
    await expect(page).toHaveURL((url) => url.pathname !== '/sign-in');
    await page.goto(`/matches/${expressInterest.id}`);
    await expect(
      main(page)
        .getByRole('alert')
        .filter({ hasText: t('en', 'state.unavailable') }),
    ).toBeVisible();
    await expect(main(page).getByRole('button', { name: t('en', 'matchActions.accept') })).toHaveCount(0);
    const answer = await gqlAnswer(
      'mutation ($input: MatchDecisionInput!) { acceptInterest(input: $input) { id } }',
      { input: { matchId: expressInterest.id } },
      await tokenOf(person.email, person.password),
    );
    expect(String(answer.errors?.[0]?.extensions?.code)).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);
  }
  const { match } = await gql<{ match: { status: string } }>('query ($id: ID!) { match(id: $id) { status } }', { id: expressInterest.id }, moderator);
  expect(match.status).toBe('INTEREST_EXPRESSED');
});
