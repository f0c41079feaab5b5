import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { useConfirmation } from '../common/ConfirmDialog';
import { useEnumLabel } from '../common/labels';
import { useRefusal } from '../common/useRefusal';
import { formatMoney } from '../i18n/format';
import type { Choice } from '../offers/usePlaceChoices';
import { DeleteCriteriaDocument, SetCriteriaActiveDocument, type CriteriaFieldsFragment } from './criteria.generated';

export interface Names {
  themes: Map<string, string>;
  types: Map<string, string>;
  places: Map<string, string>;
}

export const namesOf = (list: Choice[] | { code: string; name: string }[] | undefined) =>
  new Map((list ?? []).map((c) => ('code' in c ? [c.code, c.name] : [c.value, c.label])));

/** One set of criteria: what it asks for, by name, whether it is active, and its steps. */
export function CriteriaCard({
  criteria,
  names,
  selected,
  onPreview,
  onEdit,
  onChanged,
}: {
  criteria: CriteriaFieldsFragment;
  names: Names;
  selected: boolean;
  onPreview: () => void;
  onEdit: () => void;
  onChanged: () => void;
}) {
  const intl = useIntl();
  const confirmation = useConfirmation();
  const label = useEnumLabel();
  const [toggled, setActive] = useMutation(SetCriteriaActiveDocument);
  const [deleted, remove] = useMutation(DeleteCriteriaDocument);
  const refusal = useRefusal(toggled.error ?? deleted.error);
  const any = intl.formatMessage({ id: 'criteria.any' });
  const named = (codes: string[], map: Map<string, string>) => (codes.length ? intl.formatList(codes.map((c) => map.get(c) ?? c)) : any);
  const usd = (v: string) => formatMoney(intl.locale, v, 'USD');
  const { budgetUsdMin: min, budgetUsdMax: max } = criteria;
  const budget =
    min && max
      ? intl.formatMessage({ id: 'criteria.budgetBetween' }, { min: usd(min), max: usd(max) })
      : min
        ? intl.formatMessage({ id: 'criteria.budgetAtLeast' }, { min: usd(min) })
        : max
          ? intl.formatMessage({ id: 'criteria.budgetAtMost' }, { max: usd(max) })
          : any;
  const line = (term: ReactNode, value: ReactNode) => (
    <Text size="sm">
      <Text span size="sm" c="dimmed">
        {term}
      </Text>{' '}
      {value}
    </Text>
  );
  const headingId = `criteria-${criteria.id}`;

  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-labelledby={headingId}
      style={selected ? { borderColor: 'var(--mantine-color-unBlue-6)', borderWidth: 2 } : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h5" id={headingId} dir="auto">
            {criteria.name}
          </Title>
          <Badge color={criteria.active ? 'teal' : 'gray'} variant="light" radius="sm" tt="none" c="dark.8" style={{ flexShrink: 0 }}>
            <FormattedMessage id={criteria.active ? 'criteria.active' : 'criteria.paused'} />
          </Badge>
        </Group>
        {line(<FormattedMessage id="criteria.thematicAreas" />, named(criteria.thematicAreaCodes, names.themes))}
        {line(<FormattedMessage id="criteria.assistanceTypes" />, named(criteria.assistanceTypeCodes, names.types))}
        {line(<FormattedMessage id="criteria.places" />, named([...criteria.regions, ...criteria.states], names.places))}
        {line(
          <FormattedMessage id="criteria.languages" />,
          criteria.languages.length ? intl.formatList(criteria.languages.map((l) => label('language', l))) : any,
        )}
        {line(<FormattedMessage id="criteria.budget" />, <bdi>{budget}</bdi>)}
        {refusal && (
          <Text size="sm" c="red.8" role="alert">
            <FormattedMessage id={refusal.id} values={refusal.values} />
          </Text>
        )}
        <Group gap="xs" mt="xs">
          <Button size="xs" variant={selected ? 'filled' : 'light'} onClick={onPreview} aria-pressed={selected}>
            <FormattedMessage id="criteria.showFits" />
          </Button>
          <Button size="xs" variant="default" onClick={onEdit}>
            <FormattedMessage id="workspace.edit" />
          </Button>
          <Button
            size="xs"
            variant="default"
            loading={toggled.fetching}
            onClick={() => void setActive({ criteriaId: criteria.id, active: !criteria.active }).then(onChanged)}
          >
            <FormattedMessage id={criteria.active ? 'criteria.pause' : 'criteria.resume'} />
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={deleted.fetching}
            onClick={() =>
              void confirmation
                .ask({
                  message: intl.formatMessage({ id: 'criteria.deleteConfirm' }, { name: criteria.name }),
                  confirmLabel: intl.formatMessage({ id: 'criteria.delete' }),
                })
                .then((yes) => {
                  if (yes) void remove({ criteriaId: criteria.id }).then(onChanged);
                })
            }
          >
            <FormattedMessage id="criteria.delete" />
          </Button>
          {confirmation.dialog}
        </Group>
      </Stack>
    </Card>
  );
}
