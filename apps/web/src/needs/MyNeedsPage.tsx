import { Anchor, Button, Group, NativeSelect, Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { ColumnHeads } from '../common/ColumnHeads';
import { CursorPager } from '../common/CursorPager';
import { useEnumLabel } from '../common/labels';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { ExportMenu } from '../open-data/ExportMenu';
import { ExportNeedsDocument } from '../open-data/exports.generated';
import { useStatusPaging } from '../common/useStatusPaging';
import { StatusBadge } from '../common/StatusBadge';
import { useDates } from '../common/useDates';
import type { NeedStatus } from '../gql/types';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { useSession } from '../session/SessionProvider';
import { myState } from '../session/memberships';
import { MyNeedsDocument } from './workspace.generated';

/** The statuses an NPC follows their needs through, in the order of the life cycle. */
const STATUSES: NeedStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'IN_PROPOSAL', 'PARTIALLY_FUNDED', 'FUNDED', 'WITHDRAWN', 'CLOSED', 'EXPIRED'];

/** `/my/needs`: the State's needs in every status, to write, submit and follow (status and page in the URL). */
export default function MyNeedsPage() {
  const intl = useIntl();
  const label = useEnumLabel();
  const dates = useDates();
  const { user } = useSession();
  const state = myState(user);
  const { status, after, go } = useStatusPaging(STATUSES);
  // The list's filter; its export takes the same.
  const filter = { states: state ? [state] : [], statuses: status ? [status] : STATUSES };
  const [{ data, error }, refetch] = useQuery({
    query: MyNeedsDocument,
    variables: {
      lang: toApiLanguage(intl.locale as Locale),
      filter,
      first: 20,
      after: after ?? undefined,
    },
    pause: !state,
    requestPolicy: 'cache-and-network',
  });
  const title = intl.formatMessage({ id: 'workspace.myNeeds' });
  if (!state) {
    return (
      <>
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <EmptyState title={<FormattedMessage id="workspace.notFocalPoint" />} hint={<FormattedMessage id="workspace.notFocalPointHint" />} />
      </>
    );
  }
  const needs = data?.needs;
  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <Group justify="space-between" align="flex-end" mb="md">
        <NativeSelect
          label={intl.formatMessage({ id: 'workspace.statusFilter' })}
          value={status ?? ''}
          onChange={(e) => go({ status: (e.currentTarget.value as NeedStatus) || null })}
          data={[{ value: '', label: intl.formatMessage({ id: 'filters.any' }) }, ...STATUSES.map((s) => ({ value: s, label: label('needStatus', s) }))]}
        />
        <Group gap="sm" align="flex-start">
          <ExportMenu document={ExportNeedsDocument} variables={{ filter }} />
          <Button component={Link} href="/my/import" variant="default">
            <FormattedMessage id="import.title" />
          </Button>
          <Button component={Link} href="/needs/new">
            <FormattedMessage id="workspace.newNeed" />
          </Button>
        </Group>
      </Group>
      {error && !needs ? (
        <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !needs ? (
        <PageLoading />
      ) : needs.edges.length === 0 ? (
        <EmptyState title={<FormattedMessage id="workspace.noNeeds" />} hint={<FormattedMessage id="workspace.noNeedsHint" />} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={720} type="native">
            <Table striped verticalSpacing="xs">
              <ColumnHeads columns={['needs.colTitle', 'workspace.colStatus', 'workspace.colQuality', 'workspace.colUpdated']} />
              <Table.Tbody>
                {needs.edges.map(({ node: n }) => (
                  <Table.Tr key={n.id}>
                    <Table.Td>
                      <Anchor component={Link} href={`/needs/${n.id}`} lang={n.originalLanguage.toLowerCase()} dir="auto" fw={600}>
                        {n.title}
                      </Anchor>
                      {n.returnReason && (
                        <Text size="sm" c="orange.9" dir="auto" lineClamp={2}>
                          <FormattedMessage id="workspace.returnedBecause" values={{ reason: n.returnReason }} />
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge family="needStatus" status={n.status} />
                    </Table.Td>
                    <Table.Td>{n.quality ? <FormattedMessage id="quality.score" values={{ score: n.quality.score }} /> : null}</Table.Td>
                    <Table.Td>{dates.instant(n.updatedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <CursorPager
            total={needs.totalCount}
            shown={needs.edges.length}
            hasNext={needs.pageInfo.hasNextPage}
            isFirst={!after}
            onNext={() => go({ after: needs.pageInfo.endCursor })}
            onFirst={() => go({ after: null })}
          />
        </>
      )}
    </>
  );
}
