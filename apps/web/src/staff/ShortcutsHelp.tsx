import { Code, List, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';

/** The queue's keyboard shortcuts, said on the page (folded). */
export function ShortcutsHelp() {
  const keys = [
    ['j', '↓', 'moderation.keyNext'],
    ['k', '↑', 'moderation.keyPrevious'],
    ['x', null, 'moderation.keySelect'],
    ['o', 'Enter', 'moderation.keyOpen'],
    ['Esc', null, 'moderation.keyClose'],
  ] as const;
  return (
    <details>
      <Text component="summary" size="sm" fw={600} style={{ cursor: 'pointer' }}>
        <FormattedMessage id="moderation.shortcuts" />
      </Text>
      <List size="sm" mt="xs" spacing={2}>
        {keys.map(([key, alt, id]) => (
          <List.Item key={id}>
            <Code>{key}</Code>
            {alt && (
              <>
                {' / '}
                <Code>{alt}</Code>
              </>
            )}{' '}
            <FormattedMessage id={id} />
          </List.Item>
        ))}
      </List>
      <Text size="sm" c="dimmed" mt={4}>
        <FormattedMessage id="moderation.shortcutsTab" />
      </Text>
    </details>
  );
}
