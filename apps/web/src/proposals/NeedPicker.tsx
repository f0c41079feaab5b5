import { Anchor, Button, Group, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { Money } from '../common/Money';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { SearchBox } from '../common/SearchBox';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { CompilerMatchesDocument, CompilerNeedsDocument, type CompilerNeedFragment } from './compiler.generated';
import type { DraftMatch } from './proposal-draft';

/**
 * The needs a proposal carries: those chosen, and where to choose more — published needs by
 * search in any language, or the matches UNODA confirmed (or a State accepted), which bring their
 * donor as a party.
 */
export function NeedPicker({
  chosen,
  chosenMatches,
  onAdd,
  onRemove,
}: {
  chosen: CompilerNeedFragment[];
  chosenMatches: string[];
  onAdd: (need: CompilerNeedFragment, match?: DraftMatch) => void;
  onRemove: (needId: string) => void;
}) {
  const intl = useIntl();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="compiler-needs">
      <Stack gap="sm">
        <Title order={2} size="h4" id="compiler-needs">
          <FormattedMessage id="compiler.needsTitle" values={{ count: chosen.length }} />
        </Title>
        {chosen.length === 0 ? (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="compiler.noNeedsYet" />
          </Text>
        ) : (
          <NeedRows
            needs={chosen}
            action={(n) => (
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                onClick={() => onRemove(n.id)}
                aria-label={intl.formatMessage({ id: 'compiler.removeNeed' }, { title: n.title })}
              >
                <FormattedMessage id="compiler.remove" />
              </Button>
            )}
          />
        )}
        <Tabs defaultValue="search" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="search">
              <FormattedMessage id="compiler.fromSearch" />
            </Tabs.Tab>
            <Tabs.Tab value="matches">
              <FormattedMessage id="compiler.fromMatches" />
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="search" pt="sm">
            <NeedSearch chosen={chosen} onAdd={onAdd} />
          </Tabs.Panel>
          <Tabs.Panel value="matches" pt="sm">
            <MatchChoices chosenMatches={chosenMatches} onAdd={onAdd} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Paper>
  );
}

function NeedRows({ needs, action }: { needs: CompilerNeedFragment[]; action: (n: CompilerNeedFragment) => React.ReactNode }) {
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <FormattedMessage id="compiler.colNeed" />
            </Table.Th>
            <Table.Th>
              <FormattedMessage id="compiler.colState" />
            </Table.Th>
            <Table.Th style={{ textAlign: 'end' }}>
              <FormattedMessage id="compiler.colBudget" />
            </Table.Th>
            <Table.Th>
              <FormattedMessage id="compiler.colAction" />
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {needs.map((n) => (
            <Table.Tr key={n.id}>
              <Table.Td>
                <Anchor component={Link} href={`/needs/${n.id}`} target="_blank" dir="auto">
                  {n.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{n.state?.name ?? <bdi>{n.stateIso3}</bdi>}</Table.Td>
              <Table.Td style={{ textAlign: 'end' }}>
                {n.budget ? <Money amount={n.budget.amount} currency={n.budget.currency} usd={n.budgetUsd} /> : '—'}
              </Table.Td>
              <Table.Td>{action(n)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function NeedSearch({ chosen, onAdd }: { chosen: CompilerNeedFragment[]; onAdd: (need: CompilerNeedFragment) => void }) {
  const intl = useIntl();
  const [search, setSearch] = useState('');
  const [{ data, error }, retry] = useQuery({
    query: CompilerNeedsDocument,
    variables: { search: search || undefined, lang: toApiLanguage(intl.locale as Locale), first: 10 },
  });
  const needs = data?.needs.edges.map((e) => e.node).filter((n) => !chosen.some((c) => c.id === n.id));
  return (
    <Stack gap="xs">
      <SearchBox
        value={search}
        onSearch={setSearch}
        label={intl.formatMessage({ id: 'compiler.searchNeeds' })}
        description={intl.formatMessage({ id: 'compiler.searchNeedsHint' })}
      />
      {error && !data ? (
        <PageError error={error} retry={() => retry({ requestPolicy: 'network-only' })} />
      ) : !needs ? (
        <PageLoading lines={3} />
      ) : needs.length === 0 ? (
        <EmptyState title={<FormattedMessage id="compiler.noNeedsFound" />} />
      ) : (
        <NeedRows
          needs={needs}
          action={(n) => (
            <Button size="compact-sm" variant="light" onClick={() => onAdd(n)} aria-label={intl.formatMessage({ id: 'compiler.addNeed' }, { title: n.title })}>
              <FormattedMessage id="compiler.add" />
            </Button>
          )}
        />
      )}
    </Stack>
  );
}

function MatchChoices({ chosenMatches, onAdd }: { chosenMatches: string[]; onAdd: (need: CompilerNeedFragment, match: DraftMatch) => void }) {
  const intl = useIntl();
  const [{ data, error }, retry] = useQuery({ query: CompilerMatchesDocument, variables: { lang: toApiLanguage(intl.locale as Locale) } });
  if (error && !data) return <PageError error={error} retry={() => retry({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageLoading lines={3} />;
  const matches = data.matchQueue.edges.map((e) => e.node).filter((m) => m.need?.status === 'PUBLISHED' && m.offer && !chosenMatches.includes(m.id));
  if (!matches.length) return <EmptyState title={<FormattedMessage id="compiler.noMatches" />} hint={<FormattedMessage id="compiler.noMatchesHint" />} />;
  return (
    <Stack gap="xs">
      {matches.map((m) => (
        <Group key={m.id} justify="space-between" wrap="wrap" gap="xs" data-testid={`match-${m.id}`}>
          <Text size="sm">
            <FormattedMessage
              id="compiler.matchLine"
              values={{
                need: <span dir="auto">{m.need!.title}</span>,
                state: m.need!.state?.name ?? m.need!.stateIso3,
                donor: <span dir="auto">{m.offer!.organisation?.name ?? ''}</span>,
                offer: <span dir="auto">{m.offer!.title}</span>,
              }}
            />{' '}
            <Anchor component={Link} href={`/matches/${m.id}`} target="_blank" size="sm">
              <FormattedMessage id="compiler.matchWhy" />
            </Anchor>
          </Text>
          <Button size="compact-sm" variant="light" onClick={() => onAdd(m.need!, { id: m.id, needId: m.need!.id, donorId: m.offer!.organisation!.id })}>
            <FormattedMessage id="compiler.addMatch" />
          </Button>
        </Group>
      ))}
    </Stack>
  );
}
