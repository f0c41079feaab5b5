import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'wouter';
import { LOCALES, NATIVE_NAMES } from '../i18n/locales';
import { Header } from './Header';
import { useLocale } from './LocaleProvider';

/** Header, the page, footer; a skip link first so keyboard users reach the content at once. */
export function Layout({ children }: { children: ReactNode }) {
  const { setLocale } = useLocale();
  return (
    <>
      <a className="gis-skip-link" href="#main">
        <FormattedMessage id="layout.skipToContent" />
      </a>
      <Header />
      <Container size="xl" component="main" id="main" py="md" mih="70vh">
        {children}
      </Container>
      <Box component="footer" py="md" mt="xl" style={{ borderBlockStart: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="xl">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm" c="dimmed">
              <FormattedMessage id="layout.footerAbout" />
            </Text>
            <Group gap="sm" component="nav" aria-labelledby="footer-languages">
              <Text size="sm" id="footer-languages" c="dimmed">
                <FormattedMessage id="layout.languages" />
              </Text>
              {LOCALES.map((l) => (
                <Anchor key={l} size="sm" component="button" type="button" lang={l} onClick={() => setLocale(l)}>
                  {NATIVE_NAMES[l]}
                </Anchor>
              ))}
              <Anchor size="sm" component={Link} href="/proposals">
                <FormattedMessage id="nav.proposals" />
              </Anchor>
              <Anchor size="sm" component={Link} href="/open-data">
                <FormattedMessage id="openData.title" />
              </Anchor>
            </Group>
          </Group>
        </Container>
      </Box>
    </>
  );
}
