import { Alert, Button, Group, Stack } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { useConfirmation } from '../common/ConfirmDialog';
import { useRefusal } from '../common/useRefusal';
import { RevokeMemberDocument, SetMemberStatusDocument, type AdminMemberFragment } from './admin.generated';

/** Suspend or reactivate the person's account (`setUserStatus`), or take the role away after a confirmation (`revokeMembership`). */
export function MemberActions({ member, onChanged }: { member: AdminMemberFragment; onChanged: () => void }) {
  const intl = useIntl();
  const [statusSet, setStatus] = useMutation(SetMemberStatusDocument);
  const [revoked, revoke] = useMutation(RevokeMemberDocument);
  const refusal = useRefusal(statusSet.error ?? revoked.error);
  const who = member.user.displayName;
  const confirmation = useConfirmation();
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        {member.user.status === 'ACTIVE' && (
          <Button
            size="compact-sm"
            variant="default"
            loading={statusSet.fetching}
            onClick={() => void setStatus({ input: { userId: member.user.id, status: 'DISABLED' } }).then((r) => !r.error && onChanged())}
            aria-label={intl.formatMessage({ id: 'admin.suspendWho' }, { name: who })}
          >
            <FormattedMessage id="admin.suspend" />
          </Button>
        )}
        {member.user.status === 'DISABLED' && (
          <Button
            size="compact-sm"
            variant="default"
            loading={statusSet.fetching}
            onClick={() => void setStatus({ input: { userId: member.user.id, status: 'ACTIVE' } }).then((r) => !r.error && onChanged())}
            aria-label={intl.formatMessage({ id: 'admin.reactivateWho' }, { name: who })}
          >
            <FormattedMessage id="admin.reactivate" />
          </Button>
        )}
        <Button
          size="compact-sm"
          variant="subtle"
          color="red"
          loading={revoked.fetching}
          aria-label={intl.formatMessage({ id: 'admin.revokeWho' }, { name: who })}
          onClick={() =>
            void confirmation
              .ask({ message: intl.formatMessage({ id: 'admin.revokeConfirm' }, { name: who }), confirmLabel: intl.formatMessage({ id: 'admin.revoke' }) })
              .then((yes) => {
                if (yes) void revoke({ membershipId: member.id }).then((r) => !r.error && onChanged());
              })
          }
        >
          <FormattedMessage id="admin.revoke" />
        </Button>
      </Group>
      {confirmation.dialog}
      {refusal && (
        <Alert color="red" role="alert" p="xs">
          <FormattedMessage id={refusal.id} values={refusal.values} />
        </Alert>
      )}
    </Stack>
  );
}
