import { Anchor, Divider, Group, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { PageError, PageLoading } from '../common/PageState';
import NotFoundPage from '../common/NotFoundPage';
import { PageTitle } from '../common/PageTitle';
import { RecordText } from '../common/RecordText';
import { StatusBadge } from '../common/StatusBadge';
import { useDates } from '../common/useDates';
import { OfferDetailDocument } from './offers.generated';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { OfferConditions } from './OfferConditions';
import { OfferContact } from './OfferContact';
import { OfferEligibility } from './OfferEligibility';
import { OfferFacts } from './OfferFacts';
import { TranslatedTitle } from './TranslatedTitle';
import { isRecordId } from './offers-query';
import { OfferMatches } from '../matching/RecordMatches';
import { isDonorOf } from '../session/memberships';
import { OfferOwnerPanel } from './OfferOwnerPanel';
import { useSession } from '../session/SessionProvider';

/** One offer: what the donor gives, to whom, how much is left, and its text in each language. */
export default function OfferPage() {
  const { id } = useParams<{ id: string }>();
  const intl = useIntl();
  const dates = useDates();
  const { user } = useSession();
  const [{ data, error }, refetch] = useQuery({
    query: OfferDetailDocument,
    variables: { id, lang: toApiLanguage(intl.locale as Locale) },
    pause: !isRecordId(id),
  });
  if (!isRecordId(id)) return <NotFoundPage />;
  const offer = data?.offer;
  if (error && !offer) {
    return (
      <>
        <PageTitle documentTitle={intl.formatMessage({ id: 'offer.pageTitle' })}>
          <FormattedMessage id="offer.pageTitle" />
        </PageTitle>
        <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  }
  if (!offer) return <PageLoading />;
  const donor = offer.organisation.acronym ? `${offer.organisation.name} (${offer.organisation.acronym})` : offer.organisation.name;

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} href="/offers" size="sm">
          <FormattedMessage id="offer.backToOffers" />
        </Anchor>
        <PageTitle documentTitle={offer.title}>
          <span lang={offer.originalLanguage.toLowerCase()} dir="auto">
            {offer.title}
          </span>
        </PageTitle>
        <TranslatedTitle original={offer.originalLanguage} text={offer.text} size="md" />
        <Group gap="sm" mt="xs">
          <StatusBadge family="offerStatus" status={offer.status} />
          <Text size="sm">
            <FormattedMessage
              id="offer.byDonor"
              values={{
                donor: (
                  <Anchor component={Link} href={`/donors/${offer.organisationId}`} dir="auto">
                    {donor}
                  </Anchor>
                ),
              }}
            />
          </Text>
          {offer.publishedAt && (
            <Text size="sm" c="dimmed">
              <FormattedMessage id="offer.publishedOn" values={{ date: dates.instant(offer.publishedAt) }} />
            </Text>
          )}
        </Group>
      </div>
      {isDonorOf(user, offer.organisationId) && <OfferOwnerPanel offer={offer} onChanged={() => refetch({ requestPolicy: 'network-only' })} />}
      <OfferFacts offer={offer} />
      <Group align="flex-start" gap="xl" wrap="wrap">
        <OfferEligibility eligibility={offer.eligibility} />
        <OfferContact name={offer.contactName} email={offer.contactEmail} />
      </Group>
      <Divider />
      <RecordText
        preferred={toApiLanguage(intl.locale as Locale)}
        versions={[
          { language: offer.originalLanguage, isOriginal: true, translationKind: null, sections: [{ id: 'text.description', body: offer.description }] },
          ...offer.translations
            .filter((t) => !t.isOriginal && t.language !== offer.originalLanguage)
            .map((t) => ({
              language: t.language,
              isOriginal: false,
              translationKind: t.translationKind,
              sections: [{ id: 'text.description' as const, body: t.description }],
            })),
        ]}
      />
      <OfferConditions conditions={offer.conditions} language={offer.originalLanguage} />
      {offer.publishedAt && (user?.roles.includes('UNODA_MODERATOR') || isDonorOf(user, offer.organisationId)) && <OfferMatches offerId={offer.id} />}
    </Stack>
  );
}
