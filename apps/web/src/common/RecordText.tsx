import { Badge, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useEnumLabel } from './labels';

export interface RecordTextVersion {
  language: string;
  isOriginal: boolean;
  translationKind: string | null;
  sections: {
    id: 'text.problem' | 'text.proposedActivities' | 'text.alreadyDone' | 'text.nationalContribution' | 'text.description' | 'text.conditions';
    body: string | null;
  }[];
}

/**
 * A record's text as its author wrote it, with a switch to each translation the API has, each
 * marked machine or verified; shown in the reader's language when it has a translation into it. The text carries its own `lang` (and direction), whatever the page's.
 */
export function RecordText({ versions, preferred }: { versions: RecordTextVersion[]; preferred: string }) {
  const intl = useIntl();
  const label = useEnumLabel();
  const original = versions.find((v) => v.isOriginal) ?? versions[0];
  // The reader's language when a translation into it exists, else the original; it follows a
  // switch of the interface's language, unless the reader chose a version by hand on this page.
  const [chosen, setChosen] = useState<string | null>(null);
  const shown = chosen ?? (versions.some((v) => v.language === preferred && !v.isOriginal) ? preferred : original?.language);
  const version = versions.find((v) => v.language === shown) ?? original;
  if (!version) return null;
  const lang = version.language.toLowerCase();
  return (
    <Stack gap="sm">
      {versions.length > 1 && (
        <Group gap="sm" wrap="wrap">
          <Text size="sm" id="record-text-versions">
            <FormattedMessage id="text.versions" />
          </Text>
          <SegmentedControl
            aria-labelledby="record-text-versions"
            size="xs"
            value={version.language}
            onChange={setChosen}
            data={versions.map((v) => ({
              value: v.language,
              label: v.isOriginal
                ? intl.formatMessage({ id: 'text.originalIn' }, { language: label('language', v.language) })
                : intl.formatMessage(
                    { id: v.translationKind === 'VERIFIED' ? 'text.verifiedIn' : 'text.machineIn' },
                    { language: label('language', v.language) },
                  ),
            }))}
          />
        </Group>
      )}
      <Group gap="xs">
        <Badge variant="outline" color={version.isOriginal ? 'unBlue' : version.translationKind === 'VERIFIED' ? 'teal' : 'orange'} tt="none" c="dark.8">
          {version.isOriginal ? (
            <FormattedMessage id="text.originalBadge" values={{ language: label('language', version.language) }} />
          ) : (
            <FormattedMessage
              id={version.translationKind === 'VERIFIED' ? 'text.verifiedBadge' : 'text.machineBadge'}
              values={{ language: label('language', version.language) }}
            />
          )}
        </Badge>
      </Group>
      <Stack gap="md" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
        {version.sections
          .filter((s) => s.body)
          .map((s) => (
            <section key={s.id}>
              <Title order={2} size="h4" mb={4} lang={intl.locale} dir={intl.locale === 'ar' ? 'rtl' : 'ltr'}>
                <FormattedMessage id={s.id} />
              </Title>
              <Text className="gis-original">{s.body}</Text>
            </section>
          ))}
      </Stack>
    </Stack>
  );
}
