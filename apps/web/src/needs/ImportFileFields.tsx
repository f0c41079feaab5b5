import { Button, Group, Input, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useEnumLabel } from '../common/labels';
import type { ImportFileFormat, Instrument, Language } from '../gql/types';
import { LOCALES, toApiLanguage } from '../i18n/locales';
import type { MessageId } from '../i18n/messages';
import { ACCEPTED } from './import-file';
import './import.css';

/** The report's metadata that a CSV file does not carry (JSON and XLSX files carry their own). */
export interface ReportMeta {
  instrument: Instrument | '';
  language: Language | '';
  year: string;
  sourceReference: string;
}

export const emptyReportMeta: ReportMeta = { instrument: '', language: '', year: '', sourceReference: '' };

const INSTRUMENTS: Instrument[] = ['POA', 'ITI'];

/** The file to import (a native file input, labelled) and, for CSV, the report's metadata. */
export function ImportFileFields({
  format,
  problem,
  meta,
  onFile,
  onMeta,
}: {
  format: ImportFileFormat | null;
  problem: string | null;
  meta: ReportMeta;
  onFile: (file: File | null) => void;
  onMeta: (meta: ReportMeta) => void;
}) {
  const intl = useIntl();
  const label = useEnumLabel();
  const [name, setName] = useState<string | null>(null);
  const t = (id: MessageId) => intl.formatMessage({ id });
  return (
    <Stack gap="md">
      <Input.Wrapper id="import-file" label={t('import.file')} description={t('import.fileHint')} error={problem} required>
        <Group gap="sm" mt={4} wrap="nowrap">
          <input
            id="import-file"
            className="gis-visually-hidden gis-file-input"
            type="file"
            accept={ACCEPTED}
            required
            aria-invalid={problem ? true : undefined}
            aria-describedby={`import-file-description${problem ? ' import-file-error' : ''}`}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0] ?? null;
              setName(file?.name ?? null);
              onFile(file);
            }}
          />
          <Button component="label" htmlFor="import-file" variant="default" className="gis-file-button" style={{ flexShrink: 0 }}>
            {t('import.chooseFile')}
          </Button>
          <Text size="sm" c={name ? undefined : 'dimmed'} truncate="end">
            {name ? <bdi>{name}</bdi> : t('import.noFile')}
          </Text>
        </Group>
      </Input.Wrapper>
      {format === 'CSV' && (
        <fieldset style={{ border: 0, padding: 0, margin: 0, minInlineSize: 0 }}>
          <legend style={{ padding: 0, marginBlockEnd: 8, fontWeight: 600 }}>{t('import.csvMeta')}</legend>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              label={t('import.instrument')}
              required
              value={meta.instrument}
              onChange={(e) => onMeta({ ...meta, instrument: e.currentTarget.value as Instrument | '' })}
              data={[{ value: '', label: t('import.choose') }, ...INSTRUMENTS.map((i) => ({ value: i, label: label('instrument', i) }))]}
            />
            <TextInput
              label={t('import.year')}
              required
              inputMode="numeric"
              value={meta.year}
              onChange={(e) => onMeta({ ...meta, year: e.currentTarget.value.replace(/\D/g, '').slice(0, 4) })}
            />
            <NativeSelect
              label={t('import.language')}
              required
              value={meta.language}
              onChange={(e) => onMeta({ ...meta, language: e.currentTarget.value as Language | '' })}
              data={[
                { value: '', label: t('import.choose') },
                ...LOCALES.map((l) => ({ value: toApiLanguage(l), label: label('language', toApiLanguage(l)) })),
              ]}
            />
            <TextInput
              label={t('import.sourceReference')}
              value={meta.sourceReference}
              onChange={(e) => onMeta({ ...meta, sourceReference: e.currentTarget.value })}
            />
          </SimpleGrid>
        </fieldset>
      )}
    </Stack>
  );
}
