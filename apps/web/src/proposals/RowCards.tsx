import { Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface RowCard {
  key: string;
  heading: ReactNode;
  facts: { term: ReactNode; value: ReactNode }[];
}

/** A table's rows as cards on phones: each row's cells as a short description list, nothing scrolled out of sight. */
export function RowCards({ rows }: { rows: RowCard[] }) {
  return (
    <Stack gap="xs">
      {rows.map((r) => (
        <Card key={r.key} withBorder padding="sm" component="article">
          <Text fw={600} mb={4}>
            {r.heading}
          </Text>
          <Stack component="dl" gap={2} m={0}>
            {r.facts
              .filter((f) => f.value !== '' && f.value !== null)
              .map((f, i) => (
                <Group key={i} justify="space-between" gap="xs" wrap="wrap">
                  <Text component="dt" size="sm" c="dimmed">
                    {f.term}
                  </Text>
                  {/* Long codes (a file's media type) wrap instead of leaving the card. */}
                  <Text component="dd" size="sm" my={0} me={0} ms="auto" ta="end" style={{ overflowWrap: 'anywhere' }}>
                    {f.value}
                  </Text>
                </Group>
              ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
