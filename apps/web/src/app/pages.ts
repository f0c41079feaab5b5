import type { Client } from '@urql/core';
import type { ComponentType } from 'react';
import type { Locale } from '../i18n/locales';

/**
 * The pages, each its own chunk, by path. main.tsx asks for the page of the address (and its first
 * query, where the page has a prefetch) at start, in parallel with the app and the reader's
 * catalogue instead of one after the other; the routes render the same modules.
 */
export interface Page {
  path: string;
  load: () => Promise<{ default: ComponentType<never> }>;
  /** A small module that asks the page's first query (see prefetch.ts), for pages that have one. */
  prefetch?: () => Promise<{ prefetch: (client: Client, search: string, locale: Locale) => void }>;
}

const page = (path: string, load: Page['load'], prefetch?: Page['prefetch']): Page => ({ path, load, prefetch });
const needEditor = () => import('../needs/NeedEditorPage');
const offerEditor = () => import('../offers/OfferEditorPage');
const compiler = () => import('../proposals/CompilerPage');

export const PAGES = {
  home: page('/', () => import('../home/HomePage')),
  needs: page(
    '/needs',
    () => import('../needs/NeedsPage'),
    () => import('../needs/needs-prefetch'),
  ),
  // Before `need`: "/needs/new" would read as the need whose id is "new".
  needNew: page('/needs/new', needEditor),
  needEdit: page('/needs/:id/edit', needEditor),
  need: page('/needs/:id', () => import('../needs/NeedPage')),
  myNeeds: page('/my/needs', () => import('../needs/MyNeedsPage')),
  myImport: page('/my/import', () => import('../needs/ImportPage')),
  workspace: page('/my', () => import('../home/WorkspaceHomePage')),
  myMatches: page('/my/matches', () => import('../matching/MyMatchesPage')),
  offers: page('/offers', () => import('../offers/OffersPage')),
  // Before `offer`: "/offers/new" would read as the offer whose id is "new".
  offerNew: page('/offers/new', offerEditor),
  offerEdit: page('/offers/:id/edit', offerEditor),
  offer: page('/offers/:id', () => import('../offers/OfferPage')),
  myOffers: page('/my/offers', () => import('../offers/MyOffersPage')),
  myCriteria: page('/my/criteria', () => import('../criteria/MyCriteriaPage')),
  myReviews: page('/my/reviews', () => import('../proposals/ReviewsPage')),
  adminOrganisations: page('/admin/organisations', () => import('../admin/OrganisationsPage')),
  adminOrganisation: page('/admin/organisations/:id', () => import('../admin/OrganisationPage')),
  adminRates: page('/admin/rates', () => import('../admin/RatesPage')),
  donor: page('/donors/:organisationId', () => import('../donors/DonorPage')),
  dashboard: page('/dashboard', () => import('../dashboards/DashboardPage')),
  openData: page('/open-data', () => import('../open-data/OpenDataPage')),
  proposals: page('/proposals', () => import('../proposals/ProposalsPage')),
  proposal: page('/proposals/:id', () => import('../proposals/ProposalPage')),
  proposalBoard: page('/staff/proposals', () => import('../proposals/ProposalBoardPage')),
  // Before the editor: "/staff/proposals/new" is not a proposal's id.
  proposalNew: page('/staff/proposals/new', compiler),
  proposalEdit: page('/staff/proposals/:id/edit', compiler),
  match: page('/matches/:id', () => import('../matching/MatchPage')),
  meeting: page('/meetings/:id', () => import('../meetings/MeetingPage')),
  meetingLive: page('/meetings/:id/live', () => import('../meetings/MeetingModePage')),
  meetingsDesk: page('/staff/meetings', () => import('../meetings/MeetingsDeskPage')),
  signIn: page('/sign-in', () => import('../identity/SignInPage')),
  invitation: page('/invitations/accept', () => import('../identity/InvitationPage')),
  inbox: page('/inbox', () => import('../notifications/InboxPage')),
  profile: page('/settings/profile', () => import('../identity/ProfilePage')),
  preferences: page('/settings/notifications', () => import('../notifications/PreferencesPage')),
  staffModerationNeeds: page('/staff/moderation/needs', () => import('../staff/NeedModerationPage')),
  staffModerationOffers: page('/staff/moderation/offers', () => import('../staff/OfferModerationPage')),
  staffMatches: page('/staff/matches', () => import('../staff/MatchReviewPage')),
  staffOperations: page('/staff/operations', () => import('../staff/OperationsPage')),
} satisfies Record<string, Page>;

type Module = { default: ComponentType<never> };
// By loader, not by page: two paths of one page (a need's editor) share what has arrived.
const loading = new Map<Page['load'], Promise<Module>>();
const modules = new Map<Page['load'], Module>();

/** The page's module, asked for once. */
export function loadPage(p: Page): Promise<Module> {
  let promise = loading.get(p.load);
  if (!promise) {
    promise = p.load().then(
      (m) => (modules.set(p.load, m), m),
      (error: unknown) => {
        loading.delete(p.load); // asked again on the next try, not failed for good
        throw error;
      },
    );
    loading.set(p.load, promise);
  }
  return promise;
}

/** The page's module if it has already arrived. */
export const loadedPage = (p: Page): Module | undefined => modules.get(p.load);

const PATTERNS = Object.values(PAGES).map((p) => ({ page: p, test: new RegExp(`^${p.path.replace(/:[^/]+/g, '[^/]+')}/?$`) }));

const pageAt = (pathname: string) => PATTERNS.find((p) => p.test.test(pathname))?.page;

/** Starts loading the page of `pathname`, if it is one of ours; a failure is left to the routes. */
export function preloadPage(pathname: string): Promise<unknown> {
  const page = pageAt(pathname);
  return page ? loadPage(page).catch(() => undefined) : Promise.resolve();
}

/** Asks the first query of the page at `location` with `client`, when that page has one to ask early; settles once asked. */
export function prefetchPage(client: Client, { pathname, search }: { pathname: string; search: string }, locale: Locale): Promise<void> {
  const prefetch = pageAt(pathname)?.prefetch;
  if (!prefetch) return Promise.resolve();
  return prefetch().then(
    (m) => m.prefetch(client, search, locale),
    () => undefined, // the page will ask for itself
  );
}
