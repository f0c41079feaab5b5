import { Checkbox, Table, Text, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { moveTo, queueKey } from './queue-keys';
import { useWaiting } from './useWaiting';

const COLUMNS = ['moderation.colTitle', 'moderation.colWho', 'moderation.colWaiting', 'moderation.colScore'] as const;

/** A submitted need or offer as the queue lists it. */
export interface QueueItem {
  id: string;
  title: string;
  lang: string;
  version: number;
  waitingSeconds: number;
  /** The requesting State, or the donor. */
  who: string;
  /** The need's quality score; null for an offer. */
  score: number | null;
}

/**
 * The queue as a table, longest waiting first: a checkbox to select each row, its title to open it.
 * From the keyboard: j/k or the arrows move between rows, x selects, Enter or o opens (Tab reaches
 * every control too).
 */
export function QueueTable({
  items,
  selected,
  onToggle,
  onToggleAll,
  openId,
  onOpen,
  withScore,
}: {
  items: QueueItem[];
  selected: Set<string>;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
  openId: string | null;
  onOpen: (id: string) => void;
  withScore: boolean;
}) {
  const intl = useIntl();
  const waiting = useWaiting();
  const body = useRef<HTMLTableSectionElement>(null);
  const focusRow = (index: number) => body.current?.querySelector<HTMLElement>(`[data-row="${index}"]`)?.focus();
  // On phones one column: the title, with who, how long and the quality under it.
  const wide = useMediaQuery('(min-width: 48em)', true);
  const columns = COLUMNS.filter((c) => (wide ? withScore || c !== 'moderation.colScore' : c === 'moderation.colTitle'));
  const all = items.length > 0 && items.every((i) => selected.has(i.id));
  return (
    <Table.ScrollContainer minWidth={wide ? 560 : 0} type="native">
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={40}>
              <Checkbox
                aria-label={intl.formatMessage({ id: 'moderation.selectAll' })}
                checked={all}
                indeterminate={!all && items.some((i) => selected.has(i.id))}
                onChange={onToggleAll}
              />
            </Table.Th>
            {columns.map((c) => (
              <Table.Th key={c} scope="col" ta={c === 'moderation.colScore' ? 'end' : undefined}>
                <FormattedMessage id={c} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody
          ref={body}
          onKeyDown={(e) => {
            const key = queueKey(e);
            const row = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
            if (!key || !row) return;
            const index = Number(row.dataset.index);
            e.preventDefault();
            if (key === 'select') onToggle(items[index]!.id);
            else if (key === 'open') onOpen(items[index]!.id);
            else focusRow(moveTo(index, items.length, key));
          }}
        >
          {items.map((item, index) => (
            <Table.Tr
              key={item.id}
              data-index={index}
              bg={openId === item.id ? 'var(--mantine-color-blue-light)' : undefined}
              aria-current={openId === item.id ? 'true' : undefined}
            >
              <Table.Td>
                <Checkbox
                  aria-label={intl.formatMessage({ id: 'moderation.selectOne' }, { title: item.title })}
                  checked={selected.has(item.id)}
                  onChange={() => onToggle(item.id)}
                />
              </Table.Td>
              <Table.Th scope="row" fw={400}>
                <UnstyledButton
                  data-row={index}
                  onClick={() => onOpen(item.id)}
                  lang={item.lang}
                  dir="auto"
                  fw={600}
                  c="unBlue.8"
                  td="underline"
                  aria-keyshortcuts="j k x o"
                >
                  {item.title}
                </UnstyledButton>
                {!wide && (
                  <Text size="xs" c="dimmed">
                    <FormattedMessage
                      id={item.score === null ? 'moderation.rowDetails' : 'moderation.rowDetailsScore'}
                      values={{ who: item.who, time: waiting(item.waitingSeconds), score: item.score ?? 0 }}
                    />
                  </Text>
                )}
              </Table.Th>
              {wide && <Table.Td>{item.who}</Table.Td>}
              {wide && (
                <Table.Td>
                  <Text size="sm">{waiting(item.waitingSeconds)}</Text>
                </Table.Td>
              )}
              {wide && withScore && (
                <Table.Td ta="end">
                  <bdi>{item.score === null ? '—' : intl.formatNumber(item.score)}</bdi>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
