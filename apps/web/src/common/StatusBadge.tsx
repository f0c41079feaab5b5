import { Badge } from '@mantine/core';
import type { EnumFamily } from '../i18n/families';
import { useEnumLabel } from './labels';

/** Colour by what the status means for the reader; the word always says it (never colour alone). */
const TONE: Record<string, string> = {
  PUBLISHED: 'teal',
  OPEN_FOR_FUNDING: 'teal',
  FUNDED: 'green',
  PARTIALLY_FUNDED: 'lime',
  COMMITTED: 'green',
  DISBURSED: 'green',
  CONFIRMED: 'green',
  SUBMITTED: 'blue',
  RETURNED: 'orange',
  DRAFT: 'gray',
  WITHDRAWN: 'gray',
  CLOSED: 'gray',
  EXPIRED: 'red',
  DISMISSED: 'gray',
  DECLINED: 'red',
  IN_IMPLEMENTATION: 'green',
  COMPLETED: 'green',
  ON_HOLD: 'orange',
  CANCELLED: 'gray',
  HELD: 'green',
  SCHEDULED: 'blue',
  INTEREST_ACCEPTED: 'green',
  INTEREST_DECLINED: 'red',
};

export function StatusBadge({ family, status }: { family: EnumFamily; status: string }) {
  const label = useEnumLabel();
  return (
    <Badge color={TONE[status] ?? 'blue'} variant="light" radius="sm" tt="none" c="dark.8">
      {label(family, status)}
    </Badge>
  );
}
