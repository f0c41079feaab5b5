import { Group, NativeSelect } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { CursorPager } from '../common/CursorPager';
import { useEnumLabel } from '../common/labels';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { ExportMenu } from '../open-data/ExportMenu';
import { ExportMyMatchesDocument } from '../open-data/exports.generated';
import { useStatusPaging } from '../common/useStatusPaging';
import type { MatchStatus } from '../gql/types';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { myState } from '../session/memberships';
import { useSession } from '../session/SessionProvider';
import { MatchesTable } from './MatchesTable';
import { donorOrganisation } from '../session/memberships';
import { MyMatchesDocument } from './workspace.generated';

const STATUSES: MatchStatus[] = ['SUGGESTED', 'CONFIRMED', 'INTEREST_EXPRESSED', 'INTEREST_ACCEPTED', 'INTEREST_DECLINED', 'DISMISSED', 'WITHDRAWN'];

/**
 * `/my/matches`: the matches of the State's needs (an NPC) or the organisation's offers (a donor),
 * best first; the live ones unless a status is chosen (status and page in the URL).
 */
export default function MyMatchesPage() {
  const intl = useIntl();
  const label = useEnumLabel();
  const { user } = useSession();
  const [npc, donor] = [!!myState(user), !!donorOrganisation(user)];
  const { status, after, go } = useStatusPaging(STATUSES);
  // The list's filter; its export takes the same.
  const filter = status ? { statuses: [status] } : undefined;
  const [{ data, error }, refetch] = useQuery({
    query: MyMatchesDocument,
    variables: { lang: toApiLanguage(intl.locale as Locale), filter, first: 20, after: after ?? undefined },
    pause: !npc && !donor,
    requestPolicy: 'cache-and-network',
  });
  const title = intl.formatMessage({ id: npc && !donor ? 'myMatches.titleNpc' : donor && !npc ? 'myMatches.titleDonor' : 'myMatches.title' });
  const matches = data?.myMatches;
  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      {!npc && !donor ? (
        <EmptyState title={<FormattedMessage id="myMatches.noSide" />} hint={<FormattedMessage id="myMatches.noSideHint" />} />
      ) : (
        <>
          <Group justify="space-between" align="flex-end" mb="md">
            <NativeSelect
              maw={320}
              label={intl.formatMessage({ id: 'myMatches.statusFilter' })}
              value={status ?? ''}
              onChange={(e) => go({ status: (e.currentTarget.value as MatchStatus) || null })}
              data={[
                { value: '', label: intl.formatMessage({ id: 'myMatches.live' }) },
                ...STATUSES.map((s) => ({ value: s, label: label('matchStatus', s) })),
              ]}
            />
            <ExportMenu document={ExportMyMatchesDocument} variables={{ filter }} />
          </Group>
          {error && !matches ? (
            <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
          ) : !matches ? (
            <PageLoading />
          ) : matches.edges.length === 0 ? (
            <EmptyState
              title={<FormattedMessage id="myMatches.none" />}
              hint={<FormattedMessage id={donor ? 'myMatches.noneHintDonor' : 'myMatches.noneHintNpc'} />}
            />
          ) : (
            <>
              <MatchesTable matches={matches.edges.map((e) => e.node)} />
              <CursorPager
                total={matches.totalCount}
                shown={matches.edges.length}
                hasNext={matches.pageInfo.hasNextPage}
                isFirst={!after}
                onNext={() => go({ after: matches.pageInfo.endCursor })}
                onFirst={() => go({ after: null })}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
