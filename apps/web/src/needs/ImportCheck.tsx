import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ImportProblems } from './ImportProblems';
import type { ImportNationalReportMutation } from './import.generated';

type Result = ImportNationalReportMutation['importNationalReport'];

/** The dry run: what the import would do, every problem at its place, and "Import" only when the file is clean. */
export function ImportCheck({ result, importing, onImport }: { result: Result; importing: boolean; onImport: () => void }) {
  const intl = useIntl();
  return (
    <Stack gap="md">
      {result.valid ? (
        <Alert color="teal" title={intl.formatMessage({ id: 'import.checkedClean' })} role="status">
          <FormattedMessage id="import.wouldDo" values={{ rows: result.rows, created: result.created, updated: result.updated, skipped: result.skipped }} />
        </Alert>
      ) : (
        <Alert color="red" title={intl.formatMessage({ id: 'import.checkedErrors' }, { count: result.errors.length })} role="alert">
          <FormattedMessage id="import.fixAndCheck" />
        </Alert>
      )}
      {result.errors.length > 0 && <ImportProblems problems={result.errors} kind="errors" />}
      {result.warnings.length > 0 && <ImportProblems problems={result.warnings} kind="warnings" />}
      {result.valid && (
        <Group gap="sm">
          <Button onClick={onImport} loading={importing}>
            <FormattedMessage id="import.import" />
          </Button>
          <Text size="sm" c="dimmed">
            <FormattedMessage id="import.asDrafts" />
          </Text>
        </Group>
      )}
    </Stack>
  );
}
