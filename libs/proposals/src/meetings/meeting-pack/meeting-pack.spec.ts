import { UN_LANGUAGES } from '#libs/core';
import { escapeHtml } from '#libs/core';
import { renderMeetingPackHtml, type MeetingPackData, type MeetingPackItem } from './meeting-pack.js';
import { MEETING_PACK_LABELS } from './meeting-pack.labels.js';

const HOSTILE = `<script>alert(1)</script> & "x" 'y'`;

function item(overrides: Partial<MeetingPackItem> = {}): MeetingPackItem {
  return {
    position: 1,
    note: null,
    reference: 'GIS-2026-0007',
    title: 'Marking and record-keeping of small arms',
    summary: 'Marking machines and training for the national commission.',
    status: 'OPEN_FOR_FUNDING',
    requestingStates: ['Ghana', 'Togo'],
    implementingAgency: 'UNREC',
    currency: 'USD',
    funding: { target: '150000.50', committed: '50000.00', disbursed: '10000.00', promised: '20000.00', gap: '100000.50', targetUsd: null, gapUsd: null },
    tranches: [
      { number: 1, title: 'Equipment', target: '100000.00', committed: '50000.00', gap: '50000.00' },
      { number: 2, title: 'Training', target: '50000.50', committed: '0.00', gap: '50000.50' },
    ],
    needs: [{ title: 'Marking machines', state: 'Ghana', themes: ['Marking', 'Record-keeping'] }],
    matches: [{ offerTitle: 'Marking equipment', donor: 'Germany', score: '0.8123' }],
    contributions: [{ donor: 'Germany', status: 'PLEDGED', amount: '20000.00', kind: 'MONEY' }],
    ...overrides,
  };
}

function pack(items: MeetingPackItem[] = [item()]): MeetingPackData {
  return {
    meeting: { title: 'GIS plenary meeting', startsAt: new Date('2026-03-05T14:30:00Z'), location: 'Geneva' },
    generatedAt: new Date('2026-03-01T09:00:00Z'),
    items,
  };
}

/** Every leaf of a label set, by dotted path. */
function leaves(value: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, child] of Object.entries(value)) {
    if (child && typeof child === 'object') for (const [k, v] of leaves(child as object, `${prefix}${key}.`)) out.set(k, v);
    else out.set(`${prefix}${key}`, child);
  }
  return out;
}

describe('renderMeetingPackHtml', () => {
  it.each(UN_LANGUAGES)('renders a standalone document in %s', (language) => {
    const labels = MEETING_PACK_LABELS[language];
    const html = renderMeetingPackHtml(pack(), language);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toContain(escapeHtml(labels.meetingPack));
    expect(html).toContain(escapeHtml(labels.proposalStatuses.OPEN_FOR_FUNDING));
    expect(html).toContain(escapeHtml(labels.contributionStatuses.PLEDGED));
    expect(html).not.toMatch(/<script|<link|src=|https?:/i);
  });

  it('is right-to-left in Arabic only', () => {
    for (const language of UN_LANGUAGES) {
      const dir = /<html lang="\w+" dir="(\w+)">/.exec(renderMeetingPackHtml(pack(), language))?.[1];
      expect(dir).toBe(language === 'ar' ? 'rtl' : 'ltr');
    }
  });

  it('escapes every text that comes from the data', () => {
    const hostile = item({
      title: HOSTILE,
      reference: HOSTILE,
      note: HOSTILE,
      summary: HOSTILE,
      status: HOSTILE,
      requestingStates: [HOSTILE],
      implementingAgency: HOSTILE,
      tranches: [{ number: 1, title: HOSTILE, target: '1.00', committed: '0.00', gap: '1.00' }],
      needs: [{ title: HOSTILE, state: HOSTILE, themes: [HOSTILE] }],
      matches: [{ offerTitle: HOSTILE, donor: HOSTILE, score: null }],
      contributions: [{ donor: HOSTILE, status: HOSTILE, amount: '1.00', kind: 'IN_KIND' }],
    });
    const data = pack([hostile]);
    data.meeting = { ...data.meeting, title: HOSTILE, location: HOSTILE };
    const html = renderMeetingPackHtml(data, 'en');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('& "x"');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;');
  });

  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });

  it('formats money exactly, from the decimal strings', () => {
    const big = item({
      funding: { target: '12345678901234.57', committed: '0.10', disbursed: '0.00', promised: '0.00', gap: '12345678901234.47', targetUsd: null, gapUsd: null },
    });
    const html = renderMeetingPackHtml(pack([big]), 'en');
    expect(html).toContain('$12,345,678,901,234.57');
    expect(html).toContain('$12,345,678,901,234.47');
    expect(html).toContain('$0.10');
    // A float would have turned these into …234.56, …234.48 or similar.
    expect(html).not.toMatch(/234\.(56|58|46|48)/);
    expect(html).not.toMatch(/\d\.\d{3,}/);
  });

  it('formats money and scores for the language', () => {
    const html = renderMeetingPackHtml(pack([item({ currency: 'EUR' })]), 'fr');
    expect(html).toContain('150\u202f000,50\u00a0€');
    expect(html).toContain('81\u00a0%');
    expect(renderMeetingPackHtml(pack(), 'en')).toContain('>81%<');
  });

  it('shows the USD equivalents when given, and not when null', () => {
    const inEuros = item({
      currency: 'EUR',
      funding: { target: '150000.50', committed: '0.00', disbursed: '0.00', promised: '0.00', gap: '150000.50', targetUsd: '162000.54', gapUsd: '161999.99' },
    });
    const withUsd = renderMeetingPackHtml(pack([inEuros]), 'en');
    expect(withUsd).toContain('Total (in US dollars)');
    expect(withUsd).toContain('$162,000.54');
    expect(withUsd).toContain('$161,999.99');

    const withoutUsd = renderMeetingPackHtml(pack([item({ currency: 'EUR' })]), 'en');
    expect(withoutUsd).not.toContain('in US dollars');
    expect(withoutUsd).not.toContain('$');
  });

  it('leaves out the promised column for a viewer who is not a party, in every language, keeping the rows aligned', () => {
    const outsider = item({ funding: { ...item().funding, promised: null, targetUsd: '150000.50', gapUsd: '100000.50' }, contributions: [] });
    for (const language of UN_LANGUAGES) {
      const { promised } = MEETING_PACK_LABELS[language];
      expect(renderMeetingPackHtml(pack(), language)).toContain(escapeHtml(promised));
      const html = renderMeetingPackHtml(pack([outsider]), language);
      expect(html).not.toContain(escapeHtml(promised));
      const totals = /<table class="totals">[\s\S]*?<\/table>/.exec(html)![0];
      // Five columns in the head and in each row: label, target, committed, disbursed, gap.
      for (const row of totals.match(/<tr>[\s\S]*?<\/tr>/g)!) expect(row.match(/<t[hd][ >]/g)).toHaveLength(5);
    }
    expect(renderMeetingPackHtml(pack([outsider]), 'en')).not.toContain('$20,000.00');
  });

  it('breaks the page before every agenda item but the first', () => {
    const html = renderMeetingPackHtml(pack([item(), item({ position: 2, reference: 'GIS-2026-0008' })]), 'en');
    expect(html).toContain('.item + .item { page-break-before: always; break-before: page; }');
    expect(html).toContain('@page { size: A4;');
    expect(html.match(/<section class="item">/g)).toHaveLength(2);
    expect(html.indexOf('GIS-2026-0007</span> Marking')).toBeLessThan(html.indexOf('GIS-2026-0008</span> Marking'));
  });

  it('says so when there are no suggested matches', () => {
    for (const language of UN_LANGUAGES) {
      const { noSuggestedMatches } = MEETING_PACK_LABELS[language];
      expect(renderMeetingPackHtml(pack([item({ matches: [] })]), language)).toContain(escapeHtml(noSuggestedMatches));
      expect(renderMeetingPackHtml(pack(), language)).not.toContain(escapeHtml(noSuggestedMatches));
    }
  });

  it('shows the agenda note only when there is one', () => {
    const html = renderMeetingPackHtml(pack([item({ note: 'Deferred from the last meeting' })]), 'en');
    expect(html).toContain('<dt>Note</dt><dd class="text">Deferred from the last meeting</dd>');
    expect(renderMeetingPackHtml(pack(), 'en')).not.toContain('<dt>Note</dt>');
  });
});

describe('MEETING_PACK_LABELS', () => {
  it('has a label set for each of the six languages', () => {
    expect(Object.keys(MEETING_PACK_LABELS).sort()).toEqual([...UN_LANGUAGES].sort());
  });

  it('has the same keys in every language and no empty text', () => {
    const keys = [...leaves(MEETING_PACK_LABELS.en).keys()].sort();
    for (const language of UN_LANGUAGES) {
      const set = leaves(MEETING_PACK_LABELS[language]);
      expect([...set.keys()].sort()).toEqual(keys);
      for (const [key, text] of set) {
        expect({ language, key, ok: typeof text === 'string' && text.trim() !== '' }).toEqual({ language, key, ok: true });
      }
    }
  });

  it('names every proposal and contribution status', () => {
    expect(Object.keys(MEETING_PACK_LABELS.en.proposalStatuses)).toHaveLength(15);
    const contributionStatuses = Object.keys(MEETING_PACK_LABELS.en.contributionStatuses);
    expect(contributionStatuses).toEqual(expect.arrayContaining(['INTENT', 'PLEDGED', 'COMMITTED', 'DISBURSED', 'REPORTED']));
  });
});
