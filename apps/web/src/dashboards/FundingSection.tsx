import { NativeSelect, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { ColumnHeads } from '../common/ColumnHeads';
import { EmptyState, PageError, PageLoading } from '../common/PageState';
import type { FundingDimension } from '../gql/types';
import { formatLocalDate } from '../i18n/format';
import { toApiLanguage, type Locale } from '../i18n/locales';
import type { MessageId } from '../i18n/messages';
import { ChartFrame } from './ChartFrame';
import { ExportMenu } from '../open-data/ExportMenu';
import { ExportFundingDashboardDocument } from '../open-data/exports.generated';
import { FundingDashboardDocument, type FundingDashboardQuery } from './dashboards.generated';
import { formatUsd } from './format';

type Row = FundingDashboardQuery['fundingDashboard']['rows'][number];

const DIMENSIONS: Record<FundingDimension, MessageId> = {
  THEMATIC_AREA: 'dashboard.funding.byThematicArea',
  REGION: 'dashboard.funding.byRegion',
  STATE: 'dashboard.funding.byState',
  REPORTING_YEAR: 'dashboard.funding.byReportingYear',
};
const FIGURES = [
  ['requestedUsd', 'dashboard.funding.requested'],
  ['pledgedUsd', 'dashboard.funding.pledged'],
  ['committedUsd', 'dashboard.funding.committed'],
  ['disbursedUsd', 'dashboard.funding.disbursed'],
  ['gapUsd', 'dashboard.funding.gap'],
] as const satisfies readonly (readonly [keyof Row, MessageId])[];
/** Groups drawn as bars (the largest); the table and the file have them all. */
const CHART_ROWS = 12;

/** Requested, pledged, committed and disbursed by a dimension: bars with the gap visible, a table, a file. */
export function FundingSection() {
  const intl = useIntl();
  const { locale } = intl;
  const [dimension, setDimension] = useState<FundingDimension>('THEMATIC_AREA');
  const [{ data, error, fetching }, refetch] = useQuery({
    query: FundingDashboardDocument,
    variables: { dimension, lang: toApiLanguage(locale as Locale) },
  });
  const funding = data?.fundingDashboard;
  const nameOf = (r: Row) => r.name ?? r.key ?? intl.formatMessage({ id: 'dashboard.funding.noArea' });
  const rows = funding?.rows ?? [];
  const most = Math.max(1, ...rows.map((r) => Math.max(Number(r.requestedUsd), Number(r.pledgedUsd))));
  const largest = [...rows].sort((a, b) => Number(b.requestedUsd) + Number(b.pledgedUsd) - Number(a.requestedUsd) - Number(a.pledgedUsd)).slice(0, CHART_ROWS);
  const width = (amount: string) => `${Math.min(100, (100 * Number(amount)) / most).toFixed(2)}%`;
  const controls = (
    <NativeSelect
      size="xs"
      label={intl.formatMessage({ id: 'dashboard.funding.groupBy' })}
      value={dimension}
      onChange={(e) => setDimension(e.currentTarget.value as FundingDimension)}
      data={Object.entries(DIMENSIONS).map(([value, id]) => ({ value, label: intl.formatMessage({ id }) }))}
    />
  );
  const body = (chart: boolean) => {
    if (error && !funding) return <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
    if (!funding || fetching) return <PageLoading lines={4} />;
    if (!rows.length)
      return <EmptyState title={<FormattedMessage id="dashboard.funding.emptyTitle" />} hint={<FormattedMessage id="dashboard.funding.emptyHint" />} />;
    return chart ? (
      <div className="funding-bars">
        <ul className="funding-legend" aria-hidden="true">
          <li className="bar-requested">
            <FormattedMessage id="dashboard.funding.requested" />
          </li>
          <li className="bar-pledged">
            <FormattedMessage id="dashboard.funding.pledged" />
          </li>
          <li className="bar-committed">
            <FormattedMessage id="dashboard.funding.committed" />
          </li>
          <li className="bar-disbursed">
            <FormattedMessage id="dashboard.funding.disbursed" />
          </li>
        </ul>
        {largest.map((r) => (
          <figure key={r.key ?? ''} className="funding-row" aria-label={nameOf(r)}>
            <figcaption>{nameOf(r)}</figcaption>
            <div className="bar-track">
              <div className="bar bar-requested" style={{ inlineSize: width(r.requestedUsd) }} />
            </div>
            <div className="bar-track">
              <div className="bar bar-pledged" style={{ inlineSize: width(r.pledgedUsd) }} />
              <div className="bar bar-committed" style={{ inlineSize: width(r.committedUsd) }} />
              <div className="bar bar-disbursed" style={{ inlineSize: width(r.disbursedUsd) }} />
            </div>
            <Text size="xs" c="dimmed">
              <FormattedMessage
                id="dashboard.funding.rowSummary"
                values={{
                  requested: <bdi>{formatUsd(locale, r.requestedUsd)}</bdi>,
                  pledged: <bdi>{formatUsd(locale, r.pledgedUsd)}</bdi>,
                  disbursed: <bdi>{formatUsd(locale, r.disbursedUsd)}</bdi>,
                  gap: <bdi>{formatUsd(locale, r.gapUsd)}</bdi>,
                }}
              />
            </Text>
          </figure>
        ))}
      </div>
    ) : (
      <div className="dashboard-scroll">
        <Table striped withTableBorder>
          <ColumnHeads columns={[DIMENSIONS[dimension], ...FIGURES.map(([, id]) => ({ id, end: true }))]} />
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key ?? ''}>
                <Table.Th scope="row" fw={400}>
                  {nameOf(r)}
                </Table.Th>
                {FIGURES.map(([key]) => (
                  <Table.Td key={key} ta="end">
                    <bdi>{formatUsd(locale, r[key] as string)}</bdi>
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">
                <FormattedMessage id="dashboard.funding.total" />
              </Table.Th>
              {FIGURES.map(([key]) => (
                <Table.Td key={key} ta="end" fw={700}>
                  <bdi>{formatUsd(locale, funding.total[key] as string)}</bdi>
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </div>
    );
  };
  return (
    <ChartFrame
      id="funding"
      heading="dashboard.funding.title"
      hint={
        funding && (
          <>
            <FormattedMessage
              id={funding.rateDate ? 'dashboard.funding.ratesOn' : 'dashboard.funding.inUsd'}
              values={{ date: <bdi>{formatLocalDate(locale, funding.rateDate ?? funding.asOf)}</bdi> }}
            />{' '}
            <FormattedMessage id="dashboard.funding.pledgesNote" />
          </>
        )
      }
      controls={controls}
      chart={body(true)}
      table={body(false)}
      download={
        <ExportMenu document={ExportFundingDashboardDocument} variables={{ dimension }} subject={intl.formatMessage({ id: 'dashboard.funding.title' })} />
      }
    />
  );
}
