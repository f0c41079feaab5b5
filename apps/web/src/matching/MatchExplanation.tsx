import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import { useEnumLabel } from '../common/labels';
import type { MatchDetailQuery } from './matching.generated';
import { ColumnHeads } from '../common/ColumnHeads';

type Explanation = MatchDetailQuery['match']['explanation'];

/**
 * Why the engine scored the pair as it did: the summary, why the State is eligible (or the
 * condition it fails), and each weighted criterion with its share, score and reason. The
 * sentences come from the API in the reader's language.
 */
export function MatchExplanation({
  explanation,
  compact = false,
}: {
  explanation: Explanation;
  /** Criteria as cards at any width (a narrow panel). */ compact?: boolean;
}) {
  const intl = useIntl();
  const label = useEnumLabel();
  const wide = useMediaQuery('(min-width: 48em)', true) && !compact;
  const percent = (x: number) => intl.formatNumber(x, { style: 'percent', maximumFractionDigits: 1 });
  const adds = (x: number) => intl.formatNumber(x, { maximumFractionDigits: 3, minimumFractionDigits: 2 });
  return (
    <Stack gap="md" lang={intl.locale}>
      <section aria-labelledby="match-why">
        <Title order={2} size="h4" id="match-why" mb="xs">
          <FormattedMessage id="match.why" />
        </Title>
        <Text>{explanation.summary}</Text>
      </section>
      {explanation.failedFilter && (
        <Text>
          <FormattedMessage id="match.failedFilter" values={{ filter: label('matchHardFilter', explanation.failedFilter) }} />
        </Text>
      )}
      {explanation.eligibility && (
        <section aria-labelledby="match-eligibility">
          <Title order={3} size="h5" id="match-eligibility" mb={4}>
            <FormattedMessage id="match.eligibility" values={{ basis: label('matchEligibilityBasis', explanation.eligibility.basis) }} />
          </Title>
          <Text>{explanation.eligibility.explanation}</Text>
        </section>
      )}
      {explanation.criteria.length > 0 && (
        <section aria-labelledby="match-criteria">
          <Title order={3} size="h5" id="match-criteria" mb="xs">
            <FormattedMessage id="match.criteria" />
          </Title>
          {wide ? (
            <Table.ScrollContainer minWidth={640} type="native">
              <Table verticalSpacing="xs" striped>
                <ColumnHeads
                  columns={[
                    'match.colCriterion',
                    { id: 'match.colWeight', end: true },
                    { id: 'match.colScore', end: true },
                    { id: 'match.colContribution', end: true },
                    'match.colReason',
                  ]}
                />
                <Table.Tbody>
                  {explanation.criteria.map((c) => (
                    <Table.Tr key={c.criterion}>
                      <Table.Th scope="row" fw={600}>
                        {label('matchCriterion', c.criterion)}
                      </Table.Th>
                      <Table.Td ta="end">
                        <bdi>{percent(c.weight)}</bdi>
                      </Table.Td>
                      <Table.Td ta="end">
                        <bdi>{percent(c.score)}</bdi>
                      </Table.Td>
                      <Table.Td ta="end">
                        <bdi>{adds(c.contribution)}</bdi>
                      </Table.Td>
                      <Table.Td>{c.explanation}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : (
            // On phones each criterion is a card: the reason stays readable without scrolling sideways.
            <Stack gap="xs">
              {explanation.criteria.map((c) => (
                <Card key={c.criterion} withBorder padding="sm" component="article">
                  <Text fw={600}>{label('matchCriterion', c.criterion)}</Text>
                  <Text size="sm" c="dimmed">
                    <FormattedMessage
                      id="match.criterionFigures"
                      values={{ weight: <bdi>{percent(c.weight)}</bdi>, score: <bdi>{percent(c.score)}</bdi>, adds: <bdi>{adds(c.contribution)}</bdi> }}
                    />
                  </Text>
                  <Text size="sm">{c.explanation}</Text>
                </Card>
              ))}
            </Stack>
          )}
          <Text size="sm" c="dimmed" mt="xs">
            <FormattedMessage id="match.criteriaHint" />
          </Text>
        </section>
      )}
    </Stack>
  );
}
