import { Container, DirectionProvider, MantineProvider } from '@mantine/core';
import { useMemo } from 'react';
import { Provider as GraphQLProvider } from 'urql';
import { useSession } from '../session/SessionProvider';
import { PageLoading } from '../common/PageState';
import { SessionExpiredDialog } from '../session/SessionExpiredDialog';
import { graphQLClientFor } from './graphql-client';
import { Layout } from './Layout';
import { LocaleProvider, useLocale, type Catalogue } from './LocaleProvider';
import { AppRoutes } from './routes';
import { cssVariablesResolver, theme } from './theme';

/** The app, in the language of the catalogue main.tsx loaded; the session was resumed there too. */
export function App({ catalogue }: { catalogue: Catalogue }) {
  const { status, user } = useSession();
  // The API answers by who asks: a new client (and cache) for each reader, so nothing seen
  // signed in stays on screen after sign-out, and hidden records appear after sign-in. An
  // expired session keeps its reader (and the page) until they sign in again.
  const viewer = status === 'signedIn' || status === 'expired' ? `user:${user?.id}` : status;
  const client = useMemo(() => (viewer === 'unknown' ? null : graphQLClientFor(viewer)), [viewer]);
  return (
    <LocaleProvider initial={catalogue}>
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
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        {children}
      </MantineProvider>
    </DirectionProvider>
  );
}
