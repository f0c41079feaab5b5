import { expect, test } from '@playwright/test';
import { gql, invite, tokenOf, unique } from './support/api';
import { t, type Locale } from './support/catalogue';
import { DEMO, fixtures } from './support/env';
import { proposalAwaitingEndorsement, proposalInNegotiation, proposalInReview } from './support/proposals';
import { axeViolations, chooseLanguage, openSignedIn, pageTitle, settled } from './support/ui';

/** Issue 12: an axe scan (WCAG 2.1 A and AA) finds no violation on any page, in English and in Arabic. */

interface PageUnderTest {
  name: string;
  path: () => Promise<string> | string;
  /** Seen signed in (as UNODA's moderator, who may see every record, unless `as` says who). */
  signedIn?: boolean;
  as?: string;
  notFound?: boolean;
}

const f = () => fixtures();

/** A new draft offer of the demo donor, with every field given. */
async function donorDraft(): Promise<string> {
  const { createOffer } = await gql<{ createOffer: { id: string } }>(
    'mutation ($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
    {
      input: {
        organisationId: f().donor.id,
        title: `Depot security ${unique()}`,
        description: 'Fences and locks for depots.',
        conditions: 'A national plan.',
        budgetCurrency: 'EUR',
        budgetTotal: '250000',
        budgetMaxPerProject: '100000',
        availableFrom: '2027-01-01',
        eligibleRegions: ['002'],
        eligibleStates: ['GHA'],
        eligibleRegionalOrganisations: ['ECOWAS'],
        thematicAreas: ['MARKING'],
        workingLanguages: ['EN', 'FR'],
        contactEmail: 'desk@example.org',
      },
    },
    await tokenOf(DEMO.donor.email),
  );
  return createOffer.id;
}

const PAGES: PageUnderTest[] = [
  { name: 'home', path: () => '/' },
  { name: 'needs', path: () => '/needs' },
  { name: 'a need', path: () => `/needs/${f().frenchNeed.id}` },
  { name: 'offers', path: () => '/offers' },
  { name: 'an offer', path: () => `/offers/${f().offer.id}` },
  { name: 'a donor', path: () => `/donors/${f().donor.id}` },
  { name: 'proposals', path: () => '/proposals' },
  { name: 'dashboard', path: () => '/dashboard' },
  { name: 'dashboard (signed in)', path: () => '/dashboard', signedIn: true },
  { name: 'open data', path: () => '/open-data' },
  { name: 'a proposal', path: () => `/proposals/${f().proposal.id}` },
  { name: 'sign-in', path: () => '/sign-in' },
  {
    name: 'an invitation',
    path: async () => {
      const { acceptUrl } = await invite();
      const url = new URL(acceptUrl);
      return `${url.pathname}${url.search}`;
    },
  },
  { name: 'the inbox', path: () => '/inbox', signedIn: true },
  { name: 'the profile', path: () => '/settings/profile', signedIn: true },
  { name: 'the notification preferences', path: () => '/settings/notifications', signedIn: true },
  { name: 'a match', path: () => `/matches/${f().match.id}`, signedIn: true },
  { name: 'a meeting', path: () => `/meetings/${f().meeting.id}`, signedIn: true },
  { name: "an NPC's workspace home", path: () => '/my', signedIn: true, as: DEMO.npc.email },
  { name: "a donor's workspace home", path: () => '/my', signedIn: true, as: DEMO.donor.email },
  { name: "a donor's matches", path: () => '/my/matches?status=SUGGESTED', signedIn: true, as: DEMO.donor.email },
  {
    name: 'a match the donor may express interest in',
    path: async () => {
      const { myMatches } = await gql<{ myMatches: { edges: { node: { id: string } }[] } }>(
        '{ myMatches(first: 1, filter: { statuses: [SUGGESTED] }) { edges { node { id } } } }',
        {},
        await tokenOf(DEMO.donor.email),
      );
      return `/matches/${myMatches.edges[0].node.id}`;
    },
    signedIn: true,
    as: DEMO.donor.email,
  },
  { name: "an NPC's needs", path: () => '/my/needs', signedIn: true, as: DEMO.npc.email },
  { name: 'a new need', path: () => '/needs/new', signedIn: true, as: DEMO.npc.email },
  { name: "an NPC's national report import", path: () => '/my/import', signedIn: true, as: DEMO.npc.email },
  {
    name: 'editing a need',
    path: async () => {
      const { createNeed } = await gql<{ createNeed: { id: string } }>(
        'mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
        { input: { stateIso3: 'GHA', title: `Stockpile fences ${unique()}`, problem: 'Two depots lack fences.', proposedActivities: 'Build fences.' } },
        await tokenOf(DEMO.npc.email),
      );
      return `/needs/${createNeed.id}/edit`;
    },
    signedIn: true,
    as: DEMO.npc.email,
  },
  {
    name: "a need seen by its State's NPC (quality meter, steps, history)",
    path: async () => {
      const npc = await tokenOf(DEMO.npc.email);
      const { createNeed } = await gql<{ createNeed: { id: string; version: number } }>(
        'mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id version } }',
        {
          input: {
            stateIso3: 'GHA',
            title: `Depot lighting ${unique()}`,
            problem: 'Two depots have no lighting at night.',
            proposedActivities: 'Install lights.',
          },
        },
        npc,
      );
      await gql(
        'mutation ($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }',
        { input: { needId: createNeed.id, expectedVersion: createNeed.version, priorityRank: 3 } },
        npc,
      );
      return `/needs/${createNeed.id}`;
    },
    signedIn: true,
    as: DEMO.npc.email,
  },
  { name: "a donor's offers", path: () => '/my/offers', signedIn: true, as: DEMO.donor.email },
  { name: 'a new offer', path: () => '/offers/new', signedIn: true, as: DEMO.donor.email },
  { name: 'editing an offer', path: async () => `/offers/${await donorDraft()}/edit`, signedIn: true, as: DEMO.donor.email },
  { name: 'an offer seen by its donor (its steps)', path: async () => `/offers/${await donorDraft()}`, signedIn: true, as: DEMO.donor.email },
  {
    name: "a donor's standing criteria, with the needs they fit now",
    path: async () => {
      const { createStandingCriteria } = await gql<{ createStandingCriteria: { id: string } }>(
        'mutation ($input: CreateStandingCriteriaInput!) { createStandingCriteria(input: $input) { id } }',
        { input: { organisationId: f().donor.id, name: `West Africa ${unique()}`, states: ['SEN', 'GHA'] } },
        await tokenOf(DEMO.donor.email),
      );
      return `/my/criteria?preview=${createStandingCriteria.id}`;
    },
    signedIn: true,
    as: DEMO.donor.email,
  },
  { name: "UNODA's GIS meetings desk", path: () => '/staff/meetings', signedIn: true },
  { name: 'a meeting in meeting mode', path: () => `/meetings/${f().meeting.id}/live`, signedIn: true },
  { name: "UNODA's proposal compiler", path: () => '/staff/proposals/new', signedIn: true },
  { name: "UNODA's proposals board", path: () => '/staff/proposals', signedIn: true },
  { name: 'a proposal seen by UNODA (its steps)', path: async () => `/proposals/${(await proposalAwaitingEndorsement()).id}`, signedIn: true },
  {
    name: "a proposal awaiting endorsement seen by its State's NPC (endorse, return, decline)",
    path: async () => `/proposals/${(await proposalAwaitingEndorsement()).id}`,
    signedIn: true,
    as: DEMO.npc.email,
  },
  {
    name: "a proposal's deal room seen by a donor (thread, an open revision's changes to accept, a revision to propose)",
    path: async () => `/proposals/${(await proposalInNegotiation()).id}?tab=deal`,
    signedIn: true,
    as: DEMO.donor.email,
  },
  {
    name: "a proposal's funding tab seen by a donor that is a party (its ledger steps)",
    path: async () => `/proposals/${(await proposalInNegotiation()).id}?tab=funding`,
    signedIn: true,
    as: DEMO.donor.email,
  },
  { name: "the administrators' organisations", path: () => '/admin/organisations', signedIn: true, as: DEMO.admin.email },
  {
    name: "an organisation's members and invitations, seen by an administrator",
    path: async () => {
      const { organisations } = await gql<{ organisations: { id: string; stateIso3: string | null }[] }>(
        '{ organisations(type: MEMBER_STATE) { id stateIso3 } }',
        {},
        await tokenOf(DEMO.admin.email),
      );
      await invite({ organisation: 'Ghana', role: 'NPC' });
      return `/admin/organisations/${organisations.find((o) => o.stateIso3 === 'GHA')!.id}`;
    },
    signedIn: true,
    as: DEMO.admin.email,
  },
  { name: 'the exchange rates, with the history of one currency', path: () => '/admin/rates?currency=EUR', signedIn: true, as: DEMO.admin.email },
  { name: "an administrator's workspace home", path: () => '/my', signedIn: true, as: DEMO.admin.email },
  {
    name: "a regional centre reviewer's review queue",
    path: async () => (await proposalInReview('2030-04-01'), '/my/reviews'),
    signedIn: true,
    as: DEMO.reviewer.email,
  },
  {
    name: "a proposal in technical review seen by its centre's reviewer (approve, return with comments)",
    path: async () => `/proposals/${(await proposalInReview('2030-04-02')).id}`,
    signedIn: true,
    as: DEMO.reviewer.email,
  },
  { name: "a regional centre reviewer's workspace home", path: () => '/my', signedIn: true, as: DEMO.reviewer.email },
  { name: "UNODA's workspace home", path: () => '/my', signedIn: true },
  {
    name: "UNODA's needs moderation queue, a resubmitted need open beside it",
    path: async () => {
      const [npc, moderator] = await Promise.all([tokenOf(DEMO.npc.email), tokenOf(DEMO.moderator.email)]);
      const { createNeed } = await gql<{ createNeed: { id: string } }>(
        'mutation ($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
        {
          input: {
            stateIso3: 'GHA',
            title: `Armoury doors ${unique()}`,
            problem: 'Two armouries have broken doors.',
            proposedActivities: 'Replace the doors.',
          },
        },
        npc,
      );
      const move = (name: string, token: string, reason?: string) =>
        gql(`mutation ($input: NeedTransitionInput!) { ${name}(input: $input) { id } }`, { input: { needId: createNeed.id, reason } }, token);
      await move('submitNeed', npc);
      await move('returnNeed', moderator, 'Give the size of each door.');
      await move('submitNeed', npc);
      return `/staff/moderation/needs?open=${createNeed.id}`;
    },
    signedIn: true,
  },
  { name: "UNODA's offers moderation queue", path: () => '/staff/moderation/offers', signedIn: true },
  { name: "UNODA's match review, a match's explanation beside it", path: () => `/staff/matches?match=${f().match.id}`, signedIn: true },
  { name: "UNODA's operations (rematch, failed e-mails, queue dashboard)", path: () => '/staff/operations', signedIn: true },
  { name: 'the not-found page', path: () => '/no-such-page', notFound: true },
];

/**
 * Each page is scanned in English, then switched to Arabic with the header's switcher and scanned
 * again: one load and one sign-in for both languages.
 */
for (const p of PAGES) {
  test(`${p.name} has no WCAG 2.1 A/AA violation, in English and in Arabic`, async ({ page }) => {
    const path = await p.path();
    if (p.signedIn) await openSignedIn(page, path, p.as ?? DEMO.moderator.email);
    else await page.goto(path);
    const found: Partial<Record<Locale, Awaited<ReturnType<typeof axeViolations>>>> = {};
    for (const locale of ['en', 'ar'] as const) {
      // Signed in, the page speaks the account's language (the demo reviewer's is French): English is chosen then.
      if ((await page.locator('html').getAttribute('lang')) !== locale) await chooseLanguage(page, locale);
      await settled(page);
      // The page itself, not a stand-in: a scan of the not-found page or of an error proves nothing.
      if (p.notFound) await expect(pageTitle(page)).toHaveText(t(locale, 'notFound.title'));
      else await expect(pageTitle(page)).not.toHaveText(t(locale, 'notFound.title'));
      await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
      found[locale] = await axeViolations(page);
    }
    expect(found).toEqual({ en: [], ar: [] });
  });
}
