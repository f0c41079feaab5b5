import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A record's facts as a description list: term and value, two or three columns when wide. */
export function Facts({ items }: { items: { term: ReactNode; value: ReactNode; key: string }[] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm" m={0}>
      {items.map((i) => (
        <Stack key={i.key} gap={2}>
          <Text component="dt" size="sm" c="dimmed">
            {i.term}
          </Text>
          <Text component="dd" m={0}>
            {i.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
