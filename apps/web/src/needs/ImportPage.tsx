import { Alert, Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { Link, useSearch } from 'wouter';
import { EmptyState } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { useRefusal } from '../common/useRefusal';
import type { ImportFileFormat, ImportNationalReportInput } from '../gql/types';
import { useSession } from '../session/SessionProvider';
import { ImportCheck } from './ImportCheck';
import { ImportFileFields, emptyReportMeta, type ReportMeta } from './ImportFileFields';
import { ImportOutcome } from './ImportOutcome';
import { formatOf, MAX_BYTES, readAsBase64 } from './import-file';
import { ImportNationalReportDocument } from './import.generated';
import { myState } from '../session/memberships';
// One source of truth: the examples of docs/ are built into the app as files of their own.
import sampleCsv from '../../../../docs/examples/national-report.csv?url';
import sampleJson from '../../../../docs/examples/national-report.json?url';
import sampleXlsx from '../../../../docs/examples/national-report.xlsx?url';

const SAMPLES = [
  { format: 'JSON', href: sampleJson, name: 'national-report.json' },
  { format: 'CSV', href: sampleCsv, name: 'national-report.csv' },
  { format: 'XLSX', href: sampleXlsx, name: 'national-report.xlsx' },
] as const;

/**
 * `/my/import`: a State's focal point imports the needs of a national report from a file. The API
 * checks it first (a dry run: every problem at its row and column); "Import" is offered only
 * when that check is clean, then the result links to the drafts it wrote. `?state=` names the
 * State for a focal point of several (the API refuses any other).
 */
export default function ImportPage() {
  const intl = useIntl();
  const { user } = useSession();
  const state = new URLSearchParams(useSearch()).get('state')?.toUpperCase() || myState(user);
  const title = intl.formatMessage({ id: 'import.title' });
  if (!state) {
    return (
      <>
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <EmptyState title={<FormattedMessage id="workspace.notFocalPoint" />} hint={<FormattedMessage id="workspace.notFocalPointHint" />} />
      </>
    );
  }
  const stateName = user?.memberships.find((m) => m.role === 'NPC' && m.organisation.stateIso3 === state)?.organisation.name;
  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} href="/my/needs" size="sm">
          <FormattedMessage id="import.backToMyNeeds" />
        </Anchor>
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <Text>
          <FormattedMessage id="import.intro" values={{ state: stateName ?? <bdi>{state}</bdi> }} />
        </Text>
      </div>
      <Samples />
      <Importer stateIso3={state} />
    </Stack>
  );
}

function Samples() {
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm">
        <FormattedMessage id="import.samples" />
      </Text>
      {SAMPLES.map((s) => (
        <Anchor key={s.format} href={s.href} download={s.name} size="sm">
          <FormattedMessage id="import.sample" values={{ format: s.format }} />
        </Anchor>
      ))}
    </Group>
  );
}

type Chosen = { file: File; format: ImportFileFormat };

/** The file, its check and its import: a new file or new metadata starts again from the check. */
function Importer({ stateIso3 }: { stateIso3: string }) {
  const intl = useIntl();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [meta, setMeta] = useState<ReportMeta>(emptyReportMeta);
  const [checked, check] = useMutation(ImportNationalReportDocument);
  const [imported, runImport] = useMutation(ImportNationalReportDocument);
  const [stage, setStage] = useState<'choose' | 'checked' | 'imported'>('choose');
  const error = stage === 'imported' ? imported.error : checked.error;
  const refusal = useRefusal(error);
  const fileRefusal = refusal?.fields['input.contentBase64'];

  const choose = (file: File | null) => {
    setStage('choose');
    setFileProblem(null);
    if (!file) return setChosen(null);
    const format = formatOf(file.name);
    if (!format) {
      setChosen(null);
      return setFileProblem(intl.formatMessage({ id: 'import.unknownFormat' }));
    }
    if (file.size > MAX_BYTES) {
      setChosen(null);
      return setFileProblem(intl.formatMessage({ id: 'import.tooLarge' }, { max: 5 }));
    }
    setChosen({ file, format });
  };
  const input = async (dryRun: boolean): Promise<ImportNationalReportInput> => {
    const { file, format } = chosen!;
    const csv = format === 'CSV';
    return {
      stateIso3,
      format,
      dryRun,
      contentBase64: await readAsBase64(file),
      // A CSV file carries no report metadata: it is given here (docs/IMPORT.md).
      instrument: csv ? meta.instrument || null : null,
      language: csv ? meta.language || null : null,
      reportingYear: csv && meta.year ? Number(meta.year) : null,
      sourceReference: csv ? meta.sourceReference.trim() || null : null,
    };
  };
  const runCheck = async () => {
    setStage('checked');
    await check({ input: await input(true) });
  };
  const runReal = async () => {
    setStage('imported');
    await runImport({ input: await input(false) });
  };
  const shownFileProblem = fileProblem ?? (fileRefusal ? intl.formatMessage({ id: fileRefusal.id }, fileRefusal.values) : null);

  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <Stack gap="md">
          <ImportFileFields
            format={chosen?.format ?? null}
            problem={shownFileProblem}
            meta={meta}
            onFile={choose}
            onMeta={(next) => {
              setMeta(next);
              setStage('choose');
            }}
          />
          <Group>
            <Button onClick={() => void runCheck()} disabled={!chosen} loading={checked.fetching}>
              <FormattedMessage id="import.check" />
            </Button>
          </Group>
        </Stack>
      </Paper>
      {refusal && !fileRefusal && (
        <Alert color="red" role="alert">
          <FormattedMessage id={refusal.id} values={refusal.values} />
        </Alert>
      )}
      {stage === 'checked' && checked.data && !checked.error && !checked.fetching && (
        <ImportCheck result={checked.data.importNationalReport} importing={imported.fetching} onImport={() => void runReal()} />
      )}
      {stage === 'imported' && imported.data && <ImportOutcome result={imported.data.importNationalReport} stateIso3={stateIso3} />}
    </Stack>
  );
}
