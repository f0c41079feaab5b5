import { escapeHtml, UN_LANGUAGES, type UnLanguage } from '#libs/core';
import { DeliveryMode, NOTIFICATION_ROUTES, NotificationCategory, URGENT_CATEGORIES } from '../notification-routes.js';
import { CATEGORY_ORDER, NOTIFICATION_LABELS, categoryName, modeName } from './labels.js';
import { MESSAGES } from './messages.js';
import {
  fillTemplate,
  languageOrDefault,
  renderDigest,
  renderEmail,
  renderMessage,
  renderUnsubscribePage,
  type DigestInput,
  type EmailInput,
  type TemplateVariable,
  type TemplateVariables,
  type UnsubscribeOutcome,
} from './render.js';

// The closed list, written out here rather than taken from the module: a key missing or added fails type-checking.
const CLOSED_LIST: Record<TemplateVariable, true> = {
  needTitle: true,
  stateName: true,
  offerTitle: true,
  organisationName: true,
  reference: true,
  proposalTitle: true,
  meetingTitle: true,
  startsAt: true,
  reason: true,
  amount: true,
  revision: true,
  date: true,
  daysLeft: true,
  score: true,
  role: true,
};

const FULL: Required<TemplateVariables> = {
  needTitle: 'Marking machines for the national commission',
  stateName: 'Ghana',
  offerTitle: 'Marking equipment and training',
  organisationName: 'Germany',
  reference: 'GIS-2026-0007',
  proposalTitle: 'Marking and record-keeping in West Africa',
  meetingTitle: 'GIS spring meeting 2026',
  startsAt: '12 March 2026, 10:00',
  reason: 'The budget lines are not itemised.',
  amount: 'US$150,000.00',
  revision: '3',
  date: '30 June 2026',
  daysLeft: '30',
  score: '81%',
  role: 'National Point of Contact',
};

const EVENT_TYPES = Object.keys(NOTIFICATION_ROUTES);
const CASES = EVENT_TYPES.flatMap((eventType) => UN_LANGUAGES.map((language) => [eventType, language] as const));
const HOSTILE = '<script>alert(1)</script> & "x"';
const LINK = 'https://gis.example.org/needs/42?tab=history&lang=fr';
const UNSUBSCRIBE = 'https://gis.example.org/unsubscribe?token=abc&category=NEEDS';
const PREFERENCES = 'https://gis.example.org/settings/notifications';

/** The placeholders of a template, outside and inside optional segments. */
function placeholders(template: string): { required: string[]; optional: string[] } {
  const names = (text: string) => Array.from(text.matchAll(/\{(\w+)\}/g), (m) => m[1]).sort();
  const segments = Array.from(template.matchAll(/\[\[(.*?)\]\]/gs), (m) => m[1]);
  return { required: names(template.replace(/\[\[.*?\]\]/gs, '')), optional: segments.flatMap(names).sort() };
}

describe('message catalogue', () => {
  it('has exactly the event types of NOTIFICATION_ROUTES', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...EVENT_TYPES].sort());
  });

  it('has every UN language, and only those, for every event type', () => {
    for (const eventType of EVENT_TYPES) expect(Object.keys(MESSAGES[eventType]).sort()).toEqual([...UN_LANGUAGES].sort());
  });

  it.each([...UN_LANGUAGES])('messages/%s.json has the event types of the routes, each with a title and a body and nothing else', async (language) => {
    const { default: catalogue } = (await import(`./messages/${language}.json`, { with: { type: 'json' } })) as { default: Record<string, object> };
    expect(Object.keys(catalogue).sort()).toEqual([...EVENT_TYPES].sort());
    for (const message of Object.values(catalogue)) expect(Object.keys(message).sort()).toEqual(['body', 'title']);
  });

  it.each(CASES)('%s in %s renders fully with every value given, from the closed list of placeholders only', (eventType, language) => {
    const template = MESSAGES[eventType][language];
    for (const text of [template.title, template.body]) {
      const { required, optional } = placeholders(text);
      for (const name of [...required, ...optional]) expect(Object.hasOwn(CLOSED_LIST, name)).toBe(true);
      // Segments are neither nested nor left open.
      expect(text.replace(/\[\[[^[\]]*?\]\]/g, '')).not.toMatch(/\[\[|\]\]/);
    }
    const message = renderMessage(eventType, language, FULL);
    for (const text of [message.title, message.body]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/[{}]|\[\[|\]\]|—/);
    }
    expect(message.title).not.toContain('\n');
    expect(template.title.replace(/\[\[.*?\]\]/g, '').length).toBeLessThanOrEqual(70);
  });

  it.each(CASES)('%s in %s uses the same placeholders as English, required and optional alike', (eventType, language) => {
    const english = MESSAGES[eventType].en;
    const translated = MESSAGES[eventType][language];
    expect(placeholders(translated.title)).toEqual(placeholders(english.title));
    expect(placeholders(translated.body)).toEqual(placeholders(english.body));
  });

  it('puts a reason last, since free text may not end with a full stop', () => {
    for (const [eventType, language] of CASES) {
      const body = MESSAGES[eventType][language].body;
      if (body.includes('{reason}')) expect(body.endsWith('{reason}]]')).toBe(true);
    }
  });
});

describe('fillTemplate', () => {
  it('fills placeholders and keeps an optional segment whose values are all given', () => {
    expect(fillTemplate('Need “{needTitle}” returned.[[ Reason: {reason}]]', { needTitle: 'Stockpiles', reason: 'Too vague.' })).toBe(
      'Need “Stockpiles” returned. Reason: Too vague.',
    );
  });

  it('drops an optional segment whole when a value inside it is missing, null or blank', () => {
    for (const reason of [undefined, null, '', '   ']) {
      expect(fillTemplate('Returned.[[ Reason: {reason}]]', { reason })).toBe('Returned.');
    }
    expect(fillTemplate('A pledge[[ of {amount} by {organisationName}]].', { amount: '€5.00' })).toBe('A pledge.');
  });

  it('keeps an optional segment without placeholders, without its brackets', () => {
    expect(fillTemplate('a[[b]]c', {})).toBe('abc');
  });

  it('shows a required placeholder without value as an em dash', () => {
    expect(fillTemplate('Proposal {reference}: {reason}', { reason: null })).toBe('Proposal —: —');
  });

  it('never reads a value as template text', () => {
    const reason = '{needTitle} [[{reference}]] $& $1';
    expect(fillTemplate('{reason}[[ ({reason})]]', { reason, needTitle: 'X', reference: 'Y' })).toBe(`${reason} (${reason})`);
  });

  it('ignores inherited properties', () => {
    expect(fillTemplate('{constructor}', {})).toBe('—');
  });
});

describe('renderMessage', () => {
  it('drops the optional reason and keeps the rest', () => {
    const message = renderMessage('need.returned', 'en', { needTitle: 'Marking machines' });
    expect(message).toEqual({
      title: 'Need returned for edits',
      body: 'UNODA returned the need “Marking machines” for edits. Please revise it and submit it again.',
    });
    expect(renderMessage('need.returned', 'en', { needTitle: 'Marking machines', reason: 'Too vague.' }).body).toMatch(/again\. Reason: Too vague\.$/);
  });

  it('drops the reference from a proposal title when it is not known, and keeps it when it is', () => {
    expect(renderMessage('proposal.mark_funded', 'en', {}).title).toBe('Fully funded');
    expect(renderMessage('proposal.mark_funded', 'fr', { reference: 'GIS-2026-0007' }).title).toBe('GIS-2026-0007 : Entièrement financée');
  });

  it('shows a missing required value as an em dash', () => {
    expect(renderMessage('need.published', 'en', {}).body).toContain('“—”');
  });

  it('falls back to English for an unknown language, and reads language tags', () => {
    const english = renderMessage('need.funded', 'en', FULL);
    for (const language of ['de', '', 'EN', 'en-GB', 'klingon']) expect(renderMessage('need.funded', language, FULL)).toEqual(english);
    expect(renderMessage('need.funded', 'fr-CA', FULL)).toEqual(renderMessage('need.funded', 'fr', FULL));
    expect(renderMessage('need.funded', 'fr', FULL)).not.toEqual(english);
  });

  it('languageOrDefault gives a UN language for anything', () => {
    expect([null, undefined, '', 'de', 'zh', 'ZH', 'ar_EG', 'ru-RU', 'es-419', 'x-en'].map(languageOrDefault)).toEqual([
      'en',
      'en',
      'en',
      'en',
      'zh',
      'zh',
      'ar',
      'ru',
      'es',
      'en',
    ]);
  });

  it('throws for an unknown event type, inherited names included', () => {
    for (const eventType of ['need.created', 'no.such_event', 'constructor', '__proto__', 'toString']) {
      expect(() => renderMessage(eventType, 'en', FULL)).toThrow(/No notification message/);
    }
  });
});

function email(overrides: Partial<EmailInput> = {}): EmailInput {
  return {
    language: 'en',
    message: renderMessage('need.returned', overrides.language ?? 'en', { ...FULL, needTitle: HOSTILE }),
    link: LINK,
    category: NotificationCategory.NEEDS,
    unsubscribeUrl: UNSUBSCRIBE,
    preferencesUrl: PREFERENCES,
    ...overrides,
  };
}

describe('renderEmail', () => {
  it.each(UN_LANGUAGES)('sets lang and direction in %s, on the document and on the wrapper (Gmail drops the former)', (language) => {
    const { html } = renderEmail(email({ language }));
    const dir = language === 'ar' ? 'rtl' : 'ltr';
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`<html lang="${language}" dir="${dir}">`);
    expect(html).toContain(`<div lang="${language}" dir="${dir}"`);
    expect(html).toContain(`text-align:${language === 'ar' ? 'right' : 'left'}`);
    expect(html).not.toMatch(/[{}]/);
  });

  it('falls back to English for an unknown language', () => {
    expect(renderEmail(email({ language: 'de' })).html).toContain('<html lang="en" dir="ltr">');
  });

  it('escapes data text in HTML and keeps it as it is in the plain text', () => {
    const { subject, html, text } = renderEmail(email());
    expect(html).not.toContain('<script>');
    expect(html).toContain(escapeHtml(HOSTILE));
    expect(text).toContain(HOSTILE);
    expect(subject).toBe('Need returned for edits');
    expect(html).toContain(`<title>${subject}</title>`);
  });

  it('puts the record link, the unsubscribe link and the preferences link in both parts', () => {
    const { html, text } = renderEmail(email());
    for (const url of [LINK, UNSUBSCRIBE, PREFERENCES]) {
      expect(html).toContain(`href="${escapeHtml(url)}"`);
      expect(text).toContain(url);
    }
    expect(html).toContain('>Open in the marketplace</a>');
    expect(text).toContain(`Open in the marketplace: ${LINK}`);
    expect(text).toContain(`Stop e-mails for “Needs”: ${UNSUBSCRIBE}`);
    expect(text).toContain(`Manage your notification preferences: ${PREFERENCES}`);
    expect(text).toContain('You are receiving this e-mail because of your settings for “Needs” notifications.');
  });

  it('has the same content in both parts', () => {
    const { subject, html, text } = renderEmail(email({ language: 'fr' }));
    const body = renderMessage('need.returned', 'fr', { ...FULL, needTitle: HOSTILE }).body;
    for (const part of [subject, body, 'Ouvrir sur la plateforme', 'Gérer vos préférences de notification']) {
      expect(text).toContain(part);
      expect(html).toContain(escapeHtml(part));
    }
    expect(text).toContain(`Ouvrir sur la plateforme : ${LINK}`);
  });

  it.each(URGENT_CATEGORIES)('has no unsubscribe link for the urgent category %s, and says it cannot be turned off', (category) => {
    const { html, text } = renderEmail(email({ category, unsubscribeUrl: null }));
    expect(html).not.toContain('unsubscribe');
    expect(text).not.toContain('unsubscribe');
    expect(text).not.toContain('Stop e-mails');
    const sentence = `“${categoryName('en', category)}” notifications cannot be turned off`;
    expect(text).toContain(sentence);
    expect(html).toContain(escapeHtml(sentence));
    expect(text).toContain(PREFERENCES);
  });

  it('keeps the subject on one line', () => {
    const { subject } = renderEmail(email({ message: { title: 'Line one\r\nBcc: someone@example.org', body: 'Body' } }));
    expect(subject).toBe('Line one Bcc: someone@example.org');
  });

  it('refuses links that are not absolute http(s) addresses', () => {
    expect(() => renderEmail(email({ link: 'javascript:alert(1)' }))).toThrow(/http/);
    expect(() => renderEmail(email({ link: '/needs/42' }))).toThrow(/http/);
    expect(() => renderEmail(email({ unsubscribeUrl: 'data:text/html,x' }))).toThrow(/http/);
    expect(() => renderEmail(email({ preferencesUrl: '' }))).toThrow(/http/);
  });
});

function digest(overrides: Partial<DigestInput> = {}): DigestInput {
  const item = (eventType: string, category: NotificationCategory, occurredAt: string, variables: TemplateVariables = FULL) => ({
    message: renderMessage(eventType, overrides.language ?? 'en', variables),
    link: `https://gis.example.org/${eventType}?at=${occurredAt}&x=1`,
    category,
    occurredAt: new Date(occurredAt),
  });
  return {
    language: 'en',
    period: 'DAILY',
    items: [
      item('need.published', NotificationCategory.NEEDS, '2026-03-01T09:00:00Z', { ...FULL, needTitle: HOSTILE }),
      item('match.suggested', NotificationCategory.MATCHES, '2026-03-01T23:30:00Z'),
      item('need.closed', NotificationCategory.NEEDS, '2026-03-01T08:00:00Z'),
      item('proposal.message_posted', NotificationCategory.DEAL_ROOM, '2026-03-01T10:00:00Z'),
      item('match.confirmed', NotificationCategory.MATCHES, '2026-03-01T11:00:00Z'),
    ],
    unsubscribeUrls: {
      [NotificationCategory.NEEDS]: 'https://gis.example.org/unsubscribe?token=needs',
      [NotificationCategory.MATCHES]: 'https://gis.example.org/unsubscribe?token=matches',
      [NotificationCategory.OFFERS]: 'https://gis.example.org/unsubscribe?token=offers',
    },
    preferencesUrl: PREFERENCES,
    timeZone: 'Asia/Tokyo',
    ...overrides,
  };
}

describe('renderDigest', () => {
  it('counts the items in the subject, by period', () => {
    expect(renderDigest(digest()).subject).toBe('Your daily summary: 5 updates');
    expect(renderDigest(digest({ period: 'WEEKLY' })).subject).toBe('Your weekly summary: 5 updates');
    expect(renderDigest(digest({ items: digest().items.slice(0, 1) })).subject).toBe('Your daily summary: 1 update');
  });

  it('uses the plural forms of the language', () => {
    const items = (n: number) => Array.from({ length: n }, () => digest().items[0]);
    expect(renderDigest(digest({ language: 'ru', items: items(1) })).subject).toBe('Ваша ежедневная сводка: 1 обновление');
    expect(renderDigest(digest({ language: 'ru', items: items(3) })).subject).toBe('Ваша ежедневная сводка: 3 обновления');
    expect(renderDigest(digest({ language: 'ru', items: items(11) })).subject).toBe('Ваша ежедневная сводка: 11 обновлений');
    expect(renderDigest(digest({ language: 'ar', items: items(2) })).subject).toBe('ملخصكم اليومي: تحديثان');
    expect(renderDigest(digest({ language: 'fr', items: items(2), period: 'WEEKLY' })).subject).toBe('Votre résumé hebdomadaire : 2 mises à jour');
  });

  it('groups items by category, in category order, each group in time order and counted', () => {
    const { text, html } = renderDigest(digest());
    const order = [
      '=== Needs (2) ===',
      'Need closed',
      'Need published',
      '=== Matches (2) ===',
      'Match confirmed',
      'New suggested match',
      '=== Deal room (1) ===',
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain('>Needs (2)</h2>');
    expect(html).toContain('>Matches (2)</h2>');
    expect(html).toContain('>Deal room (1)</h2>');
    expect(html).not.toContain('>Offers');
  });

  it('gives each item its title, body, link and time in the reader’s time zone', () => {
    const input = digest();
    const { html, text } = renderDigest(input);
    for (const item of input.items) {
      for (const part of [item.message.title, item.message.body, item.link]) {
        expect(text).toContain(part);
        expect(html).toContain(escapeHtml(part));
      }
    }
    // 23:30 UTC on 1 March is 08:30 on 2 March in Tokyo.
    const at = /Mar 2, 2026, 08:30 AM GMT\+9/;
    expect(text).toMatch(at);
    expect(html).toMatch(at);
  });

  it('falls back to UTC for an unknown time zone', () => {
    expect(renderDigest(digest({ timeZone: 'Mars/Olympus_Mons' })).text).toMatch(/Mar 1, 2026, 11:30 PM UTC/);
  });

  it('escapes data text in HTML and keeps it in the plain text', () => {
    const { html, text } = renderDigest(digest());
    expect(html).not.toContain('<script>');
    expect(html).toContain(escapeHtml(HOSTILE));
    expect(text).toContain(HOSTILE);
  });

  it('has an unsubscribe link for each category present, none for the others, and the preferences link', () => {
    const { html, text } = renderDigest(digest());
    for (const token of ['needs', 'matches']) {
      const url = `https://gis.example.org/unsubscribe?token=${token}`;
      expect(text).toContain(url);
      expect(html).toContain(`href="${escapeHtml(url)}"`);
    }
    expect(text).not.toContain('token=offers');
    expect(text).toContain('Stop e-mails for “Needs”: https://gis.example.org/unsubscribe?token=needs');
    // DEAL_ROOM has no link given: the footer says so rather than offering a dead link.
    expect(text).toContain('“Deal room” notifications cannot be turned off');
    expect(text).toContain(PREFERENCES);
  });

  it.each(UN_LANGUAGES)('sets lang and direction in %s', (language) => {
    const { html } = renderDigest(digest({ language }));
    expect(html).toContain(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`);
    expect(html).not.toMatch(/[{}]/);
  });

  it('refuses an empty digest', () => {
    expect(() => renderDigest(digest({ items: [] }))).toThrow(/empty digest/);
  });
});

const OUTCOMES: UnsubscribeOutcome[] = ['DONE', 'INVALID', 'URGENT'];

describe('renderUnsubscribePage', () => {
  it.each(UN_LANGUAGES.flatMap((language) => OUTCOMES.map((outcome) => [language, outcome] as const)))(
    'in %s for %s is a standalone page with its texts',
    (language, outcome) => {
      const page = NOTIFICATION_LABELS[language].unsubscribePage[outcome];
      const category = outcome === 'URGENT' ? NotificationCategory.DEADLINES : NotificationCategory.NEEDS;
      const html = renderUnsubscribePage(language, outcome, category);
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toContain(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`);
      expect(html).not.toMatch(/<script|<link|src=/);
      expect(html).toContain(`<h1>${escapeHtml(page.title)}</h1>`);
      expect(html).toContain(escapeHtml(page.note));
      const body = html.slice(html.indexOf('<body>'));
      expect(body).not.toMatch(/[{}]/);
      if (outcome !== 'INVALID') expect(body).toContain(escapeHtml(categoryName(language, category)));
      expect(renderUnsubscribePage(language, outcome, null)).toContain(escapeHtml(page.withoutCategory));
    },
  );

  it('falls back to English for an unknown language', () => {
    expect(renderUnsubscribePage('tlh', 'DONE', NotificationCategory.FUNDING)).toContain('You will no longer receive e-mails for “Funding” notifications.');
  });
});

/** Every path to a string in a labels object, e.g. `unsubscribePage.DONE.title`. */
function paths(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => paths(child, prefix ? `${prefix}.${key}` : key));
}

describe('labels', () => {
  const english = paths(NOTIFICATION_LABELS.en).map(([path]) => path);

  it.each(UN_LANGUAGES)('%s has the same keys as English and no empty text', (language: UnLanguage) => {
    const entries = paths(NOTIFICATION_LABELS[language]);
    expect(entries.map(([path]) => path)).toEqual(english);
    for (const [path, text] of entries) {
      expect([path, typeof text]).toEqual([path, 'string']);
      expect([path, (text as string).trim() !== '']).toEqual([path, true]);
    }
  });

  it('has exactly the UN languages', () => {
    expect(Object.keys(NOTIFICATION_LABELS).sort()).toEqual([...UN_LANGUAGES].sort());
  });

  it('names every category and mode of the enums, and orders every category', () => {
    const categories = Object.values(NotificationCategory).sort();
    expect(Object.keys(NOTIFICATION_LABELS.en.categories).sort()).toEqual(categories);
    expect(Object.keys(NOTIFICATION_LABELS.en.modes).sort()).toEqual(Object.values(DeliveryMode).sort());
    expect([...CATEGORY_ORDER].sort()).toEqual(categories);
  });

  it('puts {category} in every text that names one', () => {
    for (const language of UN_LANGUAGES) {
      const l = NOTIFICATION_LABELS[language];
      for (const text of [l.footerCategory, l.unsubscribe, l.cannotTurnOff, l.unsubscribePage.DONE.withCategory, l.unsubscribePage.URGENT.withCategory]) {
        expect(text).toContain('{category}');
      }
      expect(Object.values(l.digestSubject).every((text) => text.includes('{updates}'))).toBe(true);
    }
  });

  it('categoryName and modeName name in the language asked, else English', () => {
    expect(categoryName('fr', NotificationCategory.ACTION_REQUIRED)).toBe('Action requise');
    expect(categoryName('de', NotificationCategory.DEAL_ROOM)).toBe('Deal room');
    expect(modeName('es', DeliveryMode.WEEKLY)).toBe('Resumen semanal');
  });
});
