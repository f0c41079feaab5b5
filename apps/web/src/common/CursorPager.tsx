import { Button, Group, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';

/**
 * Keyset paging: the next page by cursor, and back to the first; never page numbers that drift.
 * Without a total (a connection that does not count, such as the inbox) no count is shown.
 */
export function CursorPager({
  total,
  shown,
  onFirst,
  onNext,
  hasNext,
  isFirst,
}: {
  total?: number;
  shown: number;
  hasNext: boolean;
  isFirst: boolean;
  onNext: () => void;
  onFirst: () => void;
}) {
  return (
    <Group justify="space-between" mt="md" className="gis-no-print">
      <Text size="sm" c="dimmed" role="status">
        {total !== undefined && <FormattedMessage id="paging.count" values={{ shown, total }} />}
      </Text>
      <Group gap="sm">
        {!isFirst && (
          <Button variant="default" onClick={onFirst}>
            <FormattedMessage id="paging.first" />
          </Button>
        )}
        {hasNext && (
          <Button variant="default" onClick={onNext}>
            <FormattedMessage id="paging.next" />
          </Button>
        )}
      </Group>
    </Group>
  );
}
