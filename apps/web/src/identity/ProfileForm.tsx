import { Alert, Button, Group, NativeSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { useFieldProblem, useRefusal } from '../common/useRefusal';
import type { Language } from '../gql/types';
import { UpdateMyProfileDocument } from './profile.generated';
import type { SessionUserFragment } from './session.generated';
import { formatInstant } from '../i18n/format';
import { LOCALES, NATIVE_NAMES, toApiLanguage } from '../i18n/locales';
import { session } from '../session/session-store';
import { useSession } from '../session/SessionProvider';
import { keepProfileDraft, profileChanges, profileDraftKey, readProfileDraft, sameProfile, type ProfileDraft } from './profile-draft';
import { timeZoneChoices } from './time-zones';

/** Left-to-right isolation: a zone name and its offset stay in order inside Arabic text. */
const ltr = (text: string) => `\u2066${text}\u2069`;

/** The time now in a zone, so the person can check it is theirs (an unknown zone: the browser's). */
function nowIn(locale: string, timeZone: string): string {
  const now = new Date().toISOString();
  try {
    return formatInstant(locale, now, timeZone);
  } catch {
    return formatInstant(locale, now);
  }
}

/**
 * Name, language and time zone. What is typed is kept as a draft in this tab until saved, so a
 * reload or a session that ran out loses nothing; saving sends only what changed.
 */
export function ProfileForm({ user }: { user: SessionUserFragment }) {
  const intl = useIntl();
  const { status } = useSession();
  const saved: ProfileDraft = { displayName: user.displayName, preferredLanguage: user.preferredLanguage, timeZone: user.timeZone };
  const [restored] = useState(() => readProfileDraft(sessionStorage, user.id));
  const [draft, setDraftState] = useState<ProfileDraft>(restored ?? saved);
  const [done, setDone] = useState(false);
  const [{ fetching, error }, update] = useMutation(UpdateMyProfileDocument);
  const refusal = useRefusal(error);
  const zones = useMemo(() => timeZoneChoices(user.timeZone).map((z) => ({ value: z.value, label: ltr(z.label) })), [user.timeZone]);
  const changes = profileChanges(draft, saved);
  const dirty = Object.keys(changes).length > 0;

  const setDraft = (next: Partial<ProfileDraft>) => {
    const value = { ...draft, ...next };
    setDraftState(value);
    setDone(false);
    keepProfileDraft(sessionStorage, user.id, value, saved);
  };
  const fieldError: (field: keyof ProfileDraft) => string | undefined = useFieldProblem(refusal);
  // An expired session's refusal is answered by signing in again over the page; not said twice.
  const general = refusal && Object.keys(refusal.fields).length === 0 && !(refusal.code === 'UNAUTHENTICATED' && status !== 'anonymous');

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!draft.displayName.trim()) return;
        void update({ input: changes }).then((r) => {
          if (!r.data) return;
          sessionStorage.removeItem(profileDraftKey(user.id));
          const next = r.data.updateMe;
          setDraftState({ displayName: next.displayName, preferredLanguage: next.preferredLanguage, timeZone: next.timeZone });
          setDone(true);
          // The header's name and, without a choice made on this device, the interface language follow.
          session.updateUser(next);
        });
      }}
    >
      <Stack gap="md" maw={520}>
        {restored && !sameProfile(restored, saved) && dirty && (
          <Alert color="blue" title={intl.formatMessage({ id: 'profile.draftRestored' })}>
            <Text size="sm">
              <FormattedMessage id="profile.draftRestoredHint" />
            </Text>
          </Alert>
        )}
        <TextInput
          label={intl.formatMessage({ id: 'profile.name' })}
          description={intl.formatMessage({ id: 'profile.nameHint' })}
          autoComplete="name"
          required
          maxLength={200}
          value={draft.displayName}
          onChange={(e) => setDraft({ displayName: e.currentTarget.value })}
          error={!draft.displayName.trim() ? intl.formatMessage({ id: 'profile.nameRequired' }) : fieldError('displayName')}
        />
        <TextInput
          label={intl.formatMessage({ id: 'profile.email' })}
          description={intl.formatMessage({ id: 'profile.emailHint' })}
          readOnly
          value={user.email}
          dir="ltr"
        />
        <NativeSelect
          label={intl.formatMessage({ id: 'profile.language' })}
          description={intl.formatMessage({ id: 'profile.languageHint' })}
          value={draft.preferredLanguage}
          onChange={(e) => setDraft({ preferredLanguage: e.currentTarget.value as Language })}
          error={fieldError('preferredLanguage')}
        >
          {LOCALES.map((l) => (
            <option key={l} value={toApiLanguage(l)} lang={l}>
              {NATIVE_NAMES[l]}
            </option>
          ))}
        </NativeSelect>
        <Select
          label={intl.formatMessage({ id: 'profile.timeZone' })}
          description={intl.formatMessage({ id: 'profile.timeZoneHint' }, { now: nowIn(intl.locale, draft.timeZone) })}
          data={zones}
          searchable
          allowDeselect={false}
          nothingFoundMessage={intl.formatMessage({ id: 'profile.timeZoneNone' })}
          value={draft.timeZone}
          onChange={(value) => value && setDraft({ timeZone: value })}
          error={fieldError('timeZone')}
          maxDropdownHeight={280}
        />
        {general && (
          <Alert color="red" role="alert">
            <FormattedMessage id={refusal.id} values={refusal.values} />
          </Alert>
        )}
        <div role="status">
          {done && !dirty && (
            <Alert color="green">
              <FormattedMessage id="profile.saved" />
            </Alert>
          )}
        </div>
        <Group gap="sm">
          <Button type="submit" loading={fetching} disabled={!dirty}>
            <FormattedMessage id="profile.save" />
          </Button>
          {dirty && (
            <Button variant="default" onClick={() => setDraft(saved)}>
              <FormattedMessage id="profile.discard" />
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
