import { Alert, Button, Loader, Menu, Stack, Text } from '@mantine/core';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, type AnyVariables, type CombinedError } from 'urql';
import { Link } from 'wouter';
import { downloadFrom } from '../common/download';
import { useRefusal } from '../common/useRefusal';
import type { ExportFormat, Language } from '../gql/types';
import { toApiLanguage, type Locale } from '../i18n/locales';

/** What every export mutation of exports.graphql answers (the same alias in each). */
type ExportResult = { link: { path: string; fileName: string } };
type ExportVariables<V> = V & { format: ExportFormat; lang?: Language | null };

const FORMATS: { format: ExportFormat; label: 'exports.csv' | 'exports.xlsx' }[] = [
  { format: 'CSV', label: 'exports.csv' },
  { format: 'XLSX', label: 'exports.xlsx' },
];

/**
 * "Download" with a menu of formats, for a list or a dashboard's section. It asks the page's export
 * mutation with the variables of the list on screen (so the file holds what the reader sees, as
 * the API says it in their language), then downloads the short-lived link it answers (same origin:
 * the link is the credential, no token travels). A refusal is said here, beside the button.
 * `subject` names what is downloaded where a page has several (a dashboard's sections).
 */
export function ExportMenu<V extends AnyVariables>(props: { document: TypedDocumentNode<ExportResult, ExportVariables<V>>; variables: V; subject?: string }) {
  const intl = useIntl();
  const [{ fetching }, execute] = useMutation(props.document);
  const [error, setError] = useState<CombinedError | undefined>();
  const [started, setStarted] = useState<string | null>(null);
  const refusal = useRefusal(error);

  const choose = async (format: ExportFormat) => {
    if (fetching) return;
    setError(undefined);
    setStarted(null);
    const variables = { ...props.variables, format, lang: toApiLanguage(intl.locale as Locale) } as ExportVariables<V>;
    const result = await execute(variables, { requestPolicy: 'network-only' });
    if (!result.data) return setError(result.error);
    downloadFrom(result.data.link.path, result.data.link.fileName);
    setStarted(result.data.link.fileName);
  };

  const name = props.subject ? intl.formatMessage({ id: 'exports.downloadOf' }, { subject: props.subject }) : undefined;
  return (
    <Stack gap={0} align="flex-end">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            size="xs"
            aria-haspopup="menu"
            aria-busy={fetching}
            aria-label={name}
            data-busy={fetching || undefined}
            leftSection={fetching ? <Loader size={12} /> : undefined}
          >
            <FormattedMessage id="exports.download" />
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <FormattedMessage id="exports.menuLabel" />
          </Menu.Label>
          {FORMATS.map(({ format, label }) => (
            <Menu.Item key={format} disabled={fetching} onClick={() => void choose(format)}>
              <FormattedMessage id={label} />
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item component={Link} href="/open-data">
            <FormattedMessage id="exports.about" />
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {/* Said to screen readers too: the file being made, then on its way (the browser's download is silent). */}
      <Text size="xs" c="dimmed" role="status" aria-live="polite" mt={fetching || started ? 4 : 0}>
        {fetching ? <FormattedMessage id="exports.preparing" /> : started && <FormattedMessage id="exports.started" values={{ fileName: started }} />}
      </Text>
      {refusal && (
        <Alert color="red" role="alert" title={intl.formatMessage({ id: 'exports.refused' })} maw={420} mt="xs">
          <FormattedMessage id={refusal.id} values={refusal.values} />
          {Object.entries(refusal.fields).map(([field, problem]) => (
            <Text key={field} size="sm">
              <FormattedMessage id={problem.id} values={problem.values} />
            </Text>
          ))}
        </Alert>
      )}
    </Stack>
  );
}
