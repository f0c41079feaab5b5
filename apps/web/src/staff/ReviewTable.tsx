import { Button, Checkbox, Stack, Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MatchRowFragment } from '../matching/workspace.generated';

const COLUMNS = ['review.colNeed', 'review.colOffer', 'review.colScore', 'review.colOpen'] as const;

/** A short name of a match for a screen reader and for a refusal: the need's title, then the offer's. */
export const matchName = (m: MatchRowFragment) => `${m.need?.title ?? '—'} ↔ ${m.offer?.title ?? '—'}`;

/**
 * The match queue as rows (all of the status the filter chose): select a row for a batch decision, open why it matched, or the need's
 * or the offer's whole list of matches beside the queue.
 */
export function ReviewTable({
  matches,
  selected,
  onToggle,
  onToggleAll,
  openKey,
  onOpen,
}: {
  matches: MatchRowFragment[];
  selected: Set<string>;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
  openKey: string | null;
  onOpen: (what: 'match' | 'need' | 'offer', id: string) => void;
}) {
  const intl = useIntl();
  const all = matches.length > 0 && matches.every((m) => selected.has(m.id));
  return (
    <Table.ScrollContainer minWidth={600} type="native">
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={40}>
              <Checkbox
                aria-label={intl.formatMessage({ id: 'review.selectAll' })}
                checked={all}
                indeterminate={!all && matches.some((m) => selected.has(m.id))}
                onChange={onToggleAll}
              />
            </Table.Th>
            {COLUMNS.map((c) => (
              <Table.Th key={c} scope="col" ta={c === 'review.colScore' ? 'end' : undefined}>
                <FormattedMessage id={c} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matches.map((m) => (
            <Table.Tr key={m.id} bg={openKey === `match:${m.id}` ? 'var(--mantine-color-blue-light)' : undefined}>
              <Table.Td>
                <Checkbox
                  aria-label={intl.formatMessage({ id: 'review.selectOne' }, { name: matchName(m) })}
                  checked={selected.has(m.id)}
                  onChange={() => onToggle(m.id)}
                />
              </Table.Td>
              <Table.Th scope="row" fw={400}>
                {m.need ? (
                  <>
                    <Text fw={600} size="sm" lang={m.need.originalLanguage.toLowerCase()} dir="auto">
                      {m.need.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {m.need.state.name}
                    </Text>
                  </>
                ) : (
                  <FormattedMessage id="match.needHidden" />
                )}
              </Table.Th>
              <Table.Td>
                {m.offer ? (
                  <>
                    <Text size="sm" lang={m.offer.originalLanguage.toLowerCase()} dir="auto">
                      {m.offer.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {m.offer.organisation.acronym ?? m.offer.organisation.name}
                    </Text>
                  </>
                ) : (
                  <FormattedMessage id="match.offerHidden" />
                )}
              </Table.Td>
              <Table.Td ta="end">
                <bdi>{m.score === null ? '—' : intl.formatNumber(m.score, { style: 'percent', maximumFractionDigits: 0 })}</bdi>
                {m.strong && (
                  <Text size="xs" fw={600}>
                    <FormattedMessage id="match.strong" />
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <Button
                    size="compact-sm"
                    variant={openKey === `match:${m.id}` ? 'filled' : 'light'}
                    onClick={() => onOpen('match', m.id)}
                    aria-label={intl.formatMessage({ id: 'review.whyOf' }, { name: matchName(m) })}
                  >
                    <FormattedMessage id="review.why" />
                  </Button>
                  {m.need && (
                    <Button
                      size="compact-sm"
                      variant={openKey === `need:${m.need.id}` ? 'filled' : 'subtle'}
                      onClick={() => onOpen('need', m.need!.id)}
                      aria-label={intl.formatMessage({ id: 'review.needMatchesOf' }, { title: m.need.title })}
                    >
                      <FormattedMessage id="review.needMatches" />
                    </Button>
                  )}
                  {m.offer && (
                    <Button
                      size="compact-sm"
                      variant={openKey === `offer:${m.offer.id}` ? 'filled' : 'subtle'}
                      onClick={() => onOpen('offer', m.offer!.id)}
                      aria-label={intl.formatMessage({ id: 'review.offerMatchesOf' }, { title: m.offer.title })}
                    >
                      <FormattedMessage id="review.offerMatches" />
                    </Button>
                  )}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
