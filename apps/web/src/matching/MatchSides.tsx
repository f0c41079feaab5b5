import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { Facts } from '../common/Facts';
import { Money } from '../common/Money';
import { StatusBadge } from '../common/StatusBadge';
import type { MatchDetailQuery } from './matching.generated';
import { formatLocalDate } from '../i18n/format';

type Match = MatchDetailQuery['match'];

/** The need and the offer side by side (stacked on phones), each linking to its page. */
export function MatchSides({ match }: { match: Match }) {
  const { locale } = useIntl();
  const { need, offer } = match;
  const hidden = (id: 'match.needHidden' | 'match.offerHidden') => (
    <Text c="dimmed">
      <FormattedMessage id={id} />
    </Text>
  );
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Card withBorder padding="md" component="section" aria-labelledby="match-need">
        <Stack gap="sm">
          <Title order={2} size="h4" id="match-need">
            <FormattedMessage id="match.theNeed" />
          </Title>
          {!need ? (
            hidden('match.needHidden')
          ) : (
            <>
              <Anchor component={Link} href={`/needs/${need.id}`} fw={600} lang={need.originalLanguage.toLowerCase()} dir="auto">
                {need.title}
              </Anchor>
              <StatusBadge family="needStatus" status={need.status} />
              <Facts
                items={[
                  { key: 'state', term: <FormattedMessage id="match.requestingState" />, value: need.state.name },
                  {
                    key: 'budget',
                    term: <FormattedMessage id="match.needBudget" />,
                    value: need.budget ? (
                      <Money amount={need.budget.amount} currency={need.budget.currency} usd={need.budgetUsd} rateDate={need.budgetUsdRateDate} />
                    ) : (
                      <FormattedMessage id="common.notGiven" />
                    ),
                  },
                  {
                    key: 'themes',
                    term: <FormattedMessage id="match.themes" />,
                    value: need.thematicAreas.map((a) => a.name).join(' · ') || <FormattedMessage id="common.notGiven" />,
                  },
                  { key: 'valid', term: <FormattedMessage id="match.validUntil" />, value: formatLocalDate(locale, need.validUntil) },
                ]}
              />
            </>
          )}
        </Stack>
      </Card>
      <Card withBorder padding="md" component="section" aria-labelledby="match-offer">
        <Stack gap="sm">
          <Title order={2} size="h4" id="match-offer">
            <FormattedMessage id="match.theOffer" />
          </Title>
          {!offer ? (
            hidden('match.offerHidden')
          ) : (
            <>
              <Anchor component={Link} href={`/offers/${offer.id}`} fw={600} lang={offer.originalLanguage.toLowerCase()} dir="auto">
                {offer.title}
              </Anchor>
              <Facts
                items={[
                  {
                    key: 'donor',
                    term: <FormattedMessage id="match.donor" />,
                    value: (
                      <Anchor component={Link} href={`/donors/${offer.organisationId}`}>
                        {offer.organisation.name}
                      </Anchor>
                    ),
                  },
                  {
                    key: 'remaining',
                    term: <FormattedMessage id="match.offerRemaining" />,
                    value: (
                      <Money
                        amount={offer.budget.remaining}
                        currency={offer.budget.currency}
                        usd={offer.budget.remainingUsd}
                        rateDate={offer.budget.usdRateDate}
                      />
                    ),
                  },
                  {
                    key: 'themes',
                    term: <FormattedMessage id="match.themes" />,
                    value: offer.thematicAreas.map((a) => a.name).join(' · ') || <FormattedMessage id="common.notGiven" />,
                  },
                  {
                    key: 'window',
                    term: <FormattedMessage id="match.available" />,
                    value: offer.availableUntil ? (
                      <FormattedMessage
                        id="match.availableRange"
                        values={{ start: formatLocalDate(locale, offer.availableFrom), end: formatLocalDate(locale, offer.availableUntil) }}
                      />
                    ) : (
                      <FormattedMessage id="match.availableFrom" values={{ start: formatLocalDate(locale, offer.availableFrom) }} />
                    ),
                  },
                ]}
              />
            </>
          )}
        </Stack>
      </Card>
    </SimpleGrid>
  );
}
