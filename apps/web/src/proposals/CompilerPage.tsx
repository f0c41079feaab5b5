import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import { Money } from '../common/Money';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { RequireModerator } from '../staff/RequireModerator';
import { useFieldProblem, useRefusal } from '../common/useRefusal';
import { toApiLanguage, type Locale } from '../i18n/locales';
import {
  CompileProposalDocument,
  CompilerChoicesDocument,
  CompilerNeedByIdDocument,
  ProposalDraftDocument,
  UpdateProposalDraftDocument,
  type CompilerChoicesQuery,
} from './compiler.generated';
import { NeedPicker } from './NeedPicker';
import { ProposalFields } from './ProposalFields';
import { addNeed, compileInput, draftOfProposal, emptyDraft, removeNeed, updateInput, type ProposalDraft } from './proposal-draft';
import { PROPOSAL_TOUCHED } from './room-parts';
import { budgetTotal, tranchesValid } from './budget-draft';
import { TranchesEditor } from './TranchesEditor';

const EDITABLE = ['DRAFT', 'RETURNED'];

/**
 * `/staff/proposals/new` and `/staff/proposals/:id/edit`: UNODA compiles a proposal from
 * published needs (found by search, or from matches; `?need=<id>` starts from one), with its
 * implementing agency, regional centre, deadlines, donors and budget in tranches; or edits a
 * draft or returned one. The API checks everything; its refusals show beside their fields and
 * nothing typed is lost.
 */
export default function CompilerPage() {
  const { id } = useParams<{ id?: string }>();
  return (
    <RequireModerator heading={id ? 'compiler.editTitle' : 'compiler.newTitle'}>
      <CompilerScreen id={id} />
    </RequireModerator>
  );
}

function CompilerScreen({ id }: { id: string | undefined }) {
  const intl = useIntl();
  const lang = toApiLanguage(intl.locale as Locale);
  const [choices] = useQuery({ query: CompilerChoicesDocument, variables: { lang } });
  const [existing, refetch] = useQuery({ query: ProposalDraftDocument, variables: { id: id ?? '', lang }, pause: !id, requestPolicy: 'network-only' });
  const title = intl.formatMessage({ id: id ? 'compiler.editTitle' : 'compiler.newTitle' });
  const head = <PageTitle documentTitle={title}>{title}</PageTitle>;
  const error = choices.error ?? existing.error;
  if (error)
    return (
      <>
        {head}
        <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  if (!choices.data || (id && !existing.data))
    return (
      <>
        {head}
        <PageLoading />
      </>
    );
  const proposal = existing.data?.proposal;
  if (proposal && !EDITABLE.includes(proposal.status)) {
    return (
      <>
        {head}
        <EmptyState
          title={<FormattedMessage id="compiler.notEditable" />}
          hint={
            <Anchor component={Link} href={`/proposals/${proposal.id}`}>
              <FormattedMessage id="compiler.openProposal" />
            </Anchor>
          }
        />
      </>
    );
  }
  return (
    <>
      {head}
      <Compiler
        key={proposal?.version ?? 'new'}
        choices={choices.data}
        start={proposal ? draftOfProposal(proposal) : emptyDraft()}
        proposal={proposal ? { id: proposal.id, version: proposal.version } : null}
      />
    </>
  );
}

function Compiler({ choices, start, proposal }: { choices: CompilerChoicesQuery; start: ProposalDraft; proposal: { id: string; version: number } | null }) {
  const intl = useIntl();
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState(start);
  const [checked, setChecked] = useState(false);
  const [compiled, compile] = useMutation(CompileProposalDocument);
  const [updated, update] = useMutation(UpdateProposalDraftDocument);
  const saving = compiled.fetching || updated.fetching;
  const refusal = useRefusal(compiled.error ?? updated.error);
  const problem = useFieldProblem(refusal);
  useStartingNeed(!proposal, (need) => setDraft((d) => addNeed(d, need)));
  const change = (c: Partial<ProposalDraft>) => setDraft((d) => ({ ...d, ...c }));
  const missing = (value: string) => (checked && !value.trim() ? intl.formatMessage({ id: 'room.required' }) : undefined);
  const total = budgetTotal(draft.tranches);
  const complete =
    draft.needs.length > 0 &&
    [draft.title, draft.summary, draft.scope, draft.implementingAgency].every((v) => v.trim()) &&
    (!draft.technicalReview || draft.reviewDeadline) &&
    tranchesValid(draft.tranches);

  const submit = async () => {
    setChecked(true);
    if (!complete) return;
    const r = proposal
      ? await update({ input: updateInput(draft, proposal.id, proposal.version) }, PROPOSAL_TOUCHED)
      : await compile({ input: compileInput(draft) }, PROPOSAL_TOUCHED);
    const saved = r.data && ('compileProposal' in r.data ? r.data.compileProposal : r.data.updateProposalDraft);
    if (saved) navigate(`/proposals/${saved.id}`);
  };

  return (
    <form onSubmit={(e) => (e.preventDefault(), void submit())} noValidate>
      <Stack gap="lg">
        <NeedPicker
          chosen={draft.needs}
          chosenMatches={draft.matches.map((m) => m.id)}
          onAdd={(n, m) => setDraft((d) => addNeed(d, n, m))}
          onRemove={(needId) => setDraft((d) => removeNeed(d, needId))}
        />
        {checked && draft.needs.length === 0 && (
          <Text c="red" size="sm" role="alert">
            <FormattedMessage id="compiler.needsRequired" />
          </Text>
        )}
        {problem('needIds') && (
          <Text c="red" size="sm" role="alert">
            {problem('needIds')}
          </Text>
        )}
        <Paper withBorder p="md" component="section" aria-labelledby="compiler-proposal">
          <Title order={2} size="h4" id="compiler-proposal" mb="sm">
            <FormattedMessage id="compiler.proposalTitle" />
          </Title>
          <ProposalFields draft={draft} onChange={change} choices={choices} problem={problem} missing={missing} />
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="compiler-budget">
          <Title order={2} size="h4" id="compiler-budget" mb="sm">
            <FormattedMessage id="compiler.budgetTitle" />
          </Title>
          <TranchesEditor
            tranches={draft.tranches}
            onChange={(tranches) => change({ tranches })}
            currency={draft.currency}
            checked={checked}
            needs={draft.needs}
          />
          <Text fw={700} mt="sm" role="status">
            <FormattedMessage id="compiler.total" values={{ amount: total ? <Money amount={total} currency={draft.currency} /> : '—' }} />
          </Text>
        </Paper>
        {refusal && (
          <Alert color="red" role="alert">
            <FormattedMessage id={refusal.id} values={refusal.values} />
          </Alert>
        )}
        {checked && !complete && !refusal && (
          <Alert color="yellow" role="alert">
            <FormattedMessage id="compiler.incomplete" />
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={saving}>
            <FormattedMessage id={proposal ? 'compiler.save' : 'compiler.compile'} />
          </Button>
          <Button variant="subtle" component={Link} href={proposal ? `/proposals/${proposal.id}` : '/staff/proposals'}>
            <FormattedMessage id="room.cancel" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `?need=<id>`: a compiler opened from a need's page starts with that need (once it has arrived). */
function useStartingNeed(active: boolean, add: (need: NonNullable<ReturnType<typeof useNeedById>>) => void) {
  const search = useSearch();
  const need = useNeedById(active ? new URLSearchParams(search).get('need') : null);
  const [added, setAdded] = useState<string | null>(null);
  if (need && added !== need.id) {
    setAdded(need.id);
    add(need);
  }
}

function useNeedById(id: string | null) {
  const intl = useIntl();
  const [{ data }] = useQuery({ query: CompilerNeedByIdDocument, variables: { id: id ?? '', lang: toApiLanguage(intl.locale as Locale) }, pause: !id });
  return data?.need.status === 'PUBLISHED' ? data.need : null;
}
