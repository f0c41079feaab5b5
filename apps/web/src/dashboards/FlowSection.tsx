import { Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ColumnHeads } from '../common/ColumnHeads';
import type { FlowStage } from '../gql/types';
import type { MessageId } from '../i18n/messages';
import { ChartFrame } from './ChartFrame';
import { ExportMenu } from '../open-data/ExportMenu';
import { ExportFlowDashboardDocument } from '../open-data/exports.generated';
import type { FlowDashboardQuery } from './dashboards.generated';
import { formatCount, formatDays, formatShare } from './format';

type Flow = FlowDashboardQuery['flowDashboard'];

const STAGES: Record<FlowStage, MessageId> = {
  SUBMISSION_TO_PUBLICATION: 'dashboard.flow.submissionToPublication',
  PUBLICATION_TO_FIRST_MATCH: 'dashboard.flow.publicationToFirstMatch',
  MATCH_TO_PROPOSAL: 'dashboard.flow.matchToProposal',
  PROPOSAL_TO_FUNDED: 'dashboard.flow.proposalToFunded',
};
const COLUMNS = [
  'dashboard.flow.stage',
  { id: 'dashboard.flow.count', end: true },
  { id: 'dashboard.flow.q1', end: true },
  { id: 'dashboard.flow.median', end: true },
  { id: 'dashboard.flow.q3', end: true },
] as const;

/** How long each step takes: the middle half (quartiles) as a bar with the median marked, a table, a file. */
export function FlowSection({ flow }: { flow: Flow }) {
  const intl = useIntl();
  const { locale } = intl;
  const longest = Math.max(1, ...flow.stages.map((s) => Number(s.q3Days ?? 0)));
  const at = (days: string | null) => `${Math.min(100, (100 * Number(days ?? 0)) / longest).toFixed(2)}%`;
  const chart = (
    <div className="flow-chart">
      {flow.stages.map((s) => (
        <figure key={s.stage} className="flow-row" aria-label={intl.formatMessage({ id: STAGES[s.stage] })}>
          <figcaption>
            <FormattedMessage id={STAGES[s.stage]} />
          </figcaption>
          <div className="flow-track">
            {s.medianDays != null && (
              <>
                <div className="flow-range" style={{ insetInlineStart: at(s.q1Days), inlineSize: `calc(${at(s.q3Days)} - ${at(s.q1Days)})` }} />
                <div className="flow-median" style={{ insetInlineStart: at(s.medianDays) }} />
              </>
            )}
          </div>
          <Text size="xs" c="dimmed">
            {s.medianDays == null ? (
              <FormattedMessage id="dashboard.flow.noData" />
            ) : (
              <FormattedMessage
                id="dashboard.flow.rowSummary"
                values={{
                  median: <bdi>{formatDays(locale, s.medianDays)}</bdi>,
                  q1: <bdi>{formatDays(locale, s.q1Days)}</bdi>,
                  q3: <bdi>{formatDays(locale, s.q3Days)}</bdi>,
                  count: <bdi>{formatCount(locale, s.count)}</bdi>,
                }}
              />
            )}
          </Text>
        </figure>
      ))}
    </div>
  );
  const table = (
    <div className="dashboard-scroll">
      <Table striped withTableBorder>
        <ColumnHeads columns={COLUMNS} />
        <Table.Tbody>
          {flow.stages.map((s) => (
            <Table.Tr key={s.stage}>
              <Table.Th scope="row" fw={400}>
                <FormattedMessage id={STAGES[s.stage]} />
              </Table.Th>
              <Table.Td ta="end">
                <bdi>{formatCount(locale, s.count)}</bdi>
              </Table.Td>
              {[s.q1Days, s.medianDays, s.q3Days].map((d, i) => (
                <Table.Td key={i} ta="end">
                  <bdi>{formatDays(locale, d)}</bdi>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
  return (
    <ChartFrame
      id="flow"
      heading="dashboard.flow.title"
      hint={
        <>
          <FormattedMessage id="dashboard.flow.hint" />{' '}
          <FormattedMessage
            id="dashboard.flow.expired"
            values={{
              count: <bdi>{formatCount(locale, flow.expiredUnmatched)}</bdi>,
              total: <bdi>{formatCount(locale, flow.publishedNeeds)}</bdi>,
              share: <bdi>{formatShare(locale, flow.expiredUnmatchedShare)}</bdi>,
            }}
          />
        </>
      }
      chart={chart}
      table={table}
      download={<ExportMenu document={ExportFlowDashboardDocument} variables={{}} subject={intl.formatMessage({ id: 'dashboard.flow.title' })} />}
    />
  );
}
