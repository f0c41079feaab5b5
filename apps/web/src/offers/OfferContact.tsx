import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link, useLocation } from 'wouter';
import { useSession } from '../session/SessionProvider';

/** The donor's contact point: the API gives it to signed-in users only, so others are told why. */
export function OfferContact({ name, email }: { name: string | null; email: string | null }) {
  const { status } = useSession();
  const [location] = useLocation();
  return (
    <section aria-labelledby="offer-contact">
      <Title order={2} size="h4" mb="xs" id="offer-contact">
        <FormattedMessage id="offer.contactTitle" />
      </Title>
      {status !== 'signedIn' ? (
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            <FormattedMessage id="offer.contactSignedOut" />
          </Text>
          <Button component={Link} href={`/sign-in?next=${encodeURIComponent(location)}`} variant="default" size="xs">
            <FormattedMessage id="state.signInToSee" />
          </Button>
        </Stack>
      ) : !name && !email ? (
        <Text size="sm">
          <FormattedMessage id="offer.contactNone" />
        </Text>
      ) : (
        <Stack gap={2}>
          {name && <Text dir="auto">{name}</Text>}
          {email && (
            <Anchor href={`mailto:${email}`} dir="ltr">
              <bdi>{email}</bdi>
            </Anchor>
          )}
        </Stack>
      )}
    </section>
  );
}
