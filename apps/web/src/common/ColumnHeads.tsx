import { Table } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { MessageId } from '../i18n/messages';

/** A column: its message, or the message with its values, aligned to the end for amounts and figures. */
export type Column = MessageId | { id: MessageId; end?: boolean; values?: Record<string, string> };

/** A table's header row: one column header per message, in the reader's language (`false`: a column not shown). */
export function ColumnHeads({ columns }: { columns: readonly (Column | false)[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column) => {
          if (column === false) return null;
          const { id, end, values } = typeof column === 'string' ? { id: column } : column;
          return (
            <Table.Th key={id} scope="col" ta={end ? 'end' : undefined}>
              <FormattedMessage id={id} values={values} />
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );
}
