import { Alert, Anchor, List, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { ImportProblems } from './ImportProblems';
import { ImportedDraftsDocument, type ImportNationalReportMutation } from './import.generated';

type Result = ImportNationalReportMutation['importNationalReport'];

/** What the import did, with the way to the drafts it wrote (found by their report, newest first). */
export function ImportOutcome({ result, stateIso3 }: { result: Result; stateIso3: string }) {
  const intl = useIntl();
  const reportId = result.report?.id;
  const [{ data }] = useQuery({ query: ImportedDraftsDocument, variables: { states: [stateIso3] }, pause: !reportId, requestPolicy: 'network-only' });
  const drafts = (data?.needs.edges ?? []).map((e) => e.node).filter((n) => n.report?.id === reportId);
  return (
    <Stack gap="md">
      <Alert color="teal" title={intl.formatMessage({ id: 'import.done' })} role="status">
        <FormattedMessage id="import.did" values={{ created: result.created, updated: result.updated, skipped: result.skipped }} />
      </Alert>
      {result.warnings.length > 0 && <ImportProblems problems={result.warnings} kind="warnings" />}
      {drafts.length > 0 && (
        <section aria-labelledby="import-drafts">
          <Title order={2} size="h4" id="import-drafts" mb="xs">
            <FormattedMessage id="import.draftsTitle" />
          </Title>
          <List spacing={4}>
            {drafts.map((n) => (
              <List.Item key={n.id}>
                {n.sourceRef && (
                  <Text span c="dimmed" me="xs">
                    <bdi>{n.sourceRef}</bdi>
                  </Text>
                )}
                <Anchor component={Link} href={`/needs/${n.id}`} lang={n.originalLanguage.toLowerCase()} dir="auto">
                  {n.title}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </section>
      )}
      <Anchor component={Link} href="/my/needs?status=DRAFT">
        <FormattedMessage id="import.toDrafts" />
      </Anchor>
    </Stack>
  );
}
