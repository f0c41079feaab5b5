import { Group, List, Progress, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MessageId } from '../i18n/messages';

export interface Quality {
  score: number;
  checks: { code: string; passed: boolean; weight: number }[];
}

/**
 * The API's quality meter: the score, and each check with what would pass it (said by code in
 * the reader's language). The API computes it; this only shows it.
 */
export function QualityMeter({ quality, busy = false }: { quality: Quality; busy?: boolean }) {
  const intl = useIntl();
  const passed = quality.checks.filter((c) => c.passed).length;
  return (
    <Stack gap="xs" aria-busy={busy}>
      <Group justify="space-between">
        <Text fw={600}>
          <FormattedMessage id="quality.title" />
        </Text>
        <Text fw={600}>
          <FormattedMessage id="quality.score" values={{ score: quality.score }} />
        </Text>
      </Group>
      <Progress.Root>
        {/* The section is the progressbar: it carries the name. */}
        <Progress.Section
          value={quality.score}
          color={passed === quality.checks.length ? 'teal' : 'orange'}
          aria-label={intl.formatMessage({ id: 'quality.title' })}
        />
      </Progress.Root>
      <Text size="sm" role="status">
        <FormattedMessage
          id={passed === quality.checks.length ? 'quality.allPassed' : 'quality.passedCount'}
          values={{ passed, total: quality.checks.length }}
        />
      </Text>
      <List size="sm" spacing={4} listStyleType="none" ps={0}>
        {quality.checks.map((check) => (
          <List.Item key={check.code}>
            <Text size="sm" span c={check.passed ? 'teal.9' : undefined}>
              {intl.formatMessage({ id: check.passed ? 'quality.passed' : 'quality.missing' })}{' '}
            </Text>
            <Text size="sm" span fw={check.passed ? 400 : 600}>
              {intl.formatMessage({ id: `qualityCheck.${check.code}` as MessageId })}
            </Text>
            {!check.passed && (
              <Text size="sm" c="dimmed">
                {intl.formatMessage({ id: `qualityHint.${check.code}` as MessageId })}{' '}
                <FormattedMessage id="quality.points" values={{ points: check.weight }} />
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
