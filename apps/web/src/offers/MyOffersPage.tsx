import { Anchor, Button, Group, NativeSelect } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { CursorPager } from '../common/CursorPager';
import { useEnumLabel } from '../common/labels';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { ExportMenu } from '../open-data/ExportMenu';
import { ExportOffersDocument } from '../open-data/exports.generated';
import { useStatusPaging } from '../common/useStatusPaging';
import type { OfferStatus } from '../gql/types';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { useSession } from '../session/SessionProvider';
import { donorOrganisation } from '../session/memberships';
import { MyOffersList } from './MyOffersList';
import { MyOffersDocument } from './workspace.generated';

/** The statuses a donor follows their offers through, in the order of the life cycle. */
const STATUSES: OfferStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'EXHAUSTED', 'EXPIRED', 'WITHDRAWN'];

/** `/my/offers`: the donor organisation's offers in every status, to write, submit and follow (status and page in the URL). */
export default function MyOffersPage() {
  const intl = useIntl();
  const label = useEnumLabel();
  const { user } = useSession();
  const donor = donorOrganisation(user);
  const { status, after, go } = useStatusPaging(STATUSES);
  // The list's filter; its export takes the same.
  const filter = { organisations: donor ? [donor.id] : [], statuses: status ? [status] : STATUSES };
  const [{ data, error }, refetch] = useQuery({
    query: MyOffersDocument,
    variables: {
      lang: toApiLanguage(intl.locale as Locale),
      filter,
      first: 20,
      after: after ?? undefined,
    },
    pause: !donor,
    requestPolicy: 'cache-and-network',
  });
  const title = intl.formatMessage({ id: 'offerWorkspace.myOffers' });
  if (!donor) {
    return (
      <>
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <EmptyState title={<FormattedMessage id="offerWorkspace.notDonor" />} hint={<FormattedMessage id="offerWorkspace.notDonorHint" />} />
      </>
    );
  }
  const offers = data?.offers;
  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <Anchor component={Link} href={`/donors/${donor.id}`} display="inline-block" mb="md">
        <FormattedMessage id="offerWorkspace.profileLink" />
      </Anchor>
      <Group justify="space-between" align="flex-end" mb="md">
        <NativeSelect
          label={intl.formatMessage({ id: 'workspace.statusFilter' })}
          value={status ?? ''}
          onChange={(e) => go({ status: (e.currentTarget.value as OfferStatus) || null })}
          data={[{ value: '', label: intl.formatMessage({ id: 'filters.any' }) }, ...STATUSES.map((s) => ({ value: s, label: label('offerStatus', s) }))]}
        />
        <Group gap="sm" align="flex-start">
          <ExportMenu document={ExportOffersDocument} variables={{ filter }} />
          <Button component={Link} href="/my/criteria" variant="default">
            <FormattedMessage id="criteria.title" />
          </Button>
          <Button component={Link} href="/offers/new">
            <FormattedMessage id="offerWorkspace.newOffer" />
          </Button>
        </Group>
      </Group>
      {error && !offers ? (
        <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !offers ? (
        <PageLoading />
      ) : offers.edges.length === 0 ? (
        <EmptyState title={<FormattedMessage id="offerWorkspace.noOffers" />} hint={<FormattedMessage id="offerWorkspace.noOffersHint" />} />
      ) : (
        <>
          <MyOffersList offers={offers.edges.map((e) => e.node)} />
          <CursorPager
            total={offers.totalCount}
            shown={offers.edges.length}
            hasNext={offers.pageInfo.hasNextPage}
            isFirst={!after}
            onNext={() => go({ after: offers.pageInfo.endCursor })}
            onFirst={() => go({ after: null })}
          />
        </>
      )}
    </>
  );
}
