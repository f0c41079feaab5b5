import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useClient, type CombinedError } from 'urql';
import { useEnumLabel } from '../common/labels';
import { useRefusal } from '../common/useRefusal';
import type { Language } from '../gql/types';
import { MeetingPackFileDocument } from './meetings.generated';
import { LOCALES, NATIVE_NAMES, toApiLanguage } from '../i18n/locales';
import { packFileName } from './meeting-time';
import { ColumnHeads } from '../common/ColumnHeads';
import { saveFile } from '../common/download';

type Use = 'print' | 'download';

/** Prints a standalone HTML document through a hidden frame: the pack's own print styles apply. */
function printDocument(html: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  Object.assign(frame.style, { position: 'fixed', insetInlineStart: '0', insetBlockEnd: '0', width: '0', height: '0', border: '0' });
  frame.onload = () => {
    const win = frame.contentWindow;
    if (!win) return;
    win.addEventListener('afterprint', () => frame.remove());
    win.focus();
    win.print();
  };
  frame.srcdoc = html;
  document.body.appendChild(frame);
}

/**
 * The meeting pack in each of the six languages, to print (to paper or PDF) or download. Each
 * viewer's pack holds what that viewer may see; the API builds it.
 */
export function MeetingPack({ meetingId, startsAt }: { meetingId: string; startsAt: string }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const client = useClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<CombinedError | undefined>();
  const refusal = useRefusal(error);

  const get = async (language: Language, use: Use) => {
    setBusy(`${language}-${use}`);
    setError(undefined);
    const result = await client.query(MeetingPackFileDocument, { input: { meetingId, language } }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(null);
    const pack = result.data?.meetingPack;
    if (!pack) return setError(result.error);
    if (use === 'print') printDocument(pack.content);
    else saveFile(packFileName(pack.fileName, startsAt, language), pack.content, pack.mediaType || 'text/html;charset=utf-8');
  };

  return (
    <section aria-labelledby="meeting-pack" className="gis-no-print">
      <Title order={2} size="h4" id="meeting-pack" mb="xs">
        <FormattedMessage id="meeting.pack" />
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        <FormattedMessage id="meeting.packHint" />
      </Text>
      {refusal && (
        <Alert color="red" role="alert" mb="sm" title={intl.formatMessage({ id: 'meeting.packFailed' })}>
          <FormattedMessage id={refusal.id} values={refusal.values} />
        </Alert>
      )}
      <Table.ScrollContainer minWidth={360} type="native">
        <Table verticalSpacing={6}>
          <ColumnHeads columns={['meeting.packLanguage', 'meeting.packActions']} />
          <Table.Tbody>
            {LOCALES.map((l) => {
              const language = toApiLanguage(l);
              const name = label('language', language);
              return (
                <Table.Tr key={l}>
                  <Table.Th scope="row" fw={400}>
                    <Stack gap={0} align="flex-start">
                      <Text span lang={l} dir={l === 'ar' ? 'rtl' : 'ltr'} fw={600}>
                        {NATIVE_NAMES[l]}
                      </Text>
                      {l !== intl.locale && (
                        <Text span size="xs" c="dimmed">
                          {name}
                        </Text>
                      )}
                    </Stack>
                  </Table.Th>
                  <Table.Td>
                    <Group gap="xs" wrap="wrap">
                      <Button
                        size="xs"
                        variant="default"
                        loading={busy === `${language}-print`}
                        disabled={busy !== null}
                        aria-label={intl.formatMessage({ id: 'meeting.packPrintLabel' }, { language: name })}
                        onClick={() => void get(language, 'print')}
                      >
                        <FormattedMessage id="meeting.packPrint" />
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        loading={busy === `${language}-download`}
                        disabled={busy !== null}
                        aria-label={intl.formatMessage({ id: 'meeting.packDownloadLabel' }, { language: name })}
                        onClick={() => void get(language, 'download')}
                      >
                        <FormattedMessage id="meeting.packDownload" />
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
