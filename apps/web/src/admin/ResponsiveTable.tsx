import { Table } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { ColumnHeads } from '../common/ColumnHeads';
import type { MessageId } from '../i18n/messages';
import { RowCards } from '../proposals/RowCards';

export interface Row {
  key: string;
  /** One cell per column; the first is the row's heading on a phone. */
  cells: ReactNode[];
}

/** A table on wide screens, the same rows as cards on phones (never both in the page). */
export function ResponsiveTable({ columns, rows, caption }: { columns: MessageId[]; rows: Row[]; caption?: ReactNode }) {
  const wide = useMediaQuery('(min-width: 48em)', true);
  if (!wide) {
    return (
      <RowCards
        rows={rows.map((r) => ({
          key: r.key,
          heading: r.cells[0],
          facts: columns.slice(1).map((c, i) => ({ term: <FormattedMessage id={c} />, value: r.cells[i + 1] })),
        }))}
      />
    );
  }
  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table striped verticalSpacing="xs">
        {caption && <Table.Caption>{caption}</Table.Caption>}
        <ColumnHeads columns={columns} />
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              {r.cells.map((cell, i) => (
                <Table.Td key={i}>{cell}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
