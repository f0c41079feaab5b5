import { Html, html, HTTP_LINK, type UnLanguage } from '#libs/core';
import type { NotificationCategory } from '../notification-routes.js';
import { CATEGORY_ORDER, NOTIFICATION_LABELS, categoryName, languageOrDefault, type NotificationLabels } from './labels.js';
import { MESSAGES } from './messages.js';

// Pure: no Nest, no database, no I/O. Callers format dates, money and scores before filling a message.
export { categoryName, languageOrDefault, modeName } from './labels.js';

/** The closed list of placeholders a message may use (a test keeps the catalogue to it). */
export type TemplateVariable =
  | 'needTitle'
  | 'stateName'
  | 'offerTitle'
  | 'organisationName'
  | 'reference'
  | 'proposalTitle'
  | 'meetingTitle'
  | 'startsAt'
  | 'reason'
  | 'amount'
  | 'revision'
  | 'date'
  | 'daysLeft'
  | 'score'
  | 'role';
/** Values are plain text, already formatted for the reader's language; null, absent and blank all mean "no value". */
export type TemplateVariables = Partial<Record<TemplateVariable, string | null>>;

export interface Message {
  title: string;
  body: string;
}

/** What a required placeholder without a value shows: visibly missing rather than silently blank. */
const MISSING = '—';

/**
 * Optional segments `[[…]]` (not nested) and placeholders `{name}`, matched in one pass over the
 * template so that a value containing `{…}` or `[[` is never read as template text.
 */
const TOKEN = /\[\[(.*?)\]\]|\{(\w+)\}/gs;
const PLACEHOLDER = /\{(\w+)\}/g;

function valueOf(variables: TemplateVariables, name: string): string | null {
  const value: unknown = Object.hasOwn(variables, name) ? variables[name as TemplateVariable] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * Fills `{name}` placeholders with their values; drops an optional segment `[[…]]` whole when any
 * placeholder inside it has no value; a required placeholder without a value becomes '—'.
 */
export function fillTemplate(template: string, variables: TemplateVariables): string {
  return template.replace(TOKEN, (_token, segment: string | undefined, name: string | undefined) => {
    if (segment === undefined) return valueOf(variables, name ?? '') ?? MISSING;
    const names = Array.from(segment.matchAll(PLACEHOLDER), (m) => m[1]);
    if (names.some((n) => valueOf(variables, n) === null)) return '';
    return segment.replace(PLACEHOLDER, (_placeholder, n: string) => valueOf(variables, n) ?? MISSING);
  });
}

/** A title is one line: it is also an e-mail subject, where a line break would be a header injection. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The message of an event in a language (falls back to English for an unknown language; throws
 * for an unknown event type). Fills placeholders (values are plain text); drops optional segments
 * missing a value; a required placeholder without value becomes '—'.
 */
export function renderMessage(eventType: string, language: string, variables: TemplateVariables): Message {
  if (!Object.hasOwn(MESSAGES, eventType)) throw new Error(`No notification message for event type '${eventType}'.`);
  const template = MESSAGES[eventType][languageOrDefault(language)];
  return { title: oneLine(fillTemplate(template.title, variables)), body: fillTemplate(template.body, variables).trim() };
}

/**
 * Links go into e-mails, so they must be absolute web addresses: anything else (a relative path,
 * `javascript:`) is a bug upstream and is refused rather than mailed.
 */
function webLink(url: string): string {
  if (!HTTP_LINK.test(url)) throw new Error(`Not an absolute http(s) link: '${url}'.`);
  return url;
}

/** Fills a label's own `{category}`/`{count}`/`{updates}` (not message placeholders). */
function label(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (token, name: string) => (Object.hasOwn(values, name) ? values[name] : token));
}

function direction(language: UnLanguage): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

// Inline CSS only: many mail clients drop <style>. `text-align` is spelled out per direction, since
// older clients know neither `start` nor the `dir` of <html> (Gmail strips it: the wrapper repeats it).
const FONT = `font-family:'Noto Sans','Noto Sans Arabic','Noto Sans SC','Segoe UI',Tahoma,Arial,sans-serif;`;
const BLUE = '#0b5394';
const GREY = '#5b6470';

function styles(language: UnLanguage) {
  const align = `text-align:${language === 'ar' ? 'right' : 'left'};`;
  const css = (style: string) => new Html(style);
  return {
    body: css('margin:0;padding:0;background-color:#f2f4f7;'),
    wrapper: css('background-color:#f2f4f7;padding:24px 12px;'),
    card: css('max-width:600px;margin:0 auto;background-color:#ffffff;border:1px solid #d9dee5;border-radius:6px;'),
    main: css(`padding:24px 28px;${FONT}font-size:15px;line-height:1.5;color:#1b1f24;${align}`),
    footer: css(`padding:16px 28px;border-top:1px solid #d9dee5;${FONT}font-size:12px;line-height:1.5;color:${GREY};${align}`),
    kicker: css(`margin:0 0 12px;font-size:12px;letter-spacing:0.04em;color:${BLUE};`),
    h1: css('margin:0 0 12px;font-size:20px;line-height:1.3;'),
    h2: css(`margin:24px 0 8px;font-size:16px;line-height:1.3;color:${BLUE};border-bottom:1px solid #d9dee5;padding-bottom:4px;`),
    text: css('margin:0 0 20px;white-space:pre-line;'),
    buttonRow: css('margin:0 0 20px;'),
    button: css(`display:inline-block;background-color:${BLUE};color:#ffffff;text-decoration:none;font-weight:bold;padding:10px 18px;border-radius:4px;`),
    small: css(`margin:0;font-size:12px;color:${GREY};`),
    rawLink: css(`color:${BLUE};word-break:break-all;`),
    footerLine: css('margin:0 0 6px;'),
    footerLink: css(`color:${GREY};`),
    item: css('margin:0 0 16px;padding:0 0 16px;border-bottom:1px solid #eef0f3;'),
    itemTime: css(`margin:0 0 2px;font-size:12px;color:${GREY};`),
    itemTitle: css('margin:0 0 4px;font-size:15px;font-weight:bold;'),
    itemTitleLink: css(`color:${BLUE};text-decoration:none;`),
    itemBody: css('margin:0 0 6px;white-space:pre-line;'),
    itemLink: css(`color:${BLUE};`),
  };
}
type Styles = ReturnType<typeof styles>;

/** An HTML document in a language (its `lang` and direction), UTF-8 and sized for phones: `head`'s own lines, then `body`. */
function htmlDocument(language: UnLanguage, head: Html, body: Html): string {
  return html`<!DOCTYPE html>
<html lang="${language}" dir="${direction(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${head}</head>
${body}</html>
`.markup;
}

/** The document around an e-mail's content: one card, a footer, the language and direction set twice (see above). */
function emailDocument(language: UnLanguage, subject: string, s: Styles, main: Html, footer: Html): string {
  const head = html`<meta name="color-scheme" content="light">
<title>${subject}</title>
`;
  return htmlDocument(
    language,
    head,
    html`<body style="${s.body}">
<div lang="${language}" dir="${direction(language)}" style="${s.wrapper}">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${s.card}">
<tr><td style="${s.main}">
${main}</td></tr>
<tr><td style="${s.footer}">
${footer}</td></tr>
</table>
</div>
</body>
`,
  );
}

export interface EmailInput {
  language: string;
  message: Message;
  link: string;
  category: NotificationCategory;
  unsubscribeUrl: string | null;
  preferencesUrl: string;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** The footer of one category: why it was sent, how to stop it (or that it cannot be stopped). */
function categoryFooter(l: NotificationLabels, category: string, unsubscribeUrl: string | null, s: Styles): { html: Html; text: string[] } {
  const values = { category };
  if (unsubscribeUrl === null) {
    const sentence = label(l.cannotTurnOff, values);
    return { html: html`<p style="${s.footerLine}">${sentence}</p>\n`, text: [sentence] };
  }
  const text = label(l.unsubscribe, values);
  return {
    html: html`<p style="${s.footerLine}"><a href="${unsubscribeUrl}" style="${s.footerLink}">${text}</a></p>\n`,
    text: [`${text}${l.colon}${unsubscribeUrl}`],
  };
}

/**
 * One notification as an e-mail: HTML (lang, dir=rtl for Arabic, inline CSS, escaped text, a
 * button to open the record) and a plain-text part with the same content and the raw links; a
 * footer naming the category, a one-click unsubscribe link for it (null for urgent categories:
 * it says instead that these cannot be turned off) and a link to the preferences. Throws when a
 * link is not an absolute http(s) address.
 */
export function renderEmail(input: EmailInput): RenderedEmail {
  const language = languageOrDefault(input.language);
  const l = NOTIFICATION_LABELS[language];
  const s = styles(language);
  const link = webLink(input.link);
  const unsubscribeUrl = input.unsubscribeUrl === null ? null : webLink(input.unsubscribeUrl);
  const preferencesUrl = webLink(input.preferencesUrl);
  const subject = oneLine(input.message.title);
  const body = input.message.body.trim();
  const category = categoryName(language, input.category);
  const why = label(l.footerCategory, { category });
  const stop = categoryFooter(l, category, unsubscribeUrl, s);

  const main = html`<p style="${s.kicker}">${l.marketplace}</p>
<h1 style="${s.h1}">${subject}</h1>
<p style="${s.text}">${body}</p>
<p style="${s.buttonRow}"><a href="${link}" style="${s.button}">${l.openInMarketplace}</a></p>
<p style="${s.small}">${l.linkFallback}<br><a href="${link}" style="${s.rawLink}">${link}</a></p>
`;
  const footer = html`<p style="${s.footerLine}">${why}</p>
${stop.html}<p style="${s.footerLine}"><a href="${preferencesUrl}" style="${s.footerLink}">${l.preferences}</a></p>
`;
  const text = [
    subject,
    '',
    body,
    '',
    `${l.openInMarketplace}${l.colon}${link}`,
    '',
    '-- ',
    why,
    ...stop.text,
    `${l.preferences}${l.colon}${preferencesUrl}`,
    '',
  ].join('\n');
  return { subject, html: emailDocument(language, subject, s, main, footer), text };
}

export interface DigestItem {
  message: Message;
  link: string;
  category: NotificationCategory;
  occurredAt: Date;
}

export interface DigestInput {
  language: string;
  period: 'DAILY' | 'WEEKLY';
  items: DigestItem[];
  unsubscribeUrls: Partial<Record<NotificationCategory, string>>;
  preferencesUrl: string;
  timeZone: string;
}

/** Date and time in the reader's zone, with the zone named (a digest may span a clock change). An unknown zone falls back to UTC. */
function timeFormat(language: UnLanguage, timeZone: string): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };
  try {
    return new Intl.DateTimeFormat(language, { ...options, timeZone });
  } catch {
    return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
  }
}

/** "5 updates", with the plural form of the language (Arabic and Russian have several). */
function updatesCount(l: NotificationLabels, language: UnLanguage, count: number): string {
  const form = new Intl.PluralRules(language).select(count);
  return label(l.updates[form], { count: new Intl.NumberFormat(language).format(count) });
}

/**
 * Several notifications in one message ("Your daily summary: 5 updates"), grouped by category (in
 * CATEGORY_ORDER, each in the order things happened), each item with its title, body, link and
 * time (in the reader's time zone); a footer with an unsubscribe link per category present (or
 * the sentence that it cannot be turned off, when no link is given) and the preferences link.
 * Throws if items is empty (an empty digest is never sent) or a link is not an absolute http(s) address.
 */
export function renderDigest(input: DigestInput): RenderedEmail {
  if (input.items.length === 0) throw new Error('A digest needs at least one item: an empty digest is never sent.');
  const language = languageOrDefault(input.language);
  const l = NOTIFICATION_LABELS[language];
  const s = styles(language);
  const time = timeFormat(language, input.timeZone);
  const number = new Intl.NumberFormat(language);
  const preferencesUrl = webLink(input.preferencesUrl);
  const subject = label(l.digestSubject[input.period], { updates: updatesCount(l, language, input.items.length) });

  const groups = CATEGORY_ORDER.map((category) => ({
    category,
    name: categoryName(language, category as NotificationCategory),
    // Sorting a copy by time; `sort` is stable, so items of the same instant keep their given order.
    items: input.items.filter((item) => item.category === category).sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime()),
  })).filter((group) => group.items.length > 0);
  // A category missing from CATEGORY_ORDER would otherwise vanish from the digest silently.
  const listed = groups.reduce((n, group) => n + group.items.length, 0);
  if (listed !== input.items.length) throw new Error('A digest item has a category that labels.ts does not know.');

  const htmlGroups: Html[] = [];
  const textGroups: string[] = [];
  const stops: { html: Html; text: string[] }[] = [];
  for (const group of groups) {
    const heading = `${group.name} (${number.format(group.items.length)})`;
    const items = group.items.map((item) => ({ ...item, link: webLink(item.link), at: time.format(item.occurredAt), title: oneLine(item.message.title) }));
    htmlGroups.push(html`<h2 style="${s.h2}">${heading}</h2>
${items.map(
  (item) => html`<div style="${s.item}">
<p style="${s.itemTime}">${item.at}</p>
<p style="${s.itemTitle}"><a href="${item.link}" style="${s.itemTitleLink}">${item.title}</a></p>
<p style="${s.itemBody}">${item.message.body.trim()}</p>
<p style="${s.small}"><a href="${item.link}" style="${s.itemLink}">${l.openInMarketplace}</a></p>
</div>
`,
)}`);
    textGroups.push(
      `=== ${heading} ===`,
      '',
      ...items.flatMap((item) => [item.title, item.at, item.message.body.trim(), `${l.openInMarketplace}${l.colon}${item.link}`, '']),
    );
    const url = input.unsubscribeUrls[group.category as NotificationCategory];
    stops.push(categoryFooter(l, group.name, url === undefined ? null : webLink(url), s));
  }

  const main = html`<p style="${s.kicker}">${l.marketplace}</p>
<h1 style="${s.h1}">${subject}</h1>
<p style="${s.text}">${l.digestIntro}</p>
${htmlGroups}`;
  const footer = html`<p style="${s.footerLine}">${l.digestFooter}</p>
${stops.map((stop) => stop.html)}<p style="${s.footerLine}"><a href="${preferencesUrl}" style="${s.footerLink}">${l.preferences}</a></p>
`;
  const text = [
    subject,
    '',
    l.digestIntro,
    '',
    ...textGroups,
    '-- ',
    l.digestFooter,
    ...stops.flatMap((stop) => stop.text),
    `${l.preferences}${l.colon}${preferencesUrl}`,
    '',
  ].join('\n');
  return { subject, html: emailDocument(language, subject, s, main, footer), text };
}

export type UnsubscribeOutcome = 'DONE' | 'INVALID' | 'URGENT';

// A web page, not an e-mail: a <style> element is fine here. `start` follows the direction.
const PAGE_STYLE = `
body { font-family: 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans SC', 'Segoe UI', Tahoma, Arial, sans-serif; margin: 0; background: #f2f4f7; color: #1b1f24; }
main { max-width: 560px; margin: 48px auto; padding: 28px 32px; background: #ffffff; border: 1px solid #d9dee5; border-radius: 6px; text-align: start; }
.kicker { margin: 0 0 12px; font-size: 0.8rem; letter-spacing: 0.04em; color: #0b5394; }
h1 { margin: 0 0 12px; font-size: 1.4rem; line-height: 1.3; }
p { line-height: 1.5; }
.note { color: #5b6470; font-size: 0.9rem; }
`;

/** A small standalone HTML page shown after a one-click unsubscribe link is followed. */
export function renderUnsubscribePage(language: string, outcome: UnsubscribeOutcome, category: NotificationCategory | null): string {
  const lang = languageOrDefault(language);
  const l = NOTIFICATION_LABELS[lang];
  const page = l.unsubscribePage[outcome];
  const text = category === null ? page.withoutCategory : label(page.withCategory, { category: categoryName(lang, category) });
  const head = html`<meta name="robots" content="noindex">
<title>${page.title} — ${l.marketplace}</title>
<style>${new Html(PAGE_STYLE)}</style>
`;
  return htmlDocument(
    lang,
    head,
    html`<body>
<main>
<p class="kicker">${l.marketplace}</p>
<h1>${page.title}</h1>
<p>${text}</p>
<p class="note">${page.note}</p>
</main>
</body>
`,
  );
}
