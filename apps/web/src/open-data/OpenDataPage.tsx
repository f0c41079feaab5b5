import { Anchor, Code, List, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { ColumnHeads } from '../common/ColumnHeads';
import { PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import type { MessageId } from '../i18n/messages';
import { OpenDataDocument, type OpenDataQuery } from './open-data.generated';

/** Each list that has a "Download" menu: what it is, where, and who may download it. */
const LISTS: { list: MessageId; where: string | MessageId; who: MessageId }[] = [
  { list: 'openData.list.needs', where: '/needs', who: 'openData.who.everyone' },
  { list: 'openData.list.offers', where: '/offers', who: 'openData.who.everyone' },
  { list: 'openData.list.proposals', where: '/proposals', who: 'openData.who.everyone' },
  { list: 'openData.list.ledger', where: 'openData.where.fundingTab', who: 'openData.who.everyone' },
  { list: 'openData.list.dashboard', where: '/dashboard', who: 'openData.who.everyone' },
  { list: 'openData.list.myNeeds', where: '/my/needs', who: 'openData.who.npc' },
  { list: 'openData.list.myOffers', where: '/my/offers', who: 'openData.who.donor' },
  { list: 'openData.list.myMatches', where: '/my/matches', who: 'openData.who.sides' },
  { list: 'openData.list.needQueue', where: '/staff/moderation/needs', who: 'openData.who.unoda' },
  { list: 'openData.list.offerQueue', where: '/staff/moderation/offers', who: 'openData.who.unoda' },
  { list: 'openData.list.matchQueue', where: '/staff/matches', who: 'openData.who.unoda' },
];

const FILE_FACTS: MessageId[] = [
  'openData.files.csv',
  'openData.files.codes',
  'openData.files.dates',
  'openData.files.money',
  'openData.files.language',
  'openData.files.xlsx',
];

/** A code or a date in a sentence, left to right in Arabic too. */
const code = (chunks: ReactNode[]) => (
  <Code component="bdi" dir="ltr">
    {chunks}
  </Code>
);

function Section({ id, heading, children }: { id: string; heading: MessageId; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="xs">
        <FormattedMessage id={heading} />
      </Title>
      <Stack gap="sm">{children}</Stack>
    </section>
  );
}

/**
 * `/open-data`, for everyone: what can be downloaded and where, what the files hold and how, the
 * IATI activity files, and the licence they are published under.
 */
export default function OpenDataPage() {
  const intl = useIntl();
  return (
    <Stack gap="xl" maw={960}>
      <div>
        <PageTitle documentTitle={intl.formatMessage({ id: 'openData.title' })}>
          <FormattedMessage id="openData.title" />
        </PageTitle>
        <Text>
          <FormattedMessage id="openData.intro" />
        </Text>
      </div>

      <Section id="open-data-lists" heading="openData.lists.title">
        <Text>
          <FormattedMessage id="openData.lists.intro" />
        </Text>
        <Text>
          <FormattedMessage id="openData.lists.sameAsSeen" />
        </Text>
        <Table.ScrollContainer minWidth={560} type="native">
          <Table striped verticalSpacing="xs">
            <ColumnHeads columns={['openData.lists.colList', 'openData.lists.colWhere', 'openData.lists.colWho']} />
            <Table.Tbody>
              {LISTS.map(({ list, where, who }) => (
                <Table.Tr key={list}>
                  <Table.Th scope="row" fw={600}>
                    <FormattedMessage id={list} />
                  </Table.Th>
                  <Table.Td>
                    {where.startsWith('/') ? (
                      <Anchor component={Link} href={where}>
                        <bdi dir="ltr">{where}</bdi>
                      </Anchor>
                    ) : (
                      <FormattedMessage id={where as MessageId} />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <FormattedMessage id={who} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="sm" c="dimmed">
          <FormattedMessage id="openData.lists.link" />
        </Text>
      </Section>

      <Section id="open-data-files" heading="openData.files.title">
        <List spacing={4}>
          {FILE_FACTS.map((id) => (
            <List.Item key={id}>
              <FormattedMessage id={id} values={{ code }} />
            </List.Item>
          ))}
        </List>
      </Section>

      <Section id="open-data-iati" heading="openData.iati.title">
        <Text>
          <FormattedMessage id="openData.iati.intro" />
        </Text>
        <WithOpenData>
          {(o) => (
            <>
              <List spacing={4}>
                <List.Item>
                  <FormattedMessage id="openData.iati.all" values={{ path: <PathLink path={o.iatiActivitiesUrl} /> }} />
                </List.Item>
                <List.Item>
                  <FormattedMessage id="openData.iati.one" values={{ path: <PathCode path={o.iatiActivityUrlTemplate.replace('{id}', '<id>')} /> }} />
                </List.Item>
              </List>
              <Text>
                <FormattedMessage
                  id="openData.iati.publisher"
                  values={{ name: <bdi>{o.iatiReportingOrgName}</bdi>, ref: <PathCode path={o.iatiReportingOrgRef} /> }}
                />
              </Text>
            </>
          )}
        </WithOpenData>
        <Text size="sm" c="dimmed">
          <FormattedMessage id="openData.iati.visibility" />
        </Text>
      </Section>

      <Section id="open-data-licence" heading="openData.licence.title">
        <WithOpenData>
          {(o) => (
            <Text>
              <FormattedMessage
                id="openData.licence.under"
                values={{
                  licence: (
                    <Anchor href={o.licence.url} target="_blank" rel="noopener noreferrer">
                      <bdi dir="ltr">{o.licence.id}</bdi>
                    </Anchor>
                  ),
                }}
              />
            </Text>
          )}
        </WithOpenData>
      </Section>
    </Stack>
  );
}

type OpenData = OpenDataQuery['openData'];

/** What the operator configured (licence, IATI endpoint and publisher), with its loading and error states. */
function WithOpenData({ children }: { children: (openData: OpenData) => ReactNode }) {
  // One request for both sections: urql answers the second from the cache.
  const [{ data, error }, refetch] = useQuery({ query: OpenDataDocument });
  if (data) return children(data.openData);
  return error ? <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} /> : <PageLoading lines={2} />;
}

/** A path of this site as code, isolated so it reads left to right in Arabic too. */
const PathCode = ({ path }: { path: string }) => (
  <Code component="bdi" dir="ltr">
    {path}
  </Code>
);

/** A file the api serves (not a page of the app: a plain link), a path or an address. */
const PathLink = ({ path }: { path: string }) => (
  <Anchor href={path}>
    <PathCode path={path} />
  </Anchor>
);
