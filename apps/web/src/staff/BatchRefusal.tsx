import { Alert, List, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Refusal } from '../common/refusal';

/**
 * A batch the API refused (all or nothing): its sentence, then each item it refused (named as the
 * page names it) with the API's reason (`extensions.fields` at `<field>[<index>]`), and that
 * nothing changed.
 */
export function BatchRefusal({ refusal, field, items }: { refusal: Refusal; field: string; items: { key: string; label: string; lang?: string }[] }) {
  const intl = useIntl();
  const refused = items.flatMap((item, index) => {
    const problem = refusal.fields[`${field}[${index}]`];
    return problem ? [{ item, problem }] : [];
  });
  return (
    <Alert color="red" role="alert" title={intl.formatMessage({ id: refusal.id }, refusal.values)}>
      {refused.length > 0 && (
        <List size="sm" spacing={4}>
          {refused.map(({ item, problem }) => (
            <List.Item key={item.key}>
              <Text span fw={600} size="sm" lang={item.lang} dir="auto">
                {item.label}
              </Text>
              {intl.formatMessage({ id: 'moderation.refusedItemSeparator' })}
              <FormattedMessage id={problem.id} values={problem.values} />
            </List.Item>
          ))}
        </List>
      )}
      <Text size="sm" mt="xs">
        <FormattedMessage id="moderation.nothingChanged" />
      </Text>
    </Alert>
  );
}
