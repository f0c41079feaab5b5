import { FormattedMessage } from 'react-intl';
import { useQuery } from 'urql';
import { Money } from '../common/Money';
import { PageError, PageLoading } from '../common/PageState';
import { PartyProposalsDocument, type PartyProposalsQuery } from './workspace.generated';
import { DealRoomCard } from './DealRoomCard';
import { WaitingCard } from './WaitingCard';

type Proposal = PartyProposalsQuery['active']['edges'][number]['node'];
const item = (p: Proposal, detail?: React.ReactNode) => ({ key: p.id, href: `/proposals/${p.id}`, label: p.title, detail: detail ?? <bdi>{p.reference}</bdi> });

/**
 * What the proposals the reader's organisations are parties to ask of them: revisions waiting for
 * their agreement, outcome reports due, and (donors) pledges not yet committed.
 */
export function PartyCards({ organisations, pledges }: { organisations: string[]; pledges?: boolean }) {
  // Its own request beside the home's: the two together would pass the API's cost limit.
  const [{ data, error }, refetch] = useQuery({ query: PartyProposalsDocument, requestPolicy: 'cache-and-network' });
  if (error && !data) return <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageLoading lines={3} />;
  const proposals = data.active.edges.map((e) => e.node);
  const mine = (id: string | null | undefined) => !!id && organisations.includes(id);
  const revisions = proposals.flatMap((p) =>
    p.revisions
      .filter((r) => r.status === 'OPEN' && r.awaitingAcceptanceFrom.some(mine))
      .map((r) => ({
        ...item(p, <FormattedMessage id="workspaceHome.revisionNumber" values={{ number: r.number, reference: <bdi>{p.reference}</bdi> }} />),
        key: r.id,
        href: `/proposals/${p.id}?tab=deal`,
      })),
  );
  const reports = proposals.filter((p) => p.outcomeReportsDue.some((o) => mine(o.id))).map((p) => item(p));
  const pledged = proposals.flatMap((p) =>
    p.contributions
      .filter((c) => c.status === 'PLEDGED' && mine(c.organisationId))
      .map((c) => ({
        ...item(
          p,
          c.trancheNumber === null ? (
            <FormattedMessage id="workspaceHome.pledgeOf" values={{ amount: <Money amount={c.amount} currency={c.currency} /> }} />
          ) : (
            <FormattedMessage
              id="workspaceHome.pledgeOfTranche"
              values={{ amount: <Money amount={c.amount} currency={c.currency} />, tranche: c.trancheNumber }}
            />
          ),
        ),
        key: c.id,
        href: `/proposals/${p.id}?tab=funding`,
      })),
  );
  return (
    <>
      <DealRoomCard />
      <WaitingCard heading="workspaceHome.revisions" count={revisions.length} items={revisions} empty="workspaceHome.noRevisions" />
      <WaitingCard heading="workspaceHome.outcomeReports" count={reports.length} items={reports} empty="workspaceHome.noOutcomeReports" />
      {pledges && <WaitingCard heading="workspaceHome.pledges" count={pledged.length} items={pledged} empty="workspaceHome.noPledges" />}
    </>
  );
}
