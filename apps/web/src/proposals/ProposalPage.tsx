import { Anchor, Group, Stack, Tabs, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import { PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { StatusBadge } from '../common/StatusBadge';
import { ProposalDetailDocument } from './proposals.generated';
import { toApiLanguage, type Locale } from '../i18n/locales';
import type { MessageId } from '../i18n/messages';
import { useSession } from '../session/SessionProvider';
import { partyName } from './proposal-parts';
import { ProposalBudget } from './ProposalBudget';
import { ProposalDocuments } from './ProposalDocuments';
import { ProposalFunding } from './ProposalFunding';
import { ProposalSummary } from './ProposalSummary';
import { DealRoom } from './DealRoom';
import { ProposalSteps } from './ProposalSteps';
import { ProposalOperations } from './ProposalOperations';
import { parseProposalTab, PROPOSAL_TABS, proposalTabString, type ProposalTab } from './proposals-query';

const TAB_LABELS: Record<ProposalTab, MessageId> = {
  summary: 'proposal.tabSummary',
  budget: 'proposal.tabBudget',
  funding: 'proposal.tabFunding',
  documents: 'proposal.tabDocuments',
  deal: 'proposal.tabDeal',
};

/** One proposal: what the API lets this visitor see of it, a tab at a time (the tab in the URL). */
export default function ProposalPage() {
  const { id } = useParams<{ id: string }>();
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const { status } = useSession();
  const [, navigate] = useLocation();
  const tab = parseProposalTab(useSearch());
  const [{ data, error }, refetch] = useQuery({
    query: ProposalDetailDocument,
    variables: { id, lang: toApiLanguage(locale) },
    // What is visible depends on the session: a signed-in party sees more than a visitor.
    pause: status === 'unknown',
  });
  const proposal = data?.proposal;
  if (error && !proposal) {
    return (
      <>
        <PageTitle documentTitle={intl.formatMessage({ id: 'proposal.title' })}>
          <FormattedMessage id="proposal.title" />
        </PageTitle>
        <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  }
  if (!proposal || !data) return <PageLoading />;
  const states = proposal.parties.filter((p) => p.kind === 'STATE').map((p) => partyName(p, locale));

  return (
    <Stack gap="md">
      <div>
        <Anchor component={Link} href="/proposals" size="sm" className="gis-no-print">
          <FormattedMessage id="proposal.backToProposals" />
        </Anchor>
        <Text size="sm" c="dimmed">
          <bdi>{proposal.reference}</bdi>
        </Text>
        <PageTitle documentTitle={`${proposal.reference} ${proposal.title}`}>
          <span dir="auto">{proposal.title}</span>
        </PageTitle>
        <Group gap="sm">
          <StatusBadge family="proposalStatus" status={proposal.status} />
          {states.length > 0 && (
            <Text size="sm">
              <FormattedMessage id="proposal.requestedBy" values={{ states: intl.formatList(states, { type: 'conjunction' }) }} />
            </Text>
          )}
        </Group>
      </div>
      {status === 'signedIn' && <ProposalSteps proposalId={proposal.id} />}
      {status === 'signedIn' && <ProposalOperations proposalId={proposal.id} />}
      <Tabs
        value={tab}
        onChange={(next) => next && navigate(`/proposals/${id}${proposalTabString(next as ProposalTab)}`, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List className="gis-no-print">
          {/* The deal room is the parties' (the API refuses others, and the tab says so): offered to visitors only by a link to it. */}
          {PROPOSAL_TABS.filter((t) => t !== 'deal' || status === 'signedIn' || tab === 'deal').map((t) => (
            <Tabs.Tab key={t} value={t}>
              <FormattedMessage id={TAB_LABELS[t]} />
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="summary" pt="md">
          <ProposalSummary proposal={proposal} regionalCentres={data.regionalOrganisations} />
        </Tabs.Panel>
        <Tabs.Panel value="budget" pt="md">
          <ProposalBudget proposal={proposal} />
        </Tabs.Panel>
        <Tabs.Panel value="funding" pt="md">
          <ProposalFunding proposal={proposal} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <ProposalDocuments proposal={proposal} />
        </Tabs.Panel>
        <Tabs.Panel value="deal" pt="md">
          <DealRoom proposal={proposal} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
