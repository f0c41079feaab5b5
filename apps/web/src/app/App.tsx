import { Container, DirectionProvider, MantineProvider } from '@mantine/core';
import { useMemo } from 'react';
import { Provider as GraphQLProvider } from 'urql';
import { useResumeSession, useSession } from '../session/SessionProvider';
import { PageLoading } from '../common/PageState';
import { SessionExpiredDialog } from '../session/SessionExpiredDialog';
import { createGraphQLClient } from './graphql-client';
import { Layout } from './Layout';
import { LocaleProvider, useLocale } from './LocaleProvider';
import { AppRoutes } from './routes';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  useResumeSession();
  const { status, user } = useSession();
  // The API answers by who asks: a new client (and cache) for each reader, so nothing seen
  // signed in stays on screen after sign-out, and hidden records appear after sign-in. An
  // expired session keeps its reader (and the page) until they sign in again.
  const viewer = status === 'signedIn' || status === 'expired' ? `user:${user?.id}` : status;
  const client = useMemo(() => (viewer === 'unknown' ? null : createGraphQLClient()), [viewer]);
  return (
    <LocaleProvider>
      <Themed>
        {client ? (
          <GraphQLProvider value={client}>
            <Layout>
              <AppRoutes />
            </Layout>
            <SessionExpiredDialog />
          </GraphQLProvider>
        ) : (
          <Container size="xl" py="xl">
            <PageLoading />
          </Container>
        )}
      </Themed>
    </LocaleProvider>
  );
}

function Themed({ children }: { children: React.ReactNode }) {
  const { locale } = useLocale();
  return (
    <DirectionProvider initialDirection={locale === 'ar' ? 'rtl' : 'ltr'} detectDirection>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>{children}</MantineProvider>
    </DirectionProvider>
  );
}
