import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MessageId } from '../i18n/messages';
import { downloadCsv } from './csv';

/**
 * A dashboard section: its heading and what it counts, the chart or (toggled) the same figures as
 * a table, and the figures to download as CSV. The chart is never the only way to read them.
 */
export function ChartFrame(props: {
  id: string;
  heading: MessageId;
  hint?: ReactNode;
  controls?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  csv: () => { fileName: string; content: string };
}) {
  const intl = useIntl();
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
            <Button
              variant="default"
              size="xs"
              onClick={() => {
                const { fileName, content } = props.csv();
                downloadCsv(fileName, content);
              }}
              aria-label={intl.formatMessage({ id: 'dashboard.downloadCsvOf' }, { chart: intl.formatMessage({ id: props.heading }) })}
            >
              <FormattedMessage id="dashboard.downloadCsv" />
            </Button>
          </Group>
        </Group>
        {asTable ? props.table : props.chart}
      </Stack>
    </section>
  );
}
