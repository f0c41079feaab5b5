import { BigNumber } from 'bignumber.js';
import { UN_LANGUAGES, type LocalizedText, type OrganisationType, type UnLanguage } from '#libs/core';
import { ContributionStatus as C, FUNDED_STATUSES, type ProposalStatus, type Tranche } from '#libs/proposals';
import { sumDecimals } from '#libs/reference-data';
import { DAC_SECTOR, IATI_ACTIVITY_STATUS, IATI_DATE, IATI_ORGANISATION_TYPE, IATI_ROLE, IATI_TRANSACTION } from './iati-codes.js';
import { renderElement, XML_DECLARATION, type XmlElement } from './xml-writer.js';

/**
 * One proposal as an IATI 2.03 `iati-activity`, from a plain view of it (IatiService reads the
 * view, by the proposals' visibility rules). Pure: the mapping is docs/OPEN-DATA.md's table.
 */

/** A text in one language. */
export interface Narrative {
  lang: UnLanguage;
  text: string;
}

/** The publisher (configuration: IATI_REPORTING_ORG_*). */
export interface IatiReportingOrg {
  ref: string;
  type: string;
  name: string;
}

/** A contribution on the ledger, with the dates it was committed and disbursed (YYYY-MM-DD). */
export interface IatiContribution {
  id: string;
  status: C;
  /** Exact decimal, in the proposal's currency. */
  amount: string;
  donor: { name: string; type: OrganisationType };
  committedOn: string;
  /** Set once disbursed (DISBURSED, REPORTED). */
  disbursedOn: string | null;
}

export interface IatiProposalView {
  reference: string;
  status: ProposalStatus;
  currency: string;
  /** The title in each language it is written in, the original first. */
  title: Narrative[];
  /** The summary, likewise. */
  description: Narrative[];
  implementingAgency: string;
  /**
   * The requesting States; `needsBudgetUsd`: the USD total of the State's needs in the proposal
   * when the viewer may read each of them and each has a budget, else null.
   */
  states: { iso2: string; names: LocalizedText; needsBudgetUsd: string | null }[];
  /** The thematic areas of its needs (those the viewer may read). */
  thematicAreas: { code: string; names: LocalizedText }[];
  /** The agreed revision's number (1: the budget as first agreed) and tranches. */
  revision: number;
  tranches: readonly Tranche[];
  /** Its whole ledger: the builder keeps what is a transaction. */
  contributions: IatiContribution[];
  /** YYYY-MM-DD: when it opened for funding, its funding deadline, when implementation started, when it ended (completed, withdrawn or expired). */
  openedOn: string;
  fundingDeadline: string | null;
  startedOn: string | null;
  endedOn: string | null;
  lastUpdatedAt: Date;
}

/** The IATI ActivityStatus of a proposal; null: not published (it never reached the market). */
export function iatiActivityStatus(status: ProposalStatus): string | null {
  return IATI_ACTIVITY_STATUS[status] ?? null;
}

/**
 * Percentages exact to two decimals that sum to 100: in proportion to `weights` (decimal
 * strings) when every one is known and above zero, else equal. Largest remainder: each share is
 * rounded down to the hundredth, then the hundredths left go to the largest remainders (the first
 * in order on a tie).
 */
export function percentages(weights: readonly (string | null)[]): string[] {
  if (!weights.length) return [];
  const known = weights.every((w) => w !== null && new BigNumber(w).isGreaterThan(0));
  const parts = known ? weights.map((w) => new BigNumber(w!)) : weights.map(() => new BigNumber(1));
  const total = parts.reduce((a, b) => a.plus(b), new BigNumber(0));
  const exact = parts.map((p) => p.times(10_000).div(total));
  const units = exact.map((e) => e.integerValue(BigNumber.ROUND_FLOOR).toNumber());
  let left = 10_000 - units.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => ({ i, r: e.minus(units[i]) })).sort((a, b) => b.r.comparedTo(a.r)! || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    units[i] += 1;
  }
  return units.map((u) => new BigNumber(u).div(100).toString());
}

/** `date` (YYYY-MM-DD) plus whole years, then plus days (Feb 29 plus a year is Mar 1). */
function shiftDate(date: string, years: number, days = 0): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y + years, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Budget periods: tranches carry no dates, so tranche n is budgeted for the n-th year from the
 * activity's start (actual, else planned): consecutive periods of one year, as IATI asks (no
 * budget period longer than a year, none overlapping).
 */
export function budgetPeriods(start: string, count: number): { start: string; end: string }[] {
  return Array.from({ length: count }, (_, i) => ({ start: shiftDate(start, i), end: shiftDate(start, i + 1, -1) }));
}

/** The planned start: the funding deadline (it can start once funded), else the day it opened for funding. */
function plannedStart(view: IatiProposalView): string {
  return view.fundingDeadline ?? view.openedOn;
}

const narratives = (texts: readonly Narrative[]): XmlElement[] =>
  texts.filter((t) => t.text.trim()).map((t) => ({ name: 'narrative', attrs: { 'xml:lang': t.lang }, children: [t.text] }));

/** A name in the six UN languages (those present), in the UN's order. */
const localized = (names: LocalizedText): XmlElement[] => narratives(UN_LANGUAGES.filter((l) => names[l]).map((lang) => ({ lang, text: names[lang]! })));

const value = (amount: string, currency: string, valueDate: string): XmlElement => ({
  name: 'value',
  attrs: { currency, 'value-date': valueDate },
  children: [amount],
});

function transactions(view: IatiProposalView): XmlElement[] {
  const receiver: XmlElement = { name: 'receiver-org', children: narratives([{ lang: view.title[0]?.lang ?? 'en', text: view.implementingAgency }]) };
  const transaction = (type: string, date: string, c: IatiContribution): XmlElement => ({
    name: 'transaction',
    attrs: { ref: `${c.id}-${type}` },
    children: [
      { name: 'transaction-type', attrs: { code: type } },
      { name: 'transaction-date', attrs: { 'iso-date': date } },
      value(c.amount, view.currency, date),
      { name: 'provider-org', attrs: { type: IATI_ORGANISATION_TYPE[c.donor.type] }, children: narratives([{ lang: 'en', text: c.donor.name }]) },
      receiver,
    ],
  });
  // Intents, pledges and cancelled contributions are no transactions: nothing was agreed or paid.
  return view.contributions
    .filter((c) => FUNDED_STATUSES.includes(c.status))
    .flatMap((c) => [
      transaction(IATI_TRANSACTION.COMMITMENT, c.committedOn, c),
      ...(c.disbursedOn && (c.status === C.DISBURSED || c.status === C.REPORTED) ? [transaction(IATI_TRANSACTION.DISBURSEMENT, c.disbursedOn, c)] : []),
    ]);
}

/** The funding donors: those with money committed or later, once each, in the order of the ledger. */
function fundingDonors(view: IatiProposalView): IatiContribution['donor'][] {
  const seen = new Map<string, IatiContribution['donor']>();
  for (const c of view.contributions) if (FUNDED_STATUSES.includes(c.status) && !seen.has(c.donor.name)) seen.set(c.donor.name, c.donor);
  return [...seen.values()];
}

/** The `iati-activity` of one proposal (null when its status is never published). */
export function buildIatiActivity(view: IatiProposalView, org: IatiReportingOrg): XmlElement | null {
  const status = iatiActivityStatus(view.status);
  if (!status) return null;
  const lang = view.title[0]?.lang ?? 'en';
  const countryShares = percentages(view.states.map((s) => s.needsBudgetUsd));
  const themeShares = percentages(view.thematicAreas.map(() => null));
  const start = view.startedOn ?? plannedStart(view);
  const tranches = [...view.tranches].sort((a, b) => a.number - b.number);
  const periods = budgetPeriods(start, tranches.length);
  return {
    name: 'iati-activity',
    attrs: {
      'last-updated-datetime': view.lastUpdatedAt.toISOString(),
      'xml:lang': lang,
      'default-currency': view.currency,
    },
    children: [
      { name: 'iati-identifier', children: [`${org.ref}-${view.reference}`] },
      { name: 'reporting-org', attrs: { ref: org.ref, type: org.type }, children: narratives([{ lang: 'en', text: org.name }]) },
      { name: 'title', children: narratives(view.title) },
      { name: 'description', attrs: { type: '1' }, children: narratives(view.description) },
      ...fundingDonors(view).map((d): XmlElement => ({
        name: 'participating-org',
        attrs: { role: IATI_ROLE.FUNDING, type: IATI_ORGANISATION_TYPE[d.type] },
        children: narratives([{ lang: 'en', text: d.name }]),
      })),
      ...view.states.map((s): XmlElement => ({ name: 'participating-org', attrs: { role: IATI_ROLE.ACCOUNTABLE, type: '10' }, children: localized(s.names) })),
      { name: 'participating-org', attrs: { role: IATI_ROLE.IMPLEMENTING }, children: narratives([{ lang, text: view.implementingAgency }]) },
      { name: 'activity-status', attrs: { code: status } },
      { name: 'activity-date', attrs: { type: IATI_DATE.PLANNED_START, 'iso-date': plannedStart(view) } },
      view.startedOn ? { name: 'activity-date', attrs: { type: IATI_DATE.ACTUAL_START, 'iso-date': view.startedOn } } : null,
      view.endedOn ? { name: 'activity-date', attrs: { type: IATI_DATE.ACTUAL_END, 'iso-date': view.endedOn } } : null,
      ...view.states.map((s, i): XmlElement => ({
        name: 'recipient-country',
        attrs: { code: s.iso2, percentage: countryShares[i] },
        children: localized(s.names),
      })),
      {
        name: 'sector',
        attrs: { vocabulary: '1', code: DAC_SECTOR.code, percentage: '100' },
        children: narratives([{ lang: 'en', text: DAC_SECTOR.name }]),
      },
      // Vocabulary 99: the reporting organisation's own, our thematic areas (named, so a reader needs no list).
      ...view.thematicAreas.map((t, i): XmlElement => ({
        name: 'sector',
        attrs: { vocabulary: '99', code: t.code, percentage: themeShares[i] },
        children: localized(t.names),
      })),
      ...tranches.map((t, i): XmlElement => ({
        name: 'budget',
        // Type 1 original while the first agreed budget holds, 2 revised after a revision; status 1 indicative.
        attrs: { type: view.revision > 1 ? '2' : '1', status: '1' },
        children: [
          { name: 'period-start', attrs: { 'iso-date': periods[i].start } },
          { name: 'period-end', attrs: { 'iso-date': periods[i].end } },
          value(sumDecimals(t.lines.map((l) => l.amount)), view.currency, periods[i].start),
        ],
      })),
      ...transactions(view),
    ],
  };
}

/** An `iati-activities` file of rendered activities (renderElement(activity, 1) each). */
export function iatiActivitiesFile(renderedActivities: readonly string[], generatedAt: Date): string {
  const open = `<iati-activities version="2.03" generated-datetime="${generatedAt.toISOString()}">`;
  return `${XML_DECLARATION}\n${open}\n${renderedActivities.join('\n')}${renderedActivities.length ? '\n' : ''}</iati-activities>\n`;
}

/** One activity rendered for a file. */
export function renderIatiActivity(activity: XmlElement): string {
  return renderElement(activity, 1);
}
