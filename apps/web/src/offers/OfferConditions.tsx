import { Badge, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useEnumLabel } from '../common/labels';

/** The donor's conditions, as written: they have no translations, so a reader in another language is told which. */
export function OfferConditions({ conditions, language }: { conditions: string | null; language: string }) {
  const label = useEnumLabel();
  const { locale } = useIntl();
  if (!conditions) return null;
  return (
    <section aria-labelledby="offer-conditions">
      <Title order={2} size="h4" mb={4} id="offer-conditions">
        <FormattedMessage id="text.conditions" />
      </Title>
      {language.toLowerCase() !== locale && (
        <Badge variant="outline" color="unBlue" tt="none" c="dark.8" mb="xs">
          <FormattedMessage id="text.originalBadge" values={{ language: label('language', language) }} />
        </Badge>
      )}
      <Text className="gis-original" lang={language.toLowerCase()} dir="auto">
        {conditions}
      </Text>
    </section>
  );
}
