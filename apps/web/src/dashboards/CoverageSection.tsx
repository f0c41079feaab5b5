import { Anchor, Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { ColumnHeads } from '../common/ColumnHeads';
import { EmptyState } from '../common/PageState';
import { formatInstant } from '../i18n/format';
import { ChartFrame } from './ChartFrame';
import { ExportMenu } from '../open-data/ExportMenu';
import { ExportCoverageDashboardDocument } from '../open-data/exports.generated';
import type { CoverageDashboardQuery } from './dashboards.generated';
import { formatCount, formatUsd } from './format';

type Coverage = CoverageDashboardQuery['coverageDashboard'];
type Cell = Coverage['cells'][number];

const COLUMNS = [
  'dashboard.coverage.area',
  'dashboard.coverage.region',
  { id: 'dashboard.coverage.needs', end: true },
  { id: 'dashboard.coverage.needsBudget', end: true },
  { id: 'dashboard.coverage.offers', end: true },
  { id: 'dashboard.coverage.offersRemaining', end: true },
] as const;

/** Needs against offers: a heat map of thematic area × region (colour and number), its table, its file. */
export function CoverageSection({ coverage }: { coverage: Coverage }) {
  const intl = useIntl();
  const { locale } = intl;
  const areas = [...new Map(coverage.cells.map((c) => [c.thematicAreaCode, c.thematicAreaName])).entries()];
  const regions = [...new Map(coverage.cells.map((c) => [c.regionCode, c.regionName])).entries()].sort(([a], [b]) => a.localeCompare(b));
  const at = new Map(coverage.cells.map((c) => [`${c.thematicAreaCode}|${c.regionCode}`, c]));
  const most = Math.max(1, ...coverage.cells.map((c) => c.needs));
  const heatMap = (
    <div className="dashboard-scroll">
      <table className="heat-map" aria-describedby="coverage-legend">
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="dashboard.coverage.area" />
            </th>
            {regions.map(([code, name]) => (
              <th scope="col" key={code}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {areas.map(([code, name]) => (
            <tr key={code}>
              <th scope="row">{name}</th>
              {regions.map(([region]) => {
                const cell = at.get(`${code}|${region}`);
                return <HeatCell key={region} cell={cell} most={most} locale={locale} />;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <Text size="sm" c="dimmed" id="coverage-legend" mt="xs">
        <FormattedMessage id="dashboard.coverage.legend" />
      </Text>
    </div>
  );
  const table = (
    <div className="dashboard-scroll">
      <Table striped withTableBorder>
        <ColumnHeads columns={COLUMNS} />
        <Table.Tbody>
          {coverage.cells.map((c) => (
            <Table.Tr key={`${c.thematicAreaCode}|${c.regionCode}`}>
              <Table.Th scope="row" fw={400}>
                {c.thematicAreaName}
              </Table.Th>
              <Table.Td>{c.regionName}</Table.Td>
              <Table.Td ta="end">
                <bdi>{formatCount(locale, c.needs)}</bdi>
              </Table.Td>
              <Table.Td ta="end">
                <bdi>{formatUsd(locale, c.needsBudgetUsd)}</bdi>
              </Table.Td>
              <Table.Td ta="end">
                <bdi>{formatCount(locale, c.fittingOffers)}</bdi>
              </Table.Td>
              <Table.Td ta="end">
                <bdi>{formatUsd(locale, c.offersRemainingUsd)}</bdi>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
  return (
    <ChartFrame
      id="coverage"
      heading="dashboard.coverage.title"
      hint={
        <FormattedMessage
          id="dashboard.coverage.summary"
          values={{ needs: <bdi>{formatCount(locale, coverage.needs)}</bdi>, unmet: <bdi>{formatCount(locale, coverage.unmetCount)}</bdi> }}
        />
      }
      chart={
        coverage.cells.length ? (
          heatMap
        ) : (
          <EmptyState title={<FormattedMessage id="dashboard.coverage.emptyTitle" />} hint={<FormattedMessage id="dashboard.coverage.emptyHint" />} />
        )
      }
      table={table}
      download={<ExportMenu document={ExportCoverageDashboardDocument} variables={{}} subject={intl.formatMessage({ id: 'dashboard.coverage.title' })} />}
    />
  );
}

/** One cell: the needs as a number and as colour intensity, and the fitting offers beneath. */
function HeatCell({ cell, most, locale }: { cell: Cell | undefined; most: number; locale: string }) {
  const needs = cell?.needs ?? 0;
  // Light to mid blue: dark text stays readable on every shade.
  const alpha = needs ? 0.08 + (0.5 * needs) / most : 0;
  return (
    <td className="heat-cell" style={{ backgroundColor: `rgba(0, 158, 219, ${alpha.toFixed(3)})` }} data-needs={needs} data-offers={cell?.fittingOffers ?? 0}>
      <span className="heat-needs">
        <bdi>{formatCount(locale, needs)}</bdi>
      </span>
      <span className="heat-offers">
        <FormattedMessage id="dashboard.coverage.cellOffers" values={{ offers: <bdi>{formatCount(locale, cell?.fittingOffers ?? 0)}</bdi> }} />
      </span>
    </td>
  );
}

/** The needs no offer fits: a list with links, the first page of them. */
export function UnmetNeeds({ coverage }: { coverage: Coverage }) {
  const { locale } = useIntl();
  return (
    <section aria-labelledby="unmet-title" className="dashboard-section">
      <Text component="h2" fw={700} size="lg" id="unmet-title">
        <FormattedMessage id="dashboard.unmet.title" />
      </Text>
      {coverage.unmet.length === 0 ? (
        <EmptyState title={<FormattedMessage id="dashboard.unmet.none" />} />
      ) : (
        <>
          <Text c="dimmed" size="sm" mb="xs">
            <FormattedMessage
              id="dashboard.unmet.hint"
              values={{ shown: <bdi>{formatCount(locale, coverage.unmet.length)}</bdi>, total: <bdi>{formatCount(locale, coverage.unmetCount)}</bdi> }}
            />
          </Text>
          <div className="dashboard-scroll">
            <Table striped withTableBorder>
              <ColumnHeads
                columns={['dashboard.unmet.need', 'dashboard.unmet.state', { id: 'dashboard.unmet.budget', end: true }, 'dashboard.unmet.published']}
              />
              <Table.Tbody>
                {coverage.unmet.map((n) => (
                  <Table.Tr key={n.id}>
                    <Table.Td>
                      <Anchor component={Link} href={`/needs/${n.id}`} dir="auto">
                        {n.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{n.stateName}</Table.Td>
                    <Table.Td ta="end">{n.budgetUsd ? <bdi>{formatUsd(locale, n.budgetUsd)}</bdi> : '—'}</Table.Td>
                    <Table.Td>
                      <bdi>{formatInstant(locale, n.publishedAt)}</bdi>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}
