import { Anchor, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { useSession } from '../session/SessionProvider';
import { CoverageSection, UnmetNeeds } from './CoverageSection';
import { CoverageDashboardDocument, FlowDashboardDocument } from './dashboards.generated';
import { FlowSection } from './FlowSection';
import { FundingSection } from './FundingSection';
import './dashboards.css';

/**
 * The dashboard, for everyone: where the gaps are, what was funded and how long it takes. The
 * API counts what the reader may see (public records for visitors, more once signed in); the page
 * only draws, tabulates and exports its answers.
 */
export default function DashboardPage() {
  const intl = useIntl();
  const { status } = useSession();
  const [coverage, refetchCoverage] = useQuery({ query: CoverageDashboardDocument, variables: { lang: toApiLanguage(intl.locale as Locale) } });
  const [flow, refetchFlow] = useQuery({ query: FlowDashboardDocument });
  const retry = (refetch: typeof refetchFlow) => () => refetch({ requestPolicy: 'network-only' });
  return (
    <Stack gap="xl">
      <div>
        <PageTitle documentTitle={intl.formatMessage({ id: 'dashboard.pageTitle' })}>
          <FormattedMessage id="dashboard.pageTitle" />
        </PageTitle>
        <Text c="dimmed">
          <FormattedMessage id={status === 'signedIn' ? 'dashboard.introSignedIn' : 'dashboard.introPublic'} />
        </Text>
        <Anchor component={Link} href="/open-data" size="sm">
          <FormattedMessage id="openData.fromDashboard" />
        </Anchor>
      </div>
      {coverage.data ? (
        <>
          <CoverageSection coverage={coverage.data.coverageDashboard} />
          <UnmetNeeds coverage={coverage.data.coverageDashboard} />
        </>
      ) : coverage.error ? (
        <PageError error={coverage.error} retry={retry(refetchCoverage)} />
      ) : (
        <PageLoading />
      )}
      <FundingSection />
      {flow.data ? (
        <FlowSection flow={flow.data.flowDashboard} />
      ) : flow.error ? (
        <PageError error={flow.error} retry={retry(refetchFlow)} />
      ) : (
        <PageLoading lines={4} />
      )}
    </Stack>
  );
}
