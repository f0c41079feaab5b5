import { Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { formatLocalDate, formatMoney } from '../i18n/format';

/**
 * An amount with its currency and, beside it, the USD equivalent marked as such with its rate
 * date. Numbers and codes stay left to right inside Arabic text.
 */
export function Money({ amount, currency, usd, rateDate }: { amount: string; currency: string; usd?: string | null; rateDate?: string | null }) {
  const { locale } = useIntl();
  return (
    <span>
      <bdi>{formatMoney(locale, amount, currency)}</bdi>
      {usd && currency !== 'USD' && (
        <Text span size="sm" c="dimmed">
          {' '}
          <FormattedMessage
            id={rateDate ? 'money.usdEquivalentOn' : 'money.usdEquivalent'}
            values={{ amount: <bdi>{formatMoney(locale, usd, 'USD')}</bdi>, date: rateDate ? formatLocalDate(locale, rateDate) : '' }}
          />
        </Text>
      )}
    </span>
  );
}
