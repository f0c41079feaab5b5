import { Button, Checkbox, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Money } from '../common/Money';
import { emptyTranche, trancheTotal, type DraftTranche } from './budget-draft';
import { isAmount } from './money-input';

/**
 * A budget in tranches and lines: edit, add or remove them, with each tranche's total as typed
 * (exact decimals). `needs`, when given, lets each tranche name the needs it carries. `checked`:
 * show what is missing or wrong beside each field.
 */
export function TranchesEditor({
  tranches,
  onChange,
  currency,
  checked,
  needs,
}: {
  tranches: DraftTranche[];
  onChange: (next: DraftTranche[]) => void;
  currency: string;
  checked: boolean;
  needs?: { id: string; title: string }[];
}) {
  const intl = useIntl();
  const edit = (ti: number, change: (t: DraftTranche) => DraftTranche) => onChange(tranches.map((t, i) => (i === ti ? change(t) : t)));
  const amountError = (v: string) => (checked && !isAmount(v) ? intl.formatMessage({ id: 'room.amountInvalid' }) : undefined);
  const required = (v: string) => (checked && !v.trim() ? intl.formatMessage({ id: 'room.required' }) : undefined);
  return (
    <Stack gap="md">
      {tranches.map((t, ti) => (
        <Fieldset key={ti} legend={intl.formatMessage({ id: 'room.trancheLegend' }, { number: ti + 1 })}>
          <Stack gap="xs">
            <TextInput
              label={intl.formatMessage({ id: 'room.trancheTitle' })}
              value={t.title}
              error={required(t.title)}
              onChange={(e) => {
                const title = e.currentTarget.value;
                edit(ti, (x) => ({ ...x, title }));
              }}
              dir="auto"
            />
            {needs && needs.length > 1 && (
              <Checkbox.Group
                label={intl.formatMessage({ id: 'compiler.trancheNeeds' })}
                description={intl.formatMessage({ id: 'compiler.trancheNeedsHint' })}
                value={t.needIds}
                onChange={(needIds) => edit(ti, (x) => ({ ...x, needIds }))}
              >
                <Stack gap={4} mt={4}>
                  {needs.map((n) => (
                    <Checkbox key={n.id} value={n.id} label={<span dir="auto">{n.title}</span>} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
            {t.lines.map((l, li) => (
              <Group key={li} align="flex-end" gap="xs" wrap="wrap">
                <TextInput
                  style={{ flex: '2 1 12rem' }}
                  label={intl.formatMessage({ id: 'room.lineDescription' }, { number: li + 1 })}
                  value={l.description}
                  error={required(l.description)}
                  dir="auto"
                  onChange={(e) => {
                    const description = e.currentTarget.value;
                    edit(ti, (x) => ({ ...x, lines: x.lines.map((y, i) => (i === li ? { ...y, description } : y)) }));
                  }}
                />
                <TextInput
                  style={{ flex: '1 1 8rem' }}
                  label={intl.formatMessage({ id: 'room.lineAmount' }, { number: li + 1, currency })}
                  value={l.amount}
                  error={amountError(l.amount)}
                  inputMode="decimal"
                  dir="ltr"
                  onChange={(e) => {
                    const amount = e.currentTarget.value;
                    edit(ti, (x) => ({ ...x, lines: x.lines.map((y, i) => (i === li ? { ...y, amount } : y)) }));
                  }}
                />
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  mb={6}
                  disabled={t.lines.length === 1}
                  onClick={() => edit(ti, (x) => ({ ...x, lines: x.lines.filter((_, i) => i !== li) }))}
                >
                  <FormattedMessage id="room.removeLine" values={{ number: li + 1 }} />
                </Button>
              </Group>
            ))}
            <Group justify="space-between" wrap="wrap">
              <Group gap="xs">
                <Button variant="subtle" size="compact-sm" onClick={() => edit(ti, (x) => ({ ...x, lines: [...x.lines, { description: '', amount: '' }] }))}>
                  <FormattedMessage id="room.addLine" />
                </Button>
                {tranches.length > 1 && (
                  <Button variant="subtle" color="red" size="compact-sm" onClick={() => onChange(tranches.filter((_, i) => i !== ti))}>
                    <FormattedMessage id="room.removeTranche" values={{ number: ti + 1 }} />
                  </Button>
                )}
              </Group>
              <Text size="sm">
                <FormattedMessage id="room.trancheTotal" values={{ amount: trancheTotal(t) ? <Money amount={trancheTotal(t)!} currency={currency} /> : '—' }} />
              </Text>
            </Group>
          </Stack>
        </Fieldset>
      ))}
      <Button variant="default" onClick={() => onChange([...tranches, emptyTranche()])} style={{ alignSelf: 'flex-start' }}>
        <FormattedMessage id="room.addTranche" />
      </Button>
    </Stack>
  );
}
