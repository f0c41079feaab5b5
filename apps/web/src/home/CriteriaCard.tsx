import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { CriteriaFitsDocument } from './workspace.generated';

/** One criteria's published needs that fit now: how many, and the newest three. */
function CriteriaFits({ id, name }: { id: string; name: string }) {
  const [{ data }] = useQuery({ query: CriteriaFitsDocument, variables: { criteriaId: id } });
  const preview = data?.standingCriteriaPreview;
  return (
    <li>
      <Text fw={600} size="sm" dir="auto">
        {name}
      </Text>
      {preview && (
        <>
          <Text size="xs" c="dimmed">
            <FormattedMessage id="workspaceHome.criteriaFit" values={{ count: preview.totalCount }} />
          </Text>
          {preview.needs.map((n) => (
            <Anchor key={n.id} component={Link} href={`/needs/${n.id}`} size="sm" display="block" lang={n.originalLanguage.toLowerCase()} dir="auto">
              {n.title}
            </Anchor>
          ))}
        </>
      )}
    </li>
  );
}

/** The organisation's active standing criteria, each with the needs it fits now (asked after the page has drawn). */
export function CriteriaCard({ criteria }: { criteria: { id: string; name: string }[] }) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="waiting-criteria">
      <Stack gap="xs">
        <Title order={2} size="h4" id="waiting-criteria">
          <FormattedMessage id="workspaceHome.criteria" />
        </Title>
        {criteria.length === 0 ? (
          <Text c="dimmed" size="sm">
            <FormattedMessage id="workspaceHome.noCriteria" />
          </Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {criteria.slice(0, 5).map((c) => (
              <CriteriaFits key={c.id} id={c.id} name={c.name} />
            ))}
          </Stack>
        )}
        <Anchor component={Link} href="/my/criteria" size="sm">
          <FormattedMessage id="workspaceHome.manageCriteria" />
        </Anchor>
      </Stack>
    </Card>
  );
}
