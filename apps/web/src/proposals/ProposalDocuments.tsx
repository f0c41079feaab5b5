import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import { EmptyState } from '../common/PageState';
import { useDates } from '../common/useDates';
import { isWebLink, type ProposalDetail } from './proposal-parts';
import { RowCards } from './RowCards';
import { ColumnHeads } from '../common/ColumnHeads';

type Version = ProposalDetail['documentVersions'][number];

const COLUMNS = [
  'documents.colVersion',
  'documents.colAdded',
  'documents.colNote',
  'documents.colType',
  'documents.colVisibility',
  'documents.colFile',
] as const;

/** Every version of every document the visitor may read, newest first per document. */
export function ProposalDocuments({ proposal }: { proposal: ProposalDetail }) {
  const intl = useIntl();
  const dates = useDates();
  const wide = useMediaQuery('(min-width: 48em)', true);
  // Null for those who are not parties: they see the versions a party made public.
  const partyView = proposal.funding.promised !== null;
  if (proposal.documentVersions.length === 0) {
    return (
      <EmptyState
        title={<FormattedMessage id="documents.none" />}
        hint={<FormattedMessage id={partyView ? 'documents.noneHintParty' : 'documents.noneHintPublic'} />}
      />
    );
  }
  const cells = (d: Version) => [
    <FormattedMessage key="v" id="documents.version" values={{ version: d.version }} />,
    dates.instant(d.addedAt),
    d.note ? <span dir="auto">{d.note}</span> : '',
    d.mediaType ? <bdi>{d.mediaType}</bdi> : '',
    <Badge key="b" variant="outline" color={d.public ? 'teal' : 'gray'} tt="none" c="dark.8">
      <FormattedMessage id={d.public ? 'documents.public' : 'documents.partiesOnly'} />
    </Badge>,
    isWebLink(d.url) ? (
      <Anchor
        key="a"
        href={d.url}
        target="_blank"
        rel="noopener noreferrer"
        aria-label={intl.formatMessage({ id: 'documents.downloadLabel' }, { name: d.name, version: d.version })}
      >
        <FormattedMessage id="documents.download" />
      </Anchor>
    ) : (
      <bdi key="u">{d.url}</bdi>
    ),
  ];
  // The API lists them newest first per name; group by name (any case: the same document).
  const byName = new Map<string, Version[]>();
  for (const d of proposal.documentVersions) {
    const key = d.name.toLocaleLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), d]);
  }

  return (
    <Stack gap="lg">
      {!partyView && (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="documents.publicOnly" />
        </Text>
      )}
      {[...byName.values()].map((versions, i) => {
        const headingId = `document-${i}`;
        const name = versions[0]!.name;
        return (
          <section key={headingId} aria-labelledby={headingId}>
            <Title order={2} size="h4" id={headingId} mb="xs" dir="auto">
              {name}
            </Title>
            {wide ? (
              <Table.ScrollContainer minWidth={640} type="native">
                <Table verticalSpacing="xs" striped>
                  <ColumnHeads columns={COLUMNS} />
                  <Table.Tbody>
                    {versions.map((d) => {
                      const [version, ...rest] = cells(d);
                      return (
                        <Table.Tr key={d.id}>
                          <Table.Th scope="row" fw={400}>
                            {version}
                          </Table.Th>
                          {rest.map((cell, i) => (
                            <Table.Td key={COLUMNS[i + 1]}>{cell}</Table.Td>
                          ))}
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ) : (
              <RowCards
                rows={versions.map((d) => {
                  const [version, ...rest] = cells(d);
                  return { key: d.id, heading: version, facts: rest.map((value, i) => ({ term: <FormattedMessage id={COLUMNS[i + 1]!} />, value })) };
                })}
              />
            )}
          </section>
        );
      })}
    </Stack>
  );
}
