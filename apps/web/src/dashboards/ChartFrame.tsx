import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { MessageId } from '../i18n/messages';

/**
 * A dashboard section: its heading and what it counts, the chart or (toggled) the same figures as
 * a table, and the figures to download (`download`: the API's export of the same query). The
 * chart is never the only way to read them.
 */
export function ChartFrame(props: {
  id: string;
  heading: MessageId;
  hint?: ReactNode;
  controls?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  download: ReactNode;
}) {
  const [asTable, setAsTable] = useState(false);
  return (
    <section aria-labelledby={`${props.id}-title`} className="dashboard-section">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <div>
            <Title order={2} size="h3" id={`${props.id}-title`}>
              <FormattedMessage id={props.heading} />
            </Title>
            {props.hint && (
              <Text c="dimmed" size="sm">
                {props.hint}
              </Text>
            )}
          </div>
          <Group gap="xs" wrap="wrap">
            {props.controls}
            <Button variant="default" size="xs" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
              <FormattedMessage id={asTable ? 'dashboard.showChart' : 'dashboard.showTable'} />
            </Button>
            {props.download}
          </Group>
        </Group>
        {asTable ? props.table : props.chart}
      </Stack>
    </section>
  );
}
