import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import type { MessageId } from '../i18n/messages';

/** A card lists the first few; its link shows them all. */
const MAX_SHOWN = 5;

export interface WaitingItem {
  key: string;
  href: string;
  /** The record's own words (a title), in its language. */
  label: string;
  lang?: string;
  detail?: ReactNode;
}

/**
 * One kind of thing waiting for the reader: how many, the first few with links, and where to see
 * them all; an empty card says there is nothing (so the reader knows it was checked).
 */
export function WaitingCard({
  heading,
  count,
  items,
  empty,
  all,
}: {
  heading: MessageId;
  count: number;
  items: WaitingItem[];
  empty: MessageId;
  all?: { href: string; id: MessageId; always?: boolean };
}) {
  const intl = useIntl();
  const id = `waiting-${heading.replace(/\W/g, '-')}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={2} size="h4" id={id}>
            <FormattedMessage id={heading} />
          </Title>
          <Badge
            style={{ flexShrink: 0 }}
            variant={count ? 'filled' : 'outline'}
            color={count ? 'blue' : 'gray'}
            c={count ? undefined : 'dark.6'}
            aria-label={intl.formatMessage({ id: 'workspaceHome.count' }, { count })}
          >
            {intl.formatNumber(count)}
          </Badge>
        </Group>
        {items.length === 0 ? (
          <Text c="dimmed" size="sm">
            <FormattedMessage id={empty} />
          </Text>
        ) : (
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.slice(0, MAX_SHOWN).map((item) => (
              <li key={item.key}>
                <Anchor component={Link} href={item.href} lang={item.lang} dir="auto" fw={600} size="sm">
                  {item.label}
                </Anchor>
                {item.detail && (
                  <Text size="xs" c="dimmed" dir="auto">
                    {item.detail}
                  </Text>
                )}
              </li>
            ))}
          </Stack>
        )}
        {all && (count > Math.min(items.length, MAX_SHOWN) || all.always) && (
          <Anchor component={Link} href={all.href} size="sm">
            <FormattedMessage id={all.id} values={{ count }} />
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}
