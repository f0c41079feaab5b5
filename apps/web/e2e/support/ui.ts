import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { NATIVE_NAMES, t, type Locale } from './catalogue';
import { DEMO_PASSWORD } from './env';

/** What a person does and sees, in words a test reads like the steps of a manual. */

/** The page's one h1. */
export const pageTitle = (page: Page) => page.getByRole('heading', { level: 1 });

/** Chooses a language with the header's switcher, as a person would; waits for the page to follow. */
export async function chooseLanguage(page: Page, locale: Locale): Promise<void> {
  const switcher = page.getByRole('banner').getByRole('combobox');
  await switcher.selectOption({ label: NATIVE_NAMES[locale] });
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

/**
 * Signs in on the sign-in page (or in the session-ended dialog: `within`), with the fields named
 * as the catalogue of `locale` names them.
 */
export async function signIn(
  page: Page,
  email: string,
  options: { password?: string; locale?: Locale; within?: ReturnType<Page['getByRole']> } = {},
): Promise<void> {
  const locale = options.locale ?? 'en';
  const scope = options.within ?? page.getByRole('main');
  // By their accessible names (the visible labels also carry the required-field asterisk).
  const emailField = scope.getByRole('textbox', { name: t(locale, 'signIn.email'), exact: true });
  if (!(await emailField.inputValue())) await emailField.fill(email);
  await scope.getByRole('textbox', { name: t(locale, 'signIn.password'), exact: true }).fill(options.password ?? DEMO_PASSWORD);
  await scope.getByRole('button', { name: t(locale, 'signIn.submit'), exact: true }).click();
}

/** Opens `path` signed in as `email`: through the sign-in page, which brings the person back (next=). */
export async function openSignedIn(page: Page, path: string, email: string, options: { password?: string } = {}): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(path)}`);
  await signIn(page, email, options);
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === path);
}

/** The page's own confirmation dialog (common/ConfirmDialog), found by its role and its title. */
export const confirmation = (page: Page, locale: Locale = 'en') => page.getByRole('dialog', { name: t(locale, 'confirm.title') });

/** The account button in the header: the signed-in person's name. */
export const accountButton = (page: Page, displayName: string) => page.getByRole('banner').getByRole('button', { name: displayName });

/** The browser's session cookie, as the browser holds it (scripts cannot read it). */
export async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((c) => c.name === 'gis_refresh');
}

/** Waits until the page has shown its content: a title, and no loading skeleton left. */
export async function settled(page: Page): Promise<void> {
  await expect(pageTitle(page)).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** An axe scan against WCAG 2.1 A and AA; the violations in a form that says what and where. */
export async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    where: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
  }));
}

/**
 * Puts the keyboard at the top of the document, where a person starts after the address bar
 * (pages move focus to their title when they open, so this is not where a load leaves it).
 */
export async function startAtTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
}

/**
 * Whether the focused element shows that it has focus (WCAG 2.4.7): its outline, ring, border or
 * background differ from the same element unfocused, on it or on the box that draws the field
 * (a multi-select's inner input is drawn by its wrapper). The unfocused look is read from a
 * shallow copy placed beside it for a moment.
 */
export async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    const KEYS = [
      'outlineStyle',
      'outlineWidth',
      'outlineColor',
      'boxShadow',
      'borderTopColor',
      'borderBottomColor',
      'borderLeftColor',
      'borderRightColor',
      'backgroundColor',
    ] as const;
    // A wrapper's background can change with its place (striped rows): only its lines count.
    const changed = (node: HTMLElement, keys: readonly (typeof KEYS)[number][]) => {
      const copy = node.cloneNode(false) as HTMLElement;
      copy.removeAttribute('id');
      copy.setAttribute('aria-hidden', 'true');
      copy.tabIndex = -1;
      copy.style.position = 'absolute';
      copy.style.visibility = 'hidden';
      node.parentNode!.insertBefore(copy, node.nextSibling);
      const focused = getComputedStyle(node);
      const unfocused = getComputedStyle(copy);
      const differs = keys.some((k) => focused[k] !== unfocused[k]);
      copy.remove();
      return differs;
    };
    const wrappers: HTMLElement[] = [];
    for (let node = el.parentElement; node && wrappers.length < 3; node = node.parentElement) wrappers.push(node);
    return (
      changed(el, KEYS) ||
      wrappers.some((w) =>
        changed(
          w,
          KEYS.filter((k) => k !== 'backgroundColor'),
        ),
      )
    );
  });
}

/**
 * Buttons, fields, tabs and the header's and footer's links whose name (or placeholder) has Latin
 * words although the page is in `locale` (Arabic, Chinese, Russian): words the catalogues do not
 * give. Records' own words are left out: text that carries its own language (titles, language
 * names) and the links in the content, which name records (a donor, a proposal).
 */
export async function controlsNamedInLatin(page: Page, locale: Locale): Promise<string[]> {
  return page.evaluate((locale) => {
    const found: string[] = [];
    const textOf = (ids: string) =>
      ids
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    const controls = 'button, input:not([type=hidden]), select, textarea, [role="button"], [role="tab"], header a[href], footer a[href], a[href].gis-skip-link';
    for (const el of document.querySelectorAll<HTMLElement>(controls)) {
      const owner = el.closest('[lang]');
      if (owner && owner.getAttribute('lang') !== locale) continue;
      const labelledBy = el.getAttribute('aria-labelledby');
      const labels = (el as HTMLInputElement).labels;
      const name = el.getAttribute('aria-label') ?? (labelledBy ? textOf(labelledBy) : null) ?? labels?.[0]?.textContent ?? el.textContent ?? '';
      const text = `${name} ${el.getAttribute('placeholder') ?? ''}`.trim();
      if (/[A-Za-z]{2,}/.test(text)) found.push(`<${el.tagName.toLowerCase()}> ${text.slice(0, 80)}`);
    }
    return found;
  }, locale);
}
