import { Anchor, Box, Burger, Button, Container, Group, Menu, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation } from 'wouter';
import { isLocale, LOCALES, NATIVE_NAMES } from '../i18n/locales';
import { donorOrganisation, isAdministrator, myState, reviewerCentres } from '../session/memberships';
import { UnreadBadge } from '../notifications/UnreadBadge';
import { session } from '../session/session-store';
import { useSession } from '../session/SessionProvider';
import { isModerator } from '../session/memberships';
import { useLocale } from './LocaleProvider';

const NAV = [
  { href: '/needs', id: 'nav.needs' },
  { href: '/offers', id: 'nav.offers' },
  { href: '/proposals', id: 'nav.proposals' },
  { href: '/dashboard', id: 'nav.dashboard' },
] as const;

/** UNODA's staff pages, in the account menu of its moderators. */
const STAFF_MENU = [
  { href: '/staff/moderation/needs', id: 'staff.moderation' },
  { href: '/staff/matches', id: 'staff.matches' },
  { href: '/staff/operations', id: 'staff.operations' },
  { href: '/staff/proposals', id: 'staff.proposals' },
  { href: '/staff/meetings', id: 'staff.meetings' },
] as const;

export function Header() {
  const intl = useIntl();
  const [location, navigate] = useLocation();
  const [open, { toggle, close }] = useDisclosure(false);
  const nav = NAV.map((n) => (
    <Anchor
      key={n.href}
      component={Link}
      href={n.href}
      onClick={close}
      fw={location.startsWith(n.href) ? 700 : 400}
      aria-current={location.startsWith(n.href) ? 'page' : undefined}
    >
      <FormattedMessage id={n.id} />
    </Anchor>
  ));
  const search = (
    <form
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        const q = new FormData(e.currentTarget).get('q');
        close();
        navigate(`/needs?q=${encodeURIComponent(String(q ?? '').trim())}`);
      }}
    >
      <TextInput
        name="q"
        type="search"
        aria-label={intl.formatMessage({ id: 'header.searchLabel' })}
        placeholder={intl.formatMessage({ id: 'header.searchPlaceholder' })}
        size="sm"
      />
    </form>
  );
  return (
    <Box component="header" py="xs" style={{ borderBlockEnd: '1px solid var(--mantine-color-gray-3)' }}>
      <Container size="xl">
        <Group justify="space-between" wrap="wrap" gap="xs">
          {/* On a phone: the name and the menu's button on the first line, the rest on the next. */}
          <Group gap="lg" wrap="nowrap" justify="space-between" style={{ flexGrow: 1 }}>
            <Group gap="lg" wrap="nowrap">
              <Anchor component={Link} href="/" fw={700} c="unBlue.9" underline="never">
                <FormattedMessage id="app.name" />
              </Anchor>
              <Group gap="md" component="nav" aria-label={intl.formatMessage({ id: 'nav.label' })} visibleFrom="md">
                {nav}
              </Group>
            </Group>
            <Burger opened={open} onClick={toggle} hiddenFrom="md" aria-label={intl.formatMessage({ id: 'nav.menu' })} aria-expanded={open} />
          </Group>
          {/* Wraps rather than overflows when a language's words are long on a narrow screen. */}
          <Group gap="sm" wrap="wrap" justify="flex-end">
            <Box visibleFrom="md">{search}</Box>
            <LanguageSwitcher />
            <Account />
          </Group>
        </Group>
        {open && (
          <Stack hiddenFrom="md" gap="sm" py="sm" component="nav" aria-label={intl.formatMessage({ id: 'nav.label' })}>
            {search}
            {nav}
          </Stack>
        )}
      </Container>
    </Box>
  );
}

function LanguageSwitcher() {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  return (
    <NativeSelect
      size="sm"
      style={{ flexShrink: 0 }}
      aria-label={intl.formatMessage({ id: 'header.language' })}
      value={locale}
      onChange={(e) => isLocale(e.currentTarget.value) && setLocale(e.currentTarget.value)}
      data={LOCALES.map((l) => ({ value: l, label: NATIVE_NAMES[l] }))}
    />
  );
}

function Account() {
  const { status, user } = useSession();
  const [location, navigate] = useLocation();
  if (status !== 'signedIn' || !user) {
    if (location === '/sign-in') return null;
    return (
      <Button component={Link} href={`/sign-in?next=${encodeURIComponent(location)}`} size="sm" variant="filled">
        <FormattedMessage id="header.signIn" />
      </Button>
    );
  }
  const organisation = user.memberships[0]?.organisation;
  return (
    <Group gap="xs" wrap="nowrap">
      <UnreadBadge />
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="subtle" size="sm" aria-haspopup="menu">
            <Stack gap={0} align="flex-start">
              <Text size="sm" fw={600} lh={1.2} visibleFrom="sm">
                {user.displayName}
              </Text>
              <Text size="sm" fw={600} lh={1.2} hiddenFrom="sm">
                <FormattedMessage id="header.account" />
              </Text>
              {organisation && (
                <Text size="xs" c="dimmed" lh={1.2} visibleFrom="sm">
                  {organisation.acronym ?? organisation.name}
                </Text>
              )}
            </Stack>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {!myState(user) && !donorOrganisation(user) && (isAdministrator(user) || reviewerCentres(user).length > 0) && (
            <Menu.Item component={Link} href="/my">
              <FormattedMessage id="workspaceHome.title" />
            </Menu.Item>
          )}
          {reviewerCentres(user).length > 0 && (
            <Menu.Item component={Link} href="/my/reviews">
              <FormattedMessage id="review.queueTitle" />
            </Menu.Item>
          )}
          {isAdministrator(user) && (
            <>
              <Menu.Item component={Link} href="/admin/organisations">
                <FormattedMessage id="admin.organisationsTitle" />
              </Menu.Item>
              <Menu.Item component={Link} href="/admin/rates">
                <FormattedMessage id="admin.ratesTitle" />
              </Menu.Item>
            </>
          )}
          {(myState(user) || donorOrganisation(user)) && (
            <>
              <Menu.Item component={Link} href="/my">
                <FormattedMessage id="workspaceHome.title" />
              </Menu.Item>
              <Menu.Item component={Link} href="/my/matches">
                <FormattedMessage id="myMatches.title" />
              </Menu.Item>
            </>
          )}
          {myState(user) && (
            <Menu.Item component={Link} href="/my/needs">
              <FormattedMessage id="workspace.myNeeds" />
            </Menu.Item>
          )}
          {donorOrganisation(user) && (
            <Menu.Item component={Link} href="/my/offers">
              <FormattedMessage id="offerWorkspace.myOffers" />
            </Menu.Item>
          )}
          {donorOrganisation(user) && (
            <Menu.Item component={Link} href="/my/criteria">
              <FormattedMessage id="criteria.title" />
            </Menu.Item>
          )}
          {isModerator(user) && (
            <>
              <Menu.Item component={Link} href="/my">
                <FormattedMessage id="workspaceHome.title" />
              </Menu.Item>
              {STAFF_MENU.map((m) => (
                <Menu.Item key={m.href} component={Link} href={m.href}>
                  <FormattedMessage id={m.id} />
                </Menu.Item>
              ))}
              <Menu.Divider />
            </>
          )}
          <Menu.Item component={Link} href="/settings/profile">
            <FormattedMessage id="header.profile" />
          </Menu.Item>
          <Menu.Item component={Link} href="/settings/notifications">
            <FormattedMessage id="header.notificationSettings" />
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item onClick={() => void session.signOut().then(() => navigate('/'))}>
            <FormattedMessage id="header.signOut" />
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
