import { Anchor, Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { ColumnHeads } from '../common/ColumnHeads';
import { StatusBadge } from '../common/StatusBadge';
import { useDates } from '../common/useDates';
import type { MatchRowFragment } from './workspace.generated';

/** Matches as rows: the need and its State, the offer and its donor, the score, the status, and a link to why. */
export function MatchesTable({ matches }: { matches: MatchRowFragment[] }) {
  const intl = useIntl();
  const dates = useDates();
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table striped verticalSpacing="xs">
        <ColumnHeads columns={['myMatches.colNeed', 'myMatches.colOffer', 'match.colScore', 'myMatches.colStatus', 'myMatches.colWhy']} />
        <Table.Tbody>
          {matches.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                {m.need ? (
                  <>
                    <Anchor component={Link} href={`/needs/${m.need.id}`} lang={m.need.originalLanguage.toLowerCase()} dir="auto" fw={600}>
                      {m.need.title}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {m.need.state.name}
                    </Text>
                  </>
                ) : (
                  <FormattedMessage id="match.needHidden" />
                )}
              </Table.Td>
              <Table.Td>
                {m.offer ? (
                  <>
                    <Anchor component={Link} href={`/offers/${m.offer.id}`} lang={m.offer.originalLanguage.toLowerCase()} dir="auto">
                      {m.offer.title}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {m.offer.organisation.acronym ?? m.offer.organisation.name}
                    </Text>
                  </>
                ) : (
                  <FormattedMessage id="match.offerHidden" />
                )}
              </Table.Td>
              <Table.Td>
                {m.score === null ? (
                  <FormattedMessage id="myMatches.notScored" />
                ) : (
                  <bdi>{intl.formatNumber(m.score, { style: 'percent', maximumFractionDigits: 0 })}</bdi>
                )}
                {m.strong && (
                  <Text size="xs" fw={600}>
                    <FormattedMessage id="match.strong" />
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <StatusBadge family="matchStatus" status={m.status} />
                <Text size="xs" c="dimmed">
                  {dates.instant(m.statusChangedAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} href={`/matches/${m.id}`}>
                  <FormattedMessage id="myMatches.open" />
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
