import { Alert, Button, Checkbox, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { PageError, PageLoading } from '../common/PageState';
import { useDates } from '../common/useDates';
import { useRefusal } from '../common/useRefusal';
import { FailedEmailsDocument, RedriveEmailsDocument } from './operations.generated';
import { useSelection } from './useSelection';

const COLUMNS = ['operations.colRecipient', 'operations.colSubject', 'operations.colAttempts', 'operations.colError', 'operations.colFailedAt'] as const;

/** E-mails that failed after their last attempt: select some and send them again; how many went is said. */
export function FailedEmailsSection() {
  const intl = useIntl();
  const dates = useDates();
  const [{ data, error }, refetch] = useQuery({ query: FailedEmailsDocument, requestPolicy: 'cache-and-network' });
  const [redriven, redrive] = useMutation(RedriveEmailsDocument);
  const { selected, toggle, toggleAll, clear } = useSelection();
  const [sent, setSent] = useState<number | null>(null);
  const refusal = useRefusal(redriven.error);
  const emails = data?.failedEmails;
  const all = !!emails?.length && emails.every((e) => selected.has(e.id));
  return (
    <Stack gap="sm" component="section" aria-labelledby="failed-heading">
      <Title order={2} size="h3" id="failed-heading">
        <FormattedMessage id="operations.failedTitle" />
      </Title>
      {sent !== null && (
        <Alert color="green" role="status">
          <FormattedMessage id="operations.redriven" values={{ count: sent }} />
        </Alert>
      )}
      {refusal && (
        <Alert color="red" role="alert">
          <FormattedMessage id={refusal.id} values={refusal.values} />
        </Alert>
      )}
      {error && !data ? (
        <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !emails ? (
        <PageLoading lines={3} />
      ) : emails.length === 0 ? (
        <Text size="sm" c="dimmed" role="status">
          <FormattedMessage id="operations.noFailed" />
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={720} type="native">
            <Table verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={40}>
                    <Checkbox
                      aria-label={intl.formatMessage({ id: 'operations.selectAllEmails' })}
                      checked={all}
                      onChange={() => toggleAll(emails.map((e) => e.id))}
                    />
                  </Table.Th>
                  {COLUMNS.map((c) => (
                    <Table.Th key={c} scope="col">
                      <FormattedMessage id={c} />
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {emails.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>
                      <Checkbox
                        aria-label={intl.formatMessage({ id: 'operations.selectEmail' }, { email: e.email, subject: e.subject })}
                        checked={selected.has(e.id)}
                        onChange={() => toggle(e.id)}
                      />
                    </Table.Td>
                    <Table.Th scope="row" fw={400}>
                      <bdi>{e.email}</bdi>
                    </Table.Th>
                    <Table.Td>
                      <bdi>{e.subject}</bdi>
                    </Table.Td>
                    <Table.Td>
                      <bdi>{intl.formatNumber(e.attempts)}</bdi>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" dir="ltr" style={{ overflowWrap: 'anywhere' }}>
                        {e.error ?? '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>{dates.instant(e.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Button
            w="fit-content"
            disabled={!selected.size}
            loading={redriven.fetching}
            onClick={() =>
              void redrive({ ids: [...selected] }).then((r) => {
                if (r.error) return;
                setSent(r.data?.redriveEmails ?? 0);
                clear();
                refetch({ requestPolicy: 'network-only' });
              })
            }
          >
            <FormattedMessage id="operations.redrive" values={{ count: selected.size }} />
          </Button>
        </>
      )}
    </Stack>
  );
}
