import { Anchor, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link, useSearch } from 'wouter';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { useDates } from '../common/useDates';
import { formatDecimal } from '../i18n/format';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { AdminOnly } from './AdminOnly';
import { AdminRatesDocument, type AdminRateFragment } from './admin.generated';
import { RateForm } from './RateForm';
import { ResponsiveTable } from './ResponsiveTable';

/** `/admin/rates`: each currency's newest USD rate with its date, one currency's history (`?currency=`), a new rate. */
export default function RatesPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'admin.ratesTitle' });
  return (
    <AdminOnly title={title}>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <Rates />
    </AdminOnly>
  );
}

function Rates() {
  const intl = useIntl();
  const dates = useDates();
  const currency = new URLSearchParams(useSearch()).get('currency');
  const [{ data, error }, refetch] = useQuery({
    query: AdminRatesDocument,
    variables: { lang: toApiLanguage(intl.locale as Locale) },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error && !data) return <PageError error={error} retry={reload} />;
  if (!data) return <PageLoading />;
  const names = new Map(data.currencies.map((c) => [c.code, c.name]));
  const byCurrency = new Map<string, AdminRateFragment[]>();
  for (const r of data.exchangeRates) byCurrency.set(r.currencyCode, [...(byCurrency.get(r.currencyCode) ?? []), r]);
  const newestFirst = (a: AdminRateFragment, b: AdminRateFragment) => b.effectiveDate.localeCompare(a.effectiveDate) || b.createdAt.localeCompare(a.createdAt);
  const latest = [...byCurrency.entries()].map(([code, rates]) => ({ code, rates: [...rates].sort(newestFirst) })).sort((a, b) => a.code.localeCompare(b.code));
  const history = currency ? (byCurrency.get(currency) ?? []).sort(newestFirst) : null;
  const rate = (r: AdminRateFragment) => (
    <FormattedMessage
      key="rate"
      id="admin.rateValue"
      values={{ currency: <bdi>{r.currencyCode}</bdi>, usd: <bdi>{formatDecimal(intl.locale, r.usdPerUnit)}</bdi> }}
    />
  );
  const currencyCell = (code: string) => (
    <Stack gap={0} key="currency">
      <Text fw={600}>
        <bdi>{code}</bdi>
      </Text>
      <Text size="sm" c="dimmed">
        {names.get(code) ?? ''}
      </Text>
    </Stack>
  );
  return (
    <Stack gap="lg">
      <Text maw="48rem">
        <FormattedMessage id="admin.ratesIntro" />
      </Text>
      <RateForm currencies={data.currencies} onSet={reload} />
      <section aria-labelledby="rates-latest">
        <Title order={2} size="h4" id="rates-latest" mb="xs">
          <FormattedMessage id="admin.ratesLatest" />
        </Title>
        {latest.length === 0 ? (
          <EmptyState title={<FormattedMessage id="admin.noRates" />} hint={<FormattedMessage id="admin.noRatesHint" />} />
        ) : (
          <ResponsiveTable
            columns={['admin.colCurrency', 'admin.colRate', 'admin.colEffective', 'admin.colSource', 'admin.colSetOn', 'admin.colHistory']}
            rows={latest.map(({ code, rates: [r, ...older] }) => ({
              key: code,
              cells: [
                currencyCell(code),
                rate(r!),
                dates.date(r!.effectiveDate),
                r!.source ?? '',
                dates.instant(r!.createdAt),
                <Anchor
                  key="history"
                  component={Link}
                  href={`/admin/rates?currency=${code}`}
                  aria-label={intl.formatMessage({ id: 'admin.historyOf' }, { currency: code })}
                >
                  <FormattedMessage id="admin.rateCount" values={{ count: older.length + 1 }} />
                </Anchor>,
              ],
            }))}
          />
        )}
      </section>
      {history && currency && (
        <section aria-labelledby="rates-history">
          <Title order={2} size="h4" id="rates-history" mb="xs">
            <FormattedMessage id="admin.historyOf" values={{ currency: <bdi>{currency}</bdi> }} />
          </Title>
          <ResponsiveTable
            columns={['admin.colEffective', 'admin.colRate', 'admin.colSource', 'admin.colSetOn']}
            rows={history.map((r) => ({ key: r.id, cells: [dates.date(r.effectiveDate), rate(r), r.source ?? '', dates.instant(r.createdAt)] }))}
          />
        </section>
      )}
    </Stack>
  );
}
