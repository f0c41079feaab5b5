import { Table } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { MessageId } from '../i18n/messages';

/** A table's header row: one column header per message, in the reader's language. */
export function ColumnHeads({ ids }: { ids: MessageId[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {ids.map((id) => (
          <Table.Th key={id} scope="col">
            <FormattedMessage id={id} />
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}
