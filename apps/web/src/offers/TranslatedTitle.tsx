import { Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useEnumLabel } from '../common/labels';

interface TitleText {
  language: string;
  isOriginal: boolean;
  translationKind: string | null;
  title: string;
}

/** The title in the reader's language when a translation exists, marked machine or verified. */
export function TranslatedTitle({ original, text, size = 'sm' }: { original: string; text: TitleText; size?: 'sm' | 'md' }) {
  const label = useEnumLabel();
  if (text.isOriginal || text.language === original) return null;
  return (
    <Text size={size} c="dimmed">
      <FormattedMessage
        id="offers.translatedTitle"
        values={{
          kind: label('translationKind', text.translationKind === 'VERIFIED' ? 'VERIFIED' : 'MACHINE'),
          title: (
            <span lang={text.language.toLowerCase()} dir="auto">
              {text.title}
            </span>
          ),
        }}
      />
    </Text>
  );
}
