import { lazy, Suspense, type ComponentType } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { PageLoading } from '../common/PageState';
import { RequireSignIn } from '../session/RequireSignIn';

/** Each page is its own chunk: the public needs page loads nothing of the personal ones. */
const page = <P extends object>(load: () => Promise<{ default: ComponentType<P> }>) => lazy(load);

const HomePage = page(() => import('../home/HomePage'));
const NeedsPage = page(() => import('../needs/NeedsPage'));
const NeedPage = page(() => import('../needs/NeedPage'));
const OffersPage = page(() => import('../offers/OffersPage'));
const OfferPage = page(() => import('../offers/OfferPage'));
const DonorPage = page(() => import('../donors/DonorPage'));
const ProposalsPage = page(() => import('../proposals/ProposalsPage'));
const ProposalPage = page(() => import('../proposals/ProposalPage'));
const MatchPage = page(() => import('../matching/MatchPage'));
const MeetingPage = page(() => import('../meetings/MeetingPage'));
const SignInPage = page(() => import('../identity/SignInPage'));
const InvitationPage = page(() => import('../identity/InvitationPage'));
const ProfilePage = page(() => import('../identity/ProfilePage'));
const InboxPage = page(() => import('../notifications/InboxPage'));
const PreferencesPage = page(() => import('../notifications/PreferencesPage'));
const NotFoundPage = page(() => import('../common/NotFoundPage'));

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

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Switch>
        <Route path="/" component={HomePage} />
        <Route path="/needs" component={NeedsPage} />
        <Route path="/needs/:id" component={NeedPage} />
        <Route path="/offers" component={OffersPage} />
        <Route path="/offers/:id" component={OfferPage} />
        <Route path="/donors/:organisationId" component={DonorPage} />
        <Route path="/proposals" component={ProposalsPage} />
        <Route path="/proposals/:id" component={ProposalPage} />
        <Route path="/matches/:id" component={SignedInMatchPage} />
        <Route path="/meetings/:id" component={SignedInMeetingPage} />
        <Route path="/sign-in" component={SignInPage} />
        <Route path="/invitations/accept" component={InvitationPage} />
        <Route path="/inbox" component={SignedInInboxPage} />
        {/* Older notifications and e-mails link to the inbox by this address. */}
        <Route path="/notifications">
          <Redirect to="/inbox" replace />
        </Route>
        <Route path="/settings/profile" component={SignedInProfilePage} />
        <Route path="/settings/notifications" component={SignedInPreferencesPage} />
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  );
}
