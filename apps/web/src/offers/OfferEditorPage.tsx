import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useClient, useMutation, useQuery } from 'urql';
import { Link, useLocation, useParams } from 'wouter';
import { useEnumLabel } from '../common/labels';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { refusedWith, useFieldProblem, useRefusal } from '../common/useRefusal';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { useSession } from '../session/SessionProvider';
import { donorOrganisation, isDonorOf } from '../session/memberships';
import { changedOfferFields, EDITABLE_OFFER, emptyOfferDraft, offerDraftOf, toCreateOfferInput, toUpdateOfferInput, type OfferDraft } from './offer-draft';
import { OFFER_FIELD_LABEL } from './offer-field-labels';
import { OfferForm } from './OfferForm';
import { CreateOfferDocument, OfferForEditDocument, UpdateOfferDocument, type OfferForEditQuery } from './workspace.generated';

/** `/offers/new` and `/offers/:id/edit`: write or change one of the donor organisation's offers. */
export default function OfferEditorPage() {
  const { id } = useParams<{ id?: string }>();
  const intl = useIntl();
  const label = useEnumLabel();
  const { user } = useSession();
  const donor = donorOrganisation(user);
  const [{ data, error }, refetch] = useQuery({ query: OfferForEditDocument, variables: { id: id ?? '' }, pause: !id, requestPolicy: 'network-only' });
  const title = intl.formatMessage({ id: id ? 'offerForm.editTitle' : 'offerForm.newTitle' });
  const heading = <PageTitle documentTitle={title}>{title}</PageTitle>;

  if (!id && !donor) {
    return (
      <>
        {heading}
        <EmptyState title={<FormattedMessage id="offerWorkspace.notDonor" />} hint={<FormattedMessage id="offerWorkspace.notDonorHint" />} />
      </>
    );
  }
  if (id && error && !data) {
    return (
      <>
        {heading}
        <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  }
  if (id && !data) return <PageLoading />;
  const offer = data?.offer ?? null;
  // A published offer is readable by others; the editor is for its own donors (the API refuses the rest).
  const refusal =
    offer && !isDonorOf(user, offer.organisationId)
      ? 'offerWorkspace.notYourOffer'
      : offer && !EDITABLE_OFFER.includes(offer.status)
        ? 'offerWorkspace.notEditable'
        : null;
  return (
    <>
      {heading}
      {refusal && offer ? (
        <Alert color="gray" role="alert" title={intl.formatMessage({ id: 'state.unavailable' })}>
          <Stack gap="sm" align="flex-start">
            <Text>
              <FormattedMessage id={refusal} values={{ status: label('offerStatus', offer.status) }} />
            </Text>
            <Anchor component={Link} href={`/offers/${offer.id}`}>
              <FormattedMessage id="offerWorkspace.backToOffer" />
            </Anchor>
          </Stack>
        </Alert>
      ) : (
        <Editor key={offer?.id ?? 'new'} offer={offer} organisationId={offer?.organisationId ?? donor!.id} language={toApiLanguage(intl.locale as Locale)} />
      )}
    </>
  );
}

type Saved = OfferForEditQuery['offer'];

function Editor({ offer, organisationId, language }: { offer: Saved | null; organisationId: string; language: OfferDraft['language'] }) {
  const intl = useIntl();
  const client = useClient();
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState<OfferDraft>(() => (offer ? offerDraftOf(offer) : emptyOfferDraft(language, new Date().toLocaleDateString('en-CA'))));
  // The version this edit is based on, and what it said: after a conflict, the newer one.
  const [base, setBase] = useState<{ version: number; draft: OfferDraft } | null>(offer ? { version: offer.version, draft: offerDraftOf(offer) } : null);
  const [conflict, setConflict] = useState<(keyof OfferDraft)[] | null>(null);
  const [created, create] = useMutation(CreateOfferDocument);
  const [updated, update] = useMutation(UpdateOfferDocument);
  const error = offer ? updated.error : created.error;
  const refusal = useRefusal(error);
  const problem: (field: keyof OfferDraft) => string | undefined = useFieldProblem(refusal);
  // A stale version is answered by the conflict notice above the form, not said twice.
  const stale = refusedWith(error, 'offer.staleVersion');
  const general = refusal && Object.keys(refusal.fields).length === 0 && !stale;

  const save = async () => {
    if (!offer || !base) {
      const r = await create({ input: toCreateOfferInput(draft, organisationId) });
      if (r.data) navigate(`/offers/${r.data.createOffer.id}`);
      return;
    }
    const r = await update({ input: toUpdateOfferInput(draft, offer.id, base.version) });
    if (r.data) return navigate(`/offers/${offer.id}`);
    if (refusedWith(r.error, 'offer.staleVersion')) {
      // Someone else saved first: read their version, keep what this person typed, say what differs.
      const latest = await client.query(OfferForEditDocument, { id: offer.id }, { requestPolicy: 'network-only' }).toPromise();
      const theirs = latest.data?.offer;
      if (theirs) {
        const theirDraft = offerDraftOf(theirs);
        setConflict(changedOfferFields(base.draft, theirDraft));
        setBase({ version: theirs.version, draft: theirDraft });
      }
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      style={{ maxWidth: '48rem' }}
    >
      <Stack gap="lg">
        {offer?.status === 'RETURNED' && offer.returnReason && (
          <Alert color="orange" title={intl.formatMessage({ id: 'workspace.returnedTitle' })}>
            <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
              {offer.returnReason}
            </Text>
          </Alert>
        )}
        {conflict && (
          <Alert color="yellow" role="alert" title={intl.formatMessage({ id: 'offerForm.conflictTitle' })}>
            <Text size="sm">
              <FormattedMessage
                id={conflict.length ? 'needForm.conflictFields' : 'needForm.conflictNoField'}
                values={{ fields: intl.formatList(conflict.map((f) => intl.formatMessage({ id: OFFER_FIELD_LABEL[f] }))) }}
              />
            </Text>
          </Alert>
        )}
        <OfferForm draft={draft} onChange={(next) => setDraft((d) => ({ ...d, ...next }))} problem={problem} languageFixed={!!offer} />
        {general && (
          <Alert color="red" role="alert">
            <FormattedMessage id={refusal.id} values={refusal.values} />
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={created.fetching || updated.fetching}>
            <FormattedMessage id={offer ? 'needForm.save' : 'needForm.createDraft'} />
          </Button>
          <Anchor component={Link} href={offer ? `/offers/${offer.id}` : '/my/offers'}>
            <FormattedMessage id="needForm.cancel" />
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
