import { DirectionProvider, MantineProvider } from '@mantine/core';
import { useMemo } from 'react';
import { Provider as GraphQLProvider } from 'urql';
import { useResumeSession } from '../session/SessionProvider';
import { SessionExpiredDialog } from '../session/SessionExpiredDialog';
import { createGraphQLClient } from './graphql-client';
import { Layout } from './Layout';
import { LocaleProvider, useLocale } from './LocaleProvider';
import { AppRoutes } from './routes';
import { theme } from './theme';

export function App() {
  const client = useMemo(() => createGraphQLClient(), []);
  useResumeSession();
  return (
    <LocaleProvider>
      <Themed>
        <GraphQLProvider value={client}>
          <Layout>
            <AppRoutes />
          </Layout>
          <SessionExpiredDialog />
        </GraphQLProvider>
      </Themed>
    </LocaleProvider>
  );
}

function Themed({ children }: { children: React.ReactNode }) {
  const { locale } = useLocale();
  return (
    <DirectionProvider initialDirection={locale === 'ar' ? 'rtl' : 'ltr'} detectDirection>
      <MantineProvider theme={theme}>{children}</MantineProvider>
    </DirectionProvider>
  );
}
