import { Alert, Button, Group, NativeSelect, Paper, Radio, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { useEnumLabel } from '../common/labels';
import { useFieldProblem, useRefusal } from '../common/useRefusal';
import type { Language, TranslationKind } from '../gql/types';
import type { MessageId } from '../i18n/messages';
import { LOCALES, toApiLanguage } from '../i18n/locales';
import { SetNeedTranslationDocument } from './steps.generated';

export interface Translation {
  language: string;
  isOriginal: boolean;
  translationKind: string | null;
  title: string;
  problem: string;
  proposedActivities: string;
  alreadyDone: string | null;
  nationalContribution: string | null;
}

type Texts = Pick<Translation, 'title' | 'problem' | 'proposedActivities'> & { alreadyDone: string; nationalContribution: string };
const FIELDS: { key: keyof Texts; label: MessageId; long: boolean; required: boolean }[] = [
  { key: 'title', label: 'needForm.title', long: false, required: true },
  { key: 'problem', label: 'needForm.problem', long: true, required: true },
  { key: 'proposedActivities', label: 'needForm.proposedActivities', long: true, required: true },
  { key: 'alreadyDone', label: 'needForm.alreadyDone', long: true, required: false },
  { key: 'nationalContribution', label: 'needForm.nationalContribution', long: true, required: false },
];
const KINDS: TranslationKind[] = ['VERIFIED', 'MACHINE'];

const textsOf = (t: Translation | undefined): Texts => ({
  title: t?.title ?? '',
  problem: t?.problem ?? '',
  proposedActivities: t?.proposedActivities ?? '',
  alreadyDone: t?.alreadyDone ?? '',
  nationalContribution: t?.nationalContribution ?? '',
});

/**
 * Adds or replaces the translation of a need into another UN language (the original is never
 * changed), marked verified or machine. Choosing a language that has one fills the form with it.
 */
export function NeedTranslationForm({
  needId,
  originalLanguage,
  translations,
  onSaved,
  onCancel,
}: {
  needId: string;
  originalLanguage: string;
  translations: Translation[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const label = useEnumLabel();
  const languages = LOCALES.map(toApiLanguage).filter((l) => l !== originalLanguage);
  const existing = (language: string) => translations.find((t) => !t.isOriginal && t.language === language);
  const [language, setLanguage] = useState<Language>(languages[0]!);
  const [kind, setKind] = useState<TranslationKind>((existing(languages[0]!)?.translationKind as TranslationKind | undefined) ?? 'VERIFIED');
  const [texts, setTexts] = useState<Texts>(() => textsOf(existing(languages[0]!)));
  const [saved, save] = useMutation(SetNeedTranslationDocument);
  const refusal = useRefusal(saved.error);
  const problem = useFieldProblem(refusal);
  const pick = (next: Language) => {
    setLanguage(next);
    setTexts(textsOf(existing(next)));
    setKind((existing(next)?.translationKind as TranslationKind | undefined) ?? 'VERIFIED');
  };
  const submit = async () => {
    const r = await save({
      input: { needId, language, kind, ...texts, alreadyDone: texts.alreadyDone || null, nationalContribution: texts.nationalContribution || null },
    });
    if (r.data) onSaved();
  };
  const lang = language.toLowerCase();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="need-translation-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="need-translation-title">
          <FormattedMessage id="translation.title" />
        </Title>
        <NativeSelect
          label={intl.formatMessage({ id: 'translation.language' })}
          value={language}
          onChange={(e) => pick(e.currentTarget.value as Language)}
          data={languages.map((l) => ({ value: l, label: label('language', l) }))}
        />
        <Radio.Group label={intl.formatMessage({ id: 'translation.kind' })} value={kind} onChange={(v) => setKind(v as TranslationKind)}>
          <Group gap="md" mt={4}>
            {KINDS.map((k) => (
              <Radio key={k} value={k} label={label('translationKind', k)} />
            ))}
          </Group>
        </Radio.Group>
        {FIELDS.map((f) => {
          const props = {
            label: intl.formatMessage({ id: f.label }),
            required: f.required,
            value: texts[f.key],
            error: problem(f.key),
            lang,
            dir: 'auto' as const,
            onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setTexts({ ...texts, [f.key]: e.currentTarget.value }),
          };
          return f.long ? <Textarea key={f.key} {...props} autosize minRows={2} /> : <TextInput key={f.key} {...props} />;
        })}
        {refusal && Object.keys(refusal.fields).length === 0 && (
          <Alert color="red" role="alert">
            <FormattedMessage id={refusal.id} values={refusal.values} />
          </Alert>
        )}
        <Group gap="sm">
          <Button loading={saved.fetching} onClick={() => void submit()}>
            <FormattedMessage id="translation.save" />
          </Button>
          <Button variant="default" onClick={onCancel}>
            <FormattedMessage id="needForm.cancel" />
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
