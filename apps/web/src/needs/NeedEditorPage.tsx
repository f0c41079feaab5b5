import { Alert, Anchor, Button, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useClient, useMutation, useQuery } from 'urql';
import { Link, useLocation, useParams } from 'wouter';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { refusedWith, useFieldProblem, useRefusal } from '../common/useRefusal';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { useSession } from '../session/SessionProvider';
import { myState } from '../session/memberships';
import { changedFields, draftOf, emptyDraft, toCreateInput, toUpdateInput, type NeedDraft } from './need-draft';
import { FIELD_LABEL, NeedForm } from './NeedForm';
import { NeedQualityPanel } from './NeedQualityPanel';
import { CreateNeedDocument, NeedForEditDocument, UpdateNeedDocument, type NeedForEditQuery } from './workspace.generated';

/** `/needs/new` and `/needs/:id/edit`: write a need, with the quality meter beside the form. */
export default function NeedEditorPage() {
  const { id } = useParams<{ id?: string }>();
  const intl = useIntl();
  const { user } = useSession();
  const state = myState(user);
  const [{ data, error }, refetch] = useQuery({ query: NeedForEditDocument, variables: { id: id ?? '' }, pause: !id, requestPolicy: 'network-only' });
  const title = intl.formatMessage({ id: id ? 'needForm.editTitle' : 'needForm.newTitle' });

  if (!id && !state) {
    return (
      <>
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <EmptyState title={<FormattedMessage id="workspace.notFocalPoint" />} hint={<FormattedMessage id="workspace.notFocalPointHint" />} />
      </>
    );
  }
  if (id && error && !data) return <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (id && !data) return <PageLoading />;
  const need = data?.need ?? null;
  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <Editor key={need?.id ?? 'new'} need={need} stateIso3={need?.stateIso3 ?? state!} language={toApiLanguage(intl.locale as Locale)} />
    </>
  );
}

type Saved = NeedForEditQuery['need'];

function Editor({ need, stateIso3, language }: { need: Saved | null; stateIso3: string; language: NeedDraft['language'] }) {
  const intl = useIntl();
  const client = useClient();
  const [, navigate] = useLocation();
  const [draft, setDraftState] = useState<NeedDraft>(() => (need ? draftOf(need) : emptyDraft(language)));
  // The version this edit is based on, and what it said: after a conflict, the newer one.
  const [base, setBase] = useState<{ version: number; draft: NeedDraft } | null>(need ? { version: need.version, draft: draftOf(need) } : null);
  const [conflict, setConflict] = useState<(keyof NeedDraft)[] | null>(null);
  const [created, create] = useMutation(CreateNeedDocument);
  const [updated, update] = useMutation(UpdateNeedDocument);
  const error = need ? updated.error : created.error;
  const refusal = useRefusal(error);
  const problem = useFieldProblem(refusal);
  // A stale version is answered by the conflict notice above the form, not said twice.
  const stale = refusedWith(error, 'need.staleVersion');
  const general = refusal && Object.keys(refusal.fields).length === 0 && !stale;

  const save = async () => {
    if (!need || !base) {
      const r = await create({ input: toCreateInput(draft, stateIso3) });
      if (r.data) navigate(`/needs/${r.data.createNeed.id}`);
      return;
    }
    const r = await update({ input: toUpdateInput(draft, need.id, base.version) });
    if (r.data) return navigate(`/needs/${need.id}`);
    if (refusedWith(r.error, 'need.staleVersion')) {
      // Someone else saved first: read their version, keep what this person typed, say what differs.
      const latest = await client.query(NeedForEditDocument, { id: need.id }, { requestPolicy: 'network-only' }).toPromise();
      const theirs = latest.data?.need;
      if (theirs) {
        const theirDraft = draftOf(theirs);
        setConflict(changedFields(base.draft, theirDraft));
        setBase({ version: theirs.version, draft: theirDraft });
      }
    }
  };

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Stack gap="md">
            {need?.returnReason && (
              <Alert color="orange" title={intl.formatMessage({ id: 'workspace.returnedTitle' })}>
                <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                  {need.returnReason}
                </Text>
              </Alert>
            )}
            {conflict && (
              <Alert color="yellow" role="alert" title={intl.formatMessage({ id: 'needForm.conflictTitle' })}>
                <Text size="sm">
                  <FormattedMessage
                    id={conflict.length ? 'needForm.conflictFields' : 'needForm.conflictNoField'}
                    values={{ fields: intl.formatList(conflict.map((f) => intl.formatMessage({ id: FIELD_LABEL[f] }))) }}
                  />
                </Text>
              </Alert>
            )}
            <NeedForm draft={draft} onChange={(next) => setDraftState((d) => ({ ...d, ...next }))} problem={problem} />
            {general && (
              <Alert color="red" role="alert">
                <FormattedMessage id={refusal.id} values={refusal.values} />
              </Alert>
            )}
            <Group gap="sm">
              <Button type="submit" loading={created.fetching || updated.fetching}>
                <FormattedMessage id={need ? 'needForm.save' : 'needForm.createDraft'} />
              </Button>
              <Anchor component={Link} href={need ? `/needs/${need.id}` : '/my/needs'}>
                <FormattedMessage id="needForm.cancel" />
              </Anchor>
            </Group>
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Paper withBorder p="md" pos="sticky" top={16}>
          <NeedQualityPanel draft={draft} />
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
