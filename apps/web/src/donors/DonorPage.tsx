import { Anchor, Badge, Group, Stack, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { Facts } from '../common/Facts';
import { useEnumLabel } from '../common/labels';
import { Money } from '../common/Money';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import NotFoundPage from '../common/NotFoundPage';
import { PageTitle } from '../common/PageTitle';
import { DonorProfileDocument } from './donors.generated';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { OffersTable } from '../offers/OffersTable';
import { useFilterChoices } from '../reference/useFilterChoices';
import { useSession } from '../session/SessionProvider';
import { isRecordId } from '../offers/offers-query';

/** A donor organisation: what its open offers cover, what remains of them, and the offers. */
export default function DonorPage() {
  const { organisationId } = useParams<{ organisationId: string }>();
  const intl = useIntl();
  const label = useEnumLabel();
  const { status } = useSession();
  const choices = useFilterChoices();
  const [{ data, error }, refetch] = useQuery({
    query: DonorProfileDocument,
    variables: { organisationId, lang: toApiLanguage(intl.locale as Locale) },
    pause: !isRecordId(organisationId),
  });
  if (!isRecordId(organisationId)) return <NotFoundPage />;
  const profile = data?.donorProfile;
  if (error && !profile) {
    return (
      <>
        <PageTitle documentTitle={intl.formatMessage({ id: 'donor.pageTitle' })}>
          <FormattedMessage id="donor.pageTitle" />
        </PageTitle>
        <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  }
  if (!profile) return <PageLoading />;
  const { organisation } = profile;
  // One run of text, so the acronym stays beside the name in a right-to-left page.
  const name = organisation.acronym && organisation.acronym !== organisation.name ? `${organisation.name} (${organisation.acronym})` : organisation.name;
  const none = <FormattedMessage id="common.notGiven" />;
  const namesOf = (codes: string[], list: { code: string; name: string }[] | undefined) =>
    codes.map((c) => list?.find((i) => i.code === c)?.name ?? c).join(' · ');

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} href="/offers" size="sm">
          <FormattedMessage id="donor.allOffers" />
        </Anchor>
        <PageTitle documentTitle={name}>
          <span dir="auto">{name}</span>
        </PageTitle>
        <Group gap="sm">
          <Badge variant="light" color="gray" radius="sm" tt="none" c="dark.8">
            {label('organisationType', organisation.type)}
          </Badge>
        </Group>
      </div>
      <Facts
        items={[
          {
            key: 'remaining',
            term: <FormattedMessage id="donor.remaining" />,
            value: profile.remaining.length ? (
              <Stack gap={2} component="span">
                {profile.remaining.map((r) => (
                  <span key={r.currency}>
                    <Money amount={r.amount} currency={r.currency} />
                  </span>
                ))}
              </Stack>
            ) : (
              <FormattedMessage id="donor.nothingRemaining" />
            ),
          },
          {
            key: 'remainingUsd',
            term: <FormattedMessage id="donor.remainingUsd" />,
            value: profile.remainingUsd ? <Money amount={profile.remainingUsd} currency="USD" /> : none,
          },
          { key: 'themes', term: <FormattedMessage id="donor.themes" />, value: namesOf(profile.thematicAreaCodes, choices?.thematicAreas) || none },
          {
            key: 'types',
            term: <FormattedMessage id="donor.assistanceTypes" />,
            value: namesOf(profile.assistanceTypeCodes, choices?.assistanceTypes) || none,
          },
        ]}
      />
      <section aria-labelledby="donor-offers">
        <Title order={2} size="h3" mb="sm" id="donor-offers">
          <FormattedMessage id="donor.openOffers" values={{ count: profile.openOffers.length }} />
        </Title>
        {profile.openOffers.length === 0 ? (
          <EmptyState
            title={<FormattedMessage id="donor.noOffersTitle" />}
            hint={
              <>
                <FormattedMessage id="donor.noOffersHint" />
                {status !== 'signedIn' && (
                  <>
                    {' '}
                    <FormattedMessage id="offers.signInForMore" />
                  </>
                )}
              </>
            }
          />
        ) : (
          <OffersTable offers={profile.openOffers} showDonor={false} />
        )}
      </section>
    </Stack>
  );
}
