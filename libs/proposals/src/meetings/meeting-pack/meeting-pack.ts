import { Html, html, type UnLanguage } from '#libs/core';
import { MEETING_PACK_LABELS, type MeetingPackLabels } from './meeting-pack.labels.js';

export interface MeetingPackData {
  meeting: { title: string; startsAt: Date; location: string | null };
  generatedAt: Date;
  /** In agenda order. */
  items: MeetingPackItem[];
}

export interface MeetingPackItem {
  /** 1-based agenda position. */
  position: number;
  /** The agenda note. */
  note: string | null;
  /** E.g. GIS-2026-0007. */
  reference: string;
  title: string;
  summary: string;
  /** A ProposalStatus value, e.g. 'OPEN_FOR_FUNDING'. */
  status: string;
  /** Names already in the asked language. */
  requestingStates: string[];
  implementingAgency: string;
  /** ISO 4217, e.g. 'USD', 'EUR'. */
  currency: string;
  /** Exact decimal strings like '150000.50'; promised null for a viewer who is not a party (the column is left out). */
  funding: { target: string; committed: string; disbursed: string; promised: string | null; gap: string; targetUsd: string | null; gapUsd: string | null };
  tranches: { number: number; title: string; target: string; committed: string; gap: string }[];
  needs: { title: string; state: string; themes: string[] }[];
  /** Score: a decimal string in [0, 1], e.g. '0.8123'. */
  matches: { offerTitle: string; donor: string; score: string | null }[];
  /** Status: INTENT, PLEDGED, COMMITTED, DISBURSED or REPORTED. */
  contributions: { donor: string; status: string; amount: string; kind: 'MONEY' | 'IN_KIND' }[];
}

const EMPTY = new Html('');

/** A label for an enum value; an unknown value is shown as it is rather than dropped. */
function labelOf(labels: Record<string, string>, value: string): string {
  return Object.hasOwn(labels, value) ? labels[value] : value;
}

/** Formats for one language, made once per document (Intl formatters are costly to build). */
function formattersFor(language: UnLanguage) {
  const currencies = new Map<string, Intl.NumberFormat>();
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  return {
    /** Decimal strings go to Intl as they are: a Number would lose cents on large amounts. */
    money(amount: string, currency: string): string {
      let format = currencies.get(currency);
      if (!format) currencies.set(currency, (format = new Intl.NumberFormat(language, { style: 'currency', currency })));
      return format.format(amount as Intl.StringNumericLiteral);
    },
    percent: (score: string) => percent.format(score as Intl.StringNumericLiteral),
    date: (value: Date) => date.format(value),
    list: (values: string[]) => list.format(values),
  };
}
type Formatters = ReturnType<typeof formattersFor>;

// Print-first: A4, one agenda item per page. `start`/`end` follow the direction, so figures line up in Arabic too.
const STYLE = `
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "Noto Sans", "Segoe UI", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #111; margin: 0; }
h1 { font-size: 18pt; margin: 0 0 4pt; }
h2 { font-size: 14pt; margin: 0 0 8pt; border-bottom: 1.5pt solid #1a5ea8; padding-bottom: 3pt; }
h3 { font-size: 11.5pt; margin: 12pt 0 4pt; }
.kicker { text-transform: uppercase; letter-spacing: 0.05em; color: #1a5ea8; margin: 0; }
.reference { color: #555; font-weight: normal; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 0 0 8pt; }
dt { font-weight: bold; }
dd { margin: 0; }
.text { white-space: pre-line; }
table { width: 100%; border-collapse: collapse; margin: 0 0 6pt; page-break-inside: auto; }
tr { page-break-inside: avoid; }
th, td { border: 0.5pt solid #999; padding: 2pt 4pt; text-align: start; vertical-align: top; }
th { background: #eef2f7; }
.num { text-align: end; }
td.num { white-space: nowrap; }
.item + .item { page-break-before: always; break-before: page; }
header { margin-bottom: 12pt; }
@media screen { body { max-width: 210mm; margin: 0 auto; padding: 12mm; } }
`;

/** A table cell: text or markup, a row heading, or a figure (aligned to the end of the line). */
type Cell = string | Html | { head: string } | { num: string };

function cell(tag: 'th' | 'td', c: Cell): Html {
  if (typeof c === 'string' || c instanceof Html) return tag === 'th' ? html`<th>${c}</th>` : html`<td>${c}</td>`;
  if ('head' in c) return html`<th>${c.head}</th>`;
  return tag === 'th' ? html`<th class="num">${c.num}</th>` : html`<td class="num">${c.num}</td>`;
}

function table(className: string, head: Cell[], rows: Cell[][]): Html {
  const body = rows.map((row) => html`<tr>${row.map((c) => cell('td', c))}</tr>\n`);
  return html`<table class="${className}"><thead><tr>${head.map((c) => cell('th', c))}</tr></thead><tbody>\n${body}</tbody></table>`;
}

function itemSection(item: MeetingPackItem, l: MeetingPackLabels, f: Formatters): Html {
  const money = (amount: string) => ({ num: f.money(amount, item.currency) });
  const usd = (amount: string | null) => ({ num: amount === null ? '' : f.money(amount, 'USD') });
  const { funding } = item;

  const needs = item.needs.length
    ? html`<h3>${l.needs}</h3>\n${table(
        'needs',
        [l.need, l.state, l.thematicAreas],
        item.needs.map((n) => [n.title, n.state, f.list(n.themes)]),
      )}`
    : EMPTY;

  const tranches = item.tranches.length
    ? table(
        'tranches',
        [l.tranche, { num: l.target }, { num: l.committed }, { num: l.fundingGap }],
        item.tranches.map((t) => [`${t.number}. ${t.title}`, money(t.target), money(t.committed), money(t.gap)]),
      )
    : EMPTY;

  const promised = funding.promised;
  const totals: Cell[][] = [
    [
      { head: l.total },
      money(funding.target),
      money(funding.committed),
      money(funding.disbursed),
      ...(promised === null ? [] : [money(promised)]),
      money(funding.gap),
    ],
  ];
  if (funding.targetUsd !== null || funding.gapUsd !== null) {
    totals.push([{ head: `${l.total} (${l.inUsDollars})` }, usd(funding.targetUsd), '', '', ...(promised === null ? [] : ['']), usd(funding.gapUsd)]);
  }
  const totalsHead: Cell[] = [
    '',
    { num: l.target },
    { num: l.committed },
    { num: l.disbursed },
    ...(promised === null ? [] : [{ num: l.promised }]),
    { num: l.fundingGap },
  ];

  const matches = item.matches.length
    ? table(
        'matches',
        [l.offer, l.donor, { num: l.score }],
        item.matches.map((m) => [m.offerTitle, m.donor, { num: m.score === null ? '—' : f.percent(m.score) }]),
      )
    : html`<p class="none">${l.noSuggestedMatches}</p>`;

  const contributions = item.contributions.length
    ? table(
        'contributions',
        [l.donor, l.status, l.kind, { num: l.amount }],
        item.contributions.map((c) => [c.donor, labelOf(l.contributionStatuses, c.status), labelOf(l.contributionKinds, c.kind), money(c.amount)]),
      )
    : html`<p class="none">${l.noContributions}</p>`;

  return html`<section class="item">
<h2>${String(item.position)}. <span class="reference">${item.reference}</span> ${item.title}</h2>
<dl>
<dt>${l.status}</dt><dd>${labelOf(l.proposalStatuses, item.status)}</dd>
<dt>${l.requestingStates}</dt><dd>${f.list(item.requestingStates)}</dd>
<dt>${l.implementingAgency}</dt><dd>${item.implementingAgency}</dd>
${item.note ? html`<dt>${l.note}</dt><dd class="text">${item.note}</dd>\n` : EMPTY}</dl>
<h3>${l.summary}</h3>
<p class="text">${item.summary}</p>
${needs}
<h3>${l.budgetAndFunding} (${item.currency})</h3>
${tranches}
${table('totals', totalsHead, totals)}
<h3>${l.suggestedMatches}</h3>
${matches}
<h3>${l.contributions}</h3>
${contributions}
</section>
`;
}

/**
 * The meeting pack as one standalone HTML document (no external resources, no scripts), ready to
 * print or to turn into PDF. Every text from `data` is escaped; money and dates are formatted for
 * `language`, money from its exact decimal strings.
 */
export function renderMeetingPackHtml(data: MeetingPackData, language: UnLanguage): string {
  const l = MEETING_PACK_LABELS[language];
  const f = formattersFor(language);
  const { meeting } = data;
  const agenda = table(
    'agenda',
    ['', l.proposal, l.status],
    data.items.map((item) => [
      { num: `${item.position}.` },
      html`<span class="reference">${item.reference}</span> ${item.title}`,
      labelOf(l.proposalStatuses, item.status),
    ]),
  );

  return html`<!DOCTYPE html>
<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<title>${l.meetingPack} — ${meeting.title}</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
<header>
<p class="kicker">${l.meetingPack}</p>
<h1>${meeting.title}</h1>
<dl>
<dt>${l.date}</dt><dd>${f.date(meeting.startsAt)}</dd>
${meeting.location === null ? EMPTY : html`<dt>${l.location}</dt><dd>${meeting.location}</dd>`}
<dt>${l.generatedOn}</dt><dd>${f.date(data.generatedAt)}</dd>
</dl>
<h2>${l.agenda}</h2>
${agenda}
</header>
${data.items.map((item) => itemSection(item, l, f))}</body>
</html>
`.markup;
}
