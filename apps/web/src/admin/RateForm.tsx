import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { useDates } from '../common/useDates';
import { useFieldProblem, useRefusal } from '../common/useRefusal';
import { formatDecimal } from '../i18n/format';
import { SetRateDocument, type SetRateMutation } from './admin.generated';

const today = () => new Date().toISOString().slice(0, 10);

/** A currency's USD rate from a date on: the rate as typed (a decimal string, never a number), the date, where it comes from. */
export function RateForm({ currencies, onSet }: { currencies: { code: string; name: string }[]; onSet: () => void }) {
  const intl = useIntl();
  const dates = useDates();
  const [currency, setCurrency] = useState<string | null>(null);
  const [usd, setUsd] = useState('');
  const [effective, setEffective] = useState(today);
  const [source, setSource] = useState('');
  const [done, setDone] = useState<SetRateMutation['setExchangeRate'] | null>(null);
  const [set, send] = useMutation(SetRateDocument);
  const refusal = useRefusal(set.error);
  const problem = useFieldProblem(refusal);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="set-rate">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setDone(null);
          void send({ input: { currencyCode: currency ?? '', usdPerUnit: usd.trim(), effectiveDate: effective, source: source.trim() || undefined } }).then(
            (r) => {
              if (!r.data) return;
              setDone(r.data.setExchangeRate);
              setUsd('');
              onSet();
            },
          );
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="set-rate">
            <FormattedMessage id="admin.setRate" />
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" style={{ alignItems: 'end' }}>
            <Select
              label={intl.formatMessage({ id: 'admin.colCurrency' })}
              data={currencies.filter((c) => c.code !== 'USD').map((c) => ({ value: c.code, label: `${c.code} · ${c.name}` }))}
              value={currency}
              onChange={setCurrency}
              searchable
              required
              nothingFoundMessage={intl.formatMessage({ id: 'admin.nothingFound' })}
              error={problem('currencyCode')}
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput
              label={intl.formatMessage({ id: 'admin.usdPerUnit' })}
              description={intl.formatMessage({ id: 'admin.usdPerUnitHint' })}
              value={usd}
              onChange={(e) => setUsd(e.currentTarget.value)}
              inputMode="decimal"
              dir="ltr"
              required
              error={problem('usdPerUnit')}
            />
            <TextInput
              type="date"
              label={intl.formatMessage({ id: 'admin.colEffective' })}
              value={effective}
              onChange={(e) => setEffective(e.currentTarget.value)}
              required
              dir="ltr"
              error={problem('effectiveDate')}
            />
          </SimpleGrid>
          <TextInput
            label={intl.formatMessage({ id: 'admin.colSource' })}
            description={intl.formatMessage({ id: 'admin.sourceHint' })}
            value={source}
            onChange={(e) => setSource(e.currentTarget.value)}
            error={problem('source')}
            dir="auto"
          />
          {refusal && !Object.keys(refusal.fields).length && (
            <Alert color="red" role="alert">
              <FormattedMessage id={refusal.id} values={refusal.values} />
            </Alert>
          )}
          {done && !set.error && (
            <Text role="status" fw={600}>
              <FormattedMessage
                id="admin.rateSet"
                values={{
                  currency: <bdi>{done.currencyCode}</bdi>,
                  usd: <bdi>{formatDecimal(intl.locale, done.usdPerUnit)}</bdi>,
                  date: dates.date(done.effectiveDate),
                }}
              />
            </Text>
          )}
          <Group>
            <Button type="submit" loading={set.fetching}>
              <FormattedMessage id="admin.saveRate" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
