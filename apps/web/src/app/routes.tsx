import { lazy, Suspense, type ComponentType } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { PageLoading } from '../common/PageState';
import { RequireSignIn } from '../session/RequireSignIn';
import { loadedPage, loadPage, PAGES, type Page } from './pages';

/**
 * A page as a lazy component. When main.tsx has already loaded its module it is handed over at
 * once (a thenable that resolves synchronously): the first render does not suspend and draw a
 * loading state for a frame.
 */
function lazyPage<P extends object>(p: Page): ComponentType<P> {
  type Module = { default: ComponentType<P> };
  return lazy(() => {
    const module = loadedPage(p) as Module | undefined;
    if (module) return { then: (resolve: (m: Module) => void) => resolve(module) } as Promise<Module>;
    return loadPage(p) as Promise<Module>;
  });
}

const HomePage = lazyPage(PAGES.home);
const NeedsPage = lazyPage(PAGES.needs);
const NeedPage = lazyPage(PAGES.need);
const NeedEditorPage = lazyPage(PAGES.needNew);
const MyNeedsPage = lazyPage(PAGES.myNeeds);
const ImportPage = lazyPage(PAGES.myImport);
const WorkspaceHomePage = lazyPage(PAGES.workspace);
const MyMatchesPage = lazyPage(PAGES.myMatches);
const OffersPage = lazyPage(PAGES.offers);
const OfferPage = lazyPage(PAGES.offer);
const OfferEditorPage = lazyPage(PAGES.offerNew);
const MyOffersPage = lazyPage(PAGES.myOffers);
const MyCriteriaPage = lazyPage(PAGES.myCriteria);
const ReviewsPage = lazyPage(PAGES.myReviews);
const AdminOrganisationsPage = lazyPage(PAGES.adminOrganisations);
const AdminOrganisationPage = lazyPage(PAGES.adminOrganisation);
const AdminRatesPage = lazyPage(PAGES.adminRates);
const DonorPage = lazyPage(PAGES.donor);
const DashboardPage = lazyPage(PAGES.dashboard);
const OpenDataPage = lazyPage(PAGES.openData);
const ProposalsPage = lazyPage(PAGES.proposals);
const ProposalPage = lazyPage(PAGES.proposal);
const MatchPage = lazyPage(PAGES.match);
const ProposalBoardPage = lazyPage(PAGES.proposalBoard);
const CompilerPage = lazyPage(PAGES.proposalNew);
const MeetingPage = lazyPage(PAGES.meeting);
const MeetingModePage = lazyPage(PAGES.meetingLive);
const MeetingsDeskPage = lazyPage(PAGES.meetingsDesk);
const SignInPage = lazyPage(PAGES.signIn);
const InvitationPage = lazyPage(PAGES.invitation);
const ProfilePage = lazyPage(PAGES.profile);
const InboxPage = lazyPage(PAGES.inbox);
const PreferencesPage = lazyPage(PAGES.preferences);
const NeedModerationPage = lazyPage(PAGES.staffModerationNeeds);
const OfferModerationPage = lazyPage(PAGES.staffModerationOffers);
const MatchReviewPage = lazyPage(PAGES.staffMatches);
const OperationsPage = lazyPage(PAGES.staffOperations);
const NotFoundPage = lazy(() => import('../common/NotFoundPage'));

/** A personal page: signed-out visitors go to sign-in, then come back. */
export const signedIn = <P extends object>(Page: ComponentType<P>) =>
  function SignedInPage(props: P) {
    return (
      <RequireSignIn>
        <Page {...props} />
      </RequireSignIn>
    );
  };

// Made once: a wrapper made during render would be a new component each time, and remount the page.
const SignedInProfilePage = signedIn(ProfilePage);
const SignedInInboxPage = signedIn(InboxPage);
const SignedInPreferencesPage = signedIn(PreferencesPage);
const SignedInMatchPage = signedIn(MatchPage);
const SignedInMeetingPage = signedIn(MeetingPage);
const SignedInMeetingModePage = signedIn(MeetingModePage);
const SignedInMeetingsDeskPage = signedIn(MeetingsDeskPage);
const SignedInNeedEditorPage = signedIn(NeedEditorPage);
const SignedInMyNeedsPage = signedIn(MyNeedsPage);
const SignedInImportPage = signedIn(ImportPage);
const SignedInWorkspaceHomePage = signedIn(WorkspaceHomePage);
const SignedInMyMatchesPage = signedIn(MyMatchesPage);
const SignedInOfferEditorPage = signedIn(OfferEditorPage);
const SignedInMyOffersPage = signedIn(MyOffersPage);
const SignedInMyCriteriaPage = signedIn(MyCriteriaPage);
const SignedInProposalBoardPage = signedIn(ProposalBoardPage);
const SignedInCompilerPage = signedIn(CompilerPage);
const SignedInReviewsPage = signedIn(ReviewsPage);
const SignedInAdminOrganisationsPage = signedIn(AdminOrganisationsPage);
const SignedInAdminOrganisationPage = signedIn(AdminOrganisationPage);
const SignedInAdminRatesPage = signedIn(AdminRatesPage);
const SignedInNeedModerationPage = signedIn(NeedModerationPage);
const SignedInOfferModerationPage = signedIn(OfferModerationPage);
const SignedInMatchReviewPage = signedIn(MatchReviewPage);
const SignedInOperationsPage = signedIn(OperationsPage);

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Switch>
        <Route path={PAGES.home.path} component={HomePage} />
        <Route path={PAGES.needs.path} component={NeedsPage} />
        <Route path={PAGES.needNew.path} component={SignedInNeedEditorPage} />
        <Route path={PAGES.needEdit.path} component={SignedInNeedEditorPage} />
        <Route path={PAGES.need.path} component={NeedPage} />
        <Route path={PAGES.myNeeds.path} component={SignedInMyNeedsPage} />
        <Route path={PAGES.myImport.path} component={SignedInImportPage} />
        <Route path={PAGES.workspace.path} component={SignedInWorkspaceHomePage} />
        <Route path={PAGES.myMatches.path} component={SignedInMyMatchesPage} />
        <Route path={PAGES.offers.path} component={OffersPage} />
        <Route path={PAGES.offerNew.path} component={SignedInOfferEditorPage} />
        <Route path={PAGES.offerEdit.path} component={SignedInOfferEditorPage} />
        <Route path={PAGES.offer.path} component={OfferPage} />
        <Route path={PAGES.myOffers.path} component={SignedInMyOffersPage} />
        <Route path={PAGES.myCriteria.path} component={SignedInMyCriteriaPage} />
        <Route path={PAGES.myReviews.path} component={SignedInReviewsPage} />
        <Route path={PAGES.adminOrganisations.path} component={SignedInAdminOrganisationsPage} />
        <Route path={PAGES.adminOrganisation.path} component={SignedInAdminOrganisationPage} />
        <Route path={PAGES.adminRates.path} component={SignedInAdminRatesPage} />
        <Route path={PAGES.donor.path} component={DonorPage} />
        <Route path={PAGES.dashboard.path} component={DashboardPage} />
        <Route path={PAGES.openData.path} component={OpenDataPage} />
        <Route path={PAGES.proposals.path} component={ProposalsPage} />
        <Route path={PAGES.proposal.path} component={ProposalPage} />
        <Route path={PAGES.proposalBoard.path} component={SignedInProposalBoardPage} />
        <Route path={PAGES.proposalNew.path} component={SignedInCompilerPage} />
        <Route path={PAGES.proposalEdit.path} component={SignedInCompilerPage} />
        <Route path={PAGES.match.path} component={SignedInMatchPage} />
        <Route path={PAGES.meeting.path} component={SignedInMeetingPage} />
        <Route path={PAGES.meetingLive.path} component={SignedInMeetingModePage} />
        <Route path={PAGES.meetingsDesk.path} component={SignedInMeetingsDeskPage} />
        <Route path={PAGES.signIn.path} component={SignInPage} />
        <Route path={PAGES.invitation.path} component={InvitationPage} />
        <Route path={PAGES.inbox.path} component={SignedInInboxPage} />
        {/* Older notifications and e-mails link to the inbox by this address. */}
        <Route path="/notifications">
          <Redirect to="/inbox" replace />
        </Route>
        <Route path={PAGES.profile.path} component={SignedInProfilePage} />
        <Route path={PAGES.preferences.path} component={SignedInPreferencesPage} />
        <Route path={PAGES.staffModerationNeeds.path} component={SignedInNeedModerationPage} />
        <Route path={PAGES.staffModerationOffers.path} component={SignedInOfferModerationPage} />
        <Route path={PAGES.staffMatches.path} component={SignedInMatchReviewPage} />
        <Route path={PAGES.staffOperations.path} component={SignedInOperationsPage} />
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  );
}
