import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useClient, type CombinedError } from 'urql';
import { useRefusal } from '../common/useRefusal';
import { QueueDashboardLinkDocument } from './operations.generated';

/** The queue dashboard: the API gives a link valid for five minutes, opened in a new tab. */
export function DashboardLinkSection() {
  const client = useClient();
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<CombinedError | undefined>();
  const [busy, setBusy] = useState(false);
  const refusal = useRefusal(error);
  const anchor = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (link) anchor.current?.focus();
  }, [link]);
  const ask = async () => {
    setBusy(true);
    const r = await client.query(QueueDashboardLinkDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    setError(r.error);
    setLink(r.data?.queueDashboardLink ?? null);
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="dashboard-heading">
      <Title order={2} size="h3" id="dashboard-heading">
        <FormattedMessage id="operations.dashboardTitle" />
      </Title>
      <Text c="dimmed" size="sm">
        <FormattedMessage id="operations.dashboardIntro" />
      </Text>
      {link ? (
        <Anchor href={link} target="_blank" rel="noopener noreferrer" ref={anchor} fw={600} onClick={() => setLink(null)}>
          <FormattedMessage id="operations.openDashboard" />
        </Anchor>
      ) : (
        <Button variant="default" w="fit-content" loading={busy} onClick={() => void ask()}>
          <FormattedMessage id="operations.askDashboard" />
        </Button>
      )}
      {refusal && (
        <Alert color="red" role="alert">
          <FormattedMessage id={refusal.id} values={refusal.values} />
        </Alert>
      )}
    </Stack>
  );
}
