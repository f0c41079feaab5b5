import { Button, Collapse, Stack } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

/**
 * A list's filters: beside the list on wide screens, folded behind a button saying how many are
 * set on narrow ones; "clear" while any is set.
 */
export function FoldingFilters({ count, onClear, children }: { count: number; onClear: () => void; children: ReactNode }) {
  const wide = useMediaQuery('(min-width: 62em)', true);
  const [open, { toggle }] = useDisclosure(false);
  const fields = (
    <Stack gap="sm">
      {children}
      {count > 0 && (
        <Button variant="subtle" onClick={onClear}>
          <FormattedMessage id="filters.clear" />
        </Button>
      )}
    </Stack>
  );
  if (wide) return fields;
  return (
    <>
      <Button variant="default" onClick={toggle} aria-expanded={open} mb="sm" fullWidth>
        <FormattedMessage id="filters.toggle" values={{ count }} />
      </Button>
      <Collapse expanded={open}>{fields}</Collapse>
    </>
  );
}
