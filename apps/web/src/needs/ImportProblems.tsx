import { Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocale } from '../app/LocaleProvider';
import { ColumnHeads } from '../common/ColumnHeads';
import type { MessageId } from '../i18n/messages';
import { problemValues } from './import-file';
import type { ImportProblemFieldsFragment } from './import.generated';

/**
 * The problems of an import file, each at its row (the spreadsheet's, or the position in the
 * JSON list) and column, said in the reader's language from the API's reason and params (its
 * English message when this catalogue does not know the reason yet).
 */
export function ImportProblems({ problems, kind }: { problems: ImportProblemFieldsFragment[]; kind: 'errors' | 'warnings' }) {
  const say = useProblemText();
  const { needReasons } = useLocale();
  useEffect(() => needReasons(), [needReasons]);
  const id = `import-${kind}`;
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="xs">
        <FormattedMessage id={kind === 'errors' ? 'import.errorsTitle' : 'import.warningsTitle'} values={{ count: problems.length }} />
      </Title>
      <Table.ScrollContainer minWidth={300} type="native">
        <Table striped verticalSpacing="xs" aria-labelledby={id}>
          <ColumnHeads columns={['import.colRow', 'import.colColumn', 'import.colProblem']} />
          <Table.Tbody>
            {problems.map((p, i) => (
              <Table.Tr key={i}>
                <Table.Td>{p.row ?? <FormattedMessage id="import.wholeFile" />}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{p.column ? <bdi>{p.column}</bdi> : null}</Table.Td>
                <Table.Td>
                  <Text size="sm">{say(p)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}

function useProblemText(): (p: ImportProblemFieldsFragment) => string {
  const intl = useIntl();
  const list = (items: string[]) => intl.formatList(items, { type: 'unit' });
  const label = (name: string, value: string) => {
    const key = name === 'status' ? `needStatus.${value}` : null;
    return key && key in intl.messages ? intl.formatMessage({ id: key as MessageId }) : null;
  };
  return (p) => {
    const id = `reason.${p.reason}`;
    if (!p.reason || !(id in intl.messages)) return p.message;
    return intl.formatMessage({ id: id as MessageId }, problemValues(p.params ?? null, list, label));
  };
}
