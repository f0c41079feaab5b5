import { Alert, Button, Skeleton, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CombinedError } from 'urql';
import { Link, useLocation } from 'wouter';
import { useSession } from '../session/SessionProvider';
import { useRefusal } from './useRefusal';

/** Loading: skeleton lines that keep the page's shape, announced once to screen readers. */
export function PageLoading({ lines = 6 }: { lines?: number }) {
  const intl = useIntl();
  return (
    <Stack gap="sm" aria-busy="true" aria-label={intl.formatMessage({ id: 'state.loading' })} role="status">
      <Skeleton height={28} width="40%" />
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} height={16} width={`${90 - (i % 3) * 15}%`} />
      ))}
    </Stack>
  );
}

/** Nothing to show: why, and what to do about it. */
export function EmptyState({ title, hint }: { title: React.ReactNode; hint?: React.ReactNode }) {
  return (
    <Stack gap={4} py="lg" role="status">
      <Text fw={600}>{title}</Text>
      {hint && <Text c="dimmed">{hint}</Text>}
    </Stack>
  );
}

/**
 * A failed load, said in words: not found or not visible (with sign-in when signed out, since
 * the record may be visible then), refused, or a failure with a retry.
 */
export function PageError({ error, retry }: { error: CombinedError; retry?: () => void }) {
  const refusal = useRefusal(error);
  const { status } = useSession();
  const [location] = useLocation();
  const intl = useIntl();
  if (!refusal) return null;
  const hidden = refusal.code === 'NOT_FOUND' || refusal.code === 'FORBIDDEN' || refusal.code === 'UNAUTHENTICATED';
  return (
    <Alert color={hidden ? 'gray' : 'red'} title={intl.formatMessage({ id: hidden ? 'state.unavailable' : 'state.error' })} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text>
          <FormattedMessage id={refusal.id} values={refusal.values} />
        </Text>
        {hidden && status !== 'signedIn' && (
          <Button component={Link} href={`/sign-in?next=${encodeURIComponent(location + window.location.search)}`} variant="filled">
            <FormattedMessage id="state.signInToSee" />
          </Button>
        )}
        {!hidden && retry && (
          <Button variant="default" onClick={retry}>
            <FormattedMessage id="state.retry" />
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
