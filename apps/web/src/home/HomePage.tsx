import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { HomeFiguresDocument } from './home.generated';
import { toApiLanguage, type Locale } from '../i18n/locales';
import { NeedsTable } from '../needs/NeedsTable';

/** The public front page: search, what is on the marketplace, the newest needs. */
export default function HomePage() {
  const intl = useIntl();
  const [, navigate] = useLocation();
  const [{ data, error }, refetch] = useQuery({ query: HomeFiguresDocument, variables: { lang: toApiLanguage(intl.locale as Locale) } });
  return (
    <Stack gap="xl">
      <div>
        <PageTitle documentTitle={intl.formatMessage({ id: 'home.title' })}>
          <FormattedMessage id="home.title" />
        </PageTitle>
        <Text maw={760}>
          <FormattedMessage id="home.intro" />
        </Text>
      </div>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`/needs?q=${encodeURIComponent(String(new FormData(e.currentTarget).get('q') ?? '').trim())}`);
        }}
      >
        <Group align="flex-end" gap="sm" maw={640}>
          <TextInput name="q" type="search" label={intl.formatMessage({ id: 'home.searchLabel' })} style={{ flex: 1 }} />
          <Button type="submit">
            <FormattedMessage id="home.searchSubmit" />
          </Button>
        </Group>
      </form>
      {error && !data ? (
        <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <PageLoading />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} maw={640}>
            <Card withBorder component={Link} href="/needs">
              <Text size="xl" fw={700}>
                {intl.formatNumber(data.needs.totalCount)}
              </Text>
              <Text>
                <FormattedMessage id="home.publishedNeeds" values={{ count: data.needs.totalCount }} />
              </Text>
            </Card>
            <Card withBorder component={Link} href="/offers">
              <Text size="xl" fw={700}>
                {intl.formatNumber(data.offers.totalCount)}
              </Text>
              <Text>
                <FormattedMessage id="home.openOffers" values={{ count: data.offers.totalCount }} />
              </Text>
            </Card>
          </SimpleGrid>
          <section aria-labelledby="home-newest">
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h3" id="home-newest">
                <FormattedMessage id="home.newestNeeds" />
              </Title>
              <Anchor component={Link} href="/needs">
                <FormattedMessage id="home.allNeeds" />
              </Anchor>
            </Group>
            <NeedsTable needs={data.needs.edges.map((e) => e.node)} />
          </section>
        </>
      )}
    </Stack>
  );
}
