import { Anchor, Divider, Group, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { Facts } from '../common/Facts';
import { useEnumLabel } from '../common/labels';
import { Money } from '../common/Money';
import { PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { RecordText } from '../common/RecordText';
import { StatusBadge } from '../common/StatusBadge';
import { useDates } from '../common/useDates';
import { NeedDetailDocument } from './needs.generated';
import { NeedHistory } from './NeedHistory';
import { NeedOwnerPanel } from './NeedOwnerPanel';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { ExpressInterest } from '../matching/ExpressInterest';
import { donorOrganisation, isModerator } from '../session/memberships';
import { NeedMatches } from '../matching/RecordMatches';
import { useSession } from '../session/SessionProvider';

export default function NeedPage() {
  const { id } = useParams<{ id: string }>();
  const intl = useIntl();
  const label = useEnumLabel();
  const dates = useDates();
  const { user } = useSession();
  const donor = donorOrganisation(user);
  const [{ data, error }, refetch] = useQuery({ query: NeedDetailDocument, variables: { id, lang: toApiLanguage(intl.locale as Locale) } });
  const need = data?.need;
  if (error && !need) return <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!need) return <PageLoading />;
  const none = <FormattedMessage id="common.notGiven" />;

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} href="/needs" size="sm">
          <FormattedMessage id="need.backToNeeds" />
        </Anchor>
        <PageTitle documentTitle={need.title}>
          <span lang={need.originalLanguage.toLowerCase()} dir="auto">
            {need.title}
          </span>
        </PageTitle>
        <Group gap="sm">
          <StatusBadge family="needStatus" status={need.status} />
          <Text size="sm">
            <FormattedMessage id="need.byState" values={{ state: need.state.name }} />
          </Text>
          {need.publishedAt && (
            <Text size="sm" c="dimmed">
              <FormattedMessage id="need.publishedOn" values={{ date: dates.instant(need.publishedAt) }} />
            </Text>
          )}
        </Group>
      </div>
      {need.quality && <NeedOwnerPanel need={{ ...need, quality: need.quality }} onChanged={() => refetch({ requestPolicy: 'network-only' })} />}
      <Facts
        items={[
          {
            key: 'budget',
            term: <FormattedMessage id="need.budget" />,
            value: need.budget ? (
              <Money amount={need.budget.amount} currency={need.budget.currency} usd={need.budgetUsd} rateDate={need.budgetUsdRateDate} />
            ) : (
              none
            ),
          },
          { key: 'themes', term: <FormattedMessage id="need.themes" />, value: need.thematicAreas.map((a) => a.name).join(' · ') || none },
          { key: 'types', term: <FormattedMessage id="need.assistanceTypes" />, value: need.assistanceTypes.map((a) => a.name).join(' · ') || none },
          {
            key: 'timeframe',
            term: <FormattedMessage id="need.timeframe" />,
            value:
              need.timeframe.start || need.timeframe.end ? (
                <FormattedMessage
                  id="need.timeframeRange"
                  values={{
                    start: need.timeframe.start ? dates.date(need.timeframe.start) : '…',
                    end: need.timeframe.end ? dates.date(need.timeframe.end) : '…',
                  }}
                />
              ) : (
                none
              ),
          },
          { key: 'validUntil', term: <FormattedMessage id="need.validUntil" />, value: dates.date(need.validUntil) },
          { key: 'priority', term: <FormattedMessage id="need.priority" />, value: need.priorityRank ?? none },
          { key: 'visibility', term: <FormattedMessage id="need.visibility" />, value: label('needVisibility', need.visibility) },
          {
            key: 'paragraphs',
            term: <FormattedMessage id="need.references" />,
            value: [...need.poaParagraphs.map((p) => `PoA ${p}`), ...need.itiParagraphs.map((p) => `ITI ${p}`)].join(', ') || none,
          },
          { key: 'source', term: <FormattedMessage id="need.source" />, value: need.sourceRef ? <bdi>{need.sourceRef}</bdi> : none },
        ]}
      />
      <Divider />
      <RecordText
        preferred={toApiLanguage(intl.locale as Locale)}
        versions={[
          // The record's own text fields are the original; `translations` adds the others.
          { ...need, language: need.originalLanguage, isOriginal: true, translationKind: null },
          ...need.translations.filter((t) => !t.isOriginal && t.language !== need.originalLanguage),
        ].map((t) => ({
          language: t.language,
          isOriginal: t.isOriginal,
          translationKind: t.translationKind,
          sections: [
            { id: 'text.problem', body: t.problem },
            { id: 'text.proposedActivities', body: t.proposedActivities },
            { id: 'text.alreadyDone', body: t.alreadyDone },
            { id: 'text.nationalContribution', body: t.nationalContribution },
          ],
        }))}
      />
      {/* Matches are shown to those who see the meter: the State's focal points and UNODA. */}
      {need.quality && need.publishedAt && <NeedMatches needId={need.id} />}
      {isModerator(user) && need.status === 'PUBLISHED' && (
        <Anchor component={Link} href={`/staff/proposals/new?need=${need.id}`}>
          <FormattedMessage id="compiler.fromThisNeed" />
        </Anchor>
      )}
      {donor && need.status === 'PUBLISHED' && <ExpressInterest needId={need.id} organisationId={donor.id} />}
      {need.history && need.history.length > 0 && <NeedHistory entries={need.history} />}
    </Stack>
  );
}
