import { Alert, Anchor, Button, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { useRefusal } from '../common/useRefusal';
import { ExpressInterestDocument, InterestOffersDocument } from './workspace.generated';

/**
 * On a published need, for a donor: tell the State they are interested, with one of their
 * organisation's published offers and a word; the match it makes (or upgrades) opens next.
 */
export function ExpressInterest({ needId, organisationId }: { needId: string; organisationId: string }) {
  const intl = useIntl();
  const [, navigate] = useLocation();
  const [{ data }] = useQuery({ query: InterestOffersDocument, variables: { organisationId } });
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState('');
  const [result, express] = useMutation(ExpressInterestDocument);
  const refusal = useRefusal(result.error);
  const offers = data?.offers.edges.map((e) => e.node);
  if (!offers) return null;
  const offerId = chosen || offers[0]?.id;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="express-interest">
      <Stack gap="sm">
        <Title order={2} size="h4" id="express-interest">
          <FormattedMessage id="interest.title" />
        </Title>
        {offers.length === 0 ? (
          <Text>
            <FormattedMessage
              id="interest.noOffer"
              values={{
                link: (text) => (
                  <Anchor component={Link} href="/my/offers">
                    {text}
                  </Anchor>
                ),
              }}
            />
          </Text>
        ) : (
          <>
            <NativeSelect
              label={intl.formatMessage({ id: 'interest.withOffer' })}
              value={offerId}
              onChange={(e) => setChosen(e.currentTarget.value)}
              data={offers.map((o) => ({ value: o.id, label: o.title }))}
            />
            <Textarea
              label={intl.formatMessage({ id: 'matchActions.messageToState' })}
              description={intl.formatMessage({ id: 'matchActions.messageHint' })}
              value={message}
              onChange={(e) => setMessage(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={2000}
            />
            {refusal && (
              <Alert color="red" role="alert">
                <FormattedMessage id={refusal.id} values={refusal.values} />
              </Alert>
            )}
            <Button
              style={{ alignSelf: 'flex-start' }}
              loading={result.fetching}
              onClick={() =>
                void express({ input: { needId, offerId, message: message.trim() || null } }).then((r) => {
                  if (r.data) navigate(`/matches/${r.data.expressInterest.id}`);
                })
              }
            >
              <FormattedMessage id="matchActions.express" />
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  );
}
