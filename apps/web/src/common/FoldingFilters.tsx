import { Button, Collapse, Stack } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

/**
 * A list's filters: beside the list on wide screens, folded behind a button saying how many are
 * set on narrow ones; "clear" while any is set.
 *
 * The fields are drawn once the list has answered and the browser is idle, as a transition: the
 * list the reader came for is drawn first (the fields cost as much as the rest of the page
 * together: docs/PERFORMANCE.md).
 */
export function FoldingFilters({ count, onClear, listShown, children }: { count: number; onClear: () => void; listShown: boolean; children: ReactNode }) {
  const wide = useMediaQuery('(min-width: 62em)', true);
  const [open, { toggle }] = useDisclosure(false);
  const ready = useIdleAfter(listShown);
  const fields = ready && (
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
      <Collapse expanded={open}>{open && fields}</Collapse>
    </>
  );
}

/** False until `after`, then until the browser has a moment with nothing to do (at most 300 ms); then true for good. */
function useIdleAfter(after: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!after || idle) return;
    const become = () => startTransition(() => setIdle(true));
    if (typeof requestIdleCallback === 'undefined') {
      const timer = setTimeout(become, 0);
      return () => clearTimeout(timer);
    }
    const id = requestIdleCallback(become, { timeout: 300 });
    return () => cancelIdleCallback(id);
  }, [after, idle]);
  return idle;
}
