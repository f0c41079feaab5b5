import { OrganisationType } from '#libs/core';
import { ContributionStatus as C, ProposalStatus as S } from '#libs/proposals';
import {
  budgetPeriods,
  buildIatiActivity,
  iatiActivitiesFile,
  iatiActivityStatus,
  percentages,
  renderIatiActivity,
  type IatiContribution,
  type IatiProposalView,
} from './iati-activity.js';
import { isIatiCurrency } from './iati-codes.js';
import { httpRefusal } from '#libs/core';
import { assertValidIatiXml, InvalidIatiFileError, validateIatiXml } from './iati-validation.js';
import { childrenNamed, expectValidIati, findAll, parseXml, type ParsedElement } from './iati-xml.fixtures.js';

const ORG = { ref: 'XX-UNODA', type: '40', name: 'United Nations Office for Disarmament Affairs' };

const GHANA = { iso2: 'GH', names: { en: 'Ghana', fr: 'Ghana', ar: 'غانا' }, needsBudgetUsd: '150000.00' };
const TOGO = { iso2: 'TG', names: { en: 'Togo' }, needsBudgetUsd: '50000.00' };

function contribution(status: C, amount: string, donor = 'Germany', extra: Partial<IatiContribution> = {}): IatiContribution {
  return {
    id: `00000000-0000-4000-8000-${String(Math.floor(Math.random() * 1e12)).padStart(12, '0')}`,
    status,
    amount,
    donor: { name: donor, type: OrganisationType.DONOR_GOVERNMENT },
    committedOn: '2026-03-01',
    disbursedOn: status === C.DISBURSED || status === C.REPORTED ? '2026-04-15' : null,
    ...extra,
  };
}

function view(overrides: Partial<IatiProposalView> = {}): IatiProposalView {
  return {
    reference: 'GIS-2026-0007',
    status: S.FUNDED,
    currency: 'USD',
    title: [{ lang: 'en', text: 'Marking of police weapons in Ghana' }],
    description: [{ lang: 'en', text: 'Marking machines and training so that police weapons can be traced.' }],
    implementingAgency: 'Ghana National Commission on Small Arms',
    states: [GHANA],
    thematicAreas: [
      { code: 'MARKING_RECORD_KEEPING', names: { en: 'Marking and record-keeping', fr: 'Marquage' } },
      { code: 'STOCKPILE_MANAGEMENT', names: { en: 'Stockpile management' } },
      { code: 'CAPACITY_BUILDING', names: { en: 'Capacity building' } },
    ],
    revision: 1,
    tranches: [
      {
        number: 1,
        title: 'Equipment',
        lines: [
          { description: 'Two marking machines', amount: '120000' },
          { description: 'Spare parts', amount: '30000.50' },
        ],
      },
      { number: 2, title: 'Training', lines: [{ description: 'Training of 12 armourers', amount: '49999.50' }] },
    ],
    contributions: [contribution(C.COMMITTED, '150000.50')],
    openedOn: '2026-02-01',
    fundingDeadline: '2027-12-31',
    startedOn: null,
    endedOn: null,
    lastUpdatedAt: new Date('2026-05-01T10:00:00Z'),
    ...overrides,
  };
}

/** The file of these views, validated against the schema, parsed back; its activities. */
async function built(...views: IatiProposalView[]): Promise<ParsedElement[]> {
  const xml = iatiActivitiesFile(
    views.map((v) => renderIatiActivity(buildIatiActivity(v, ORG)!)),
    new Date('2026-05-02T00:00:00Z'),
  );
  await expectValidIati(xml);
  return childrenNamed(parseXml(xml), 'iati-activity');
}

/** The English narrative of an element (else its first). */
const english = (e: ParsedElement) => (e.children.find((n) => n.attrs['xml:lang'] === 'en') ?? e.children[0]).text;

const sum = (values: string[]) => values.reduce((a, v) => a + Math.round(Number(v) * 100), 0);

describe('percentages', () => {
  it('splits by the weights, exact to the hundredth, summing to 100', () => {
    expect(percentages(['150000.00', '50000.00'])).toEqual(['75', '25']);
    expect(percentages(['1', '2'])).toEqual(['33.33', '66.67']);
    expect(percentages(['0.01', '0.01', '0.01'])).toEqual(['33.34', '33.33', '33.33']);
    const odd = percentages(['123456789.17', '0.03', '98765.43', '7']);
    expect(sum(odd)).toBe(10_000);
  });

  it('splits equally when a weight is unknown or zero, giving the leftover hundredths to the first', () => {
    expect(percentages([null, '5'])).toEqual(['50', '50']);
    expect(percentages(['0', '5', '5'])).toEqual(['33.34', '33.33', '33.33']);
    expect(percentages([null, null, null, null, null, null, null])).toEqual(['14.29', '14.29', '14.29', '14.29', '14.28', '14.28', '14.28']);
    expect(percentages(['7'])).toEqual(['100']);
    expect(percentages([])).toEqual([]);
  });
});

describe('budgetPeriods', () => {
  it('gives each tranche a year from the start, consecutive, none longer than a year', () => {
    expect(budgetPeriods('2027-12-31', 3)).toEqual([
      { start: '2027-12-31', end: '2028-12-30' },
      { start: '2028-12-31', end: '2029-12-30' },
      { start: '2029-12-31', end: '2030-12-30' },
    ]);
    // A leap day: the next period starts on 1 March.
    expect(budgetPeriods('2028-02-29', 2)).toEqual([
      { start: '2028-02-29', end: '2029-02-28' },
      { start: '2029-03-01', end: '2030-02-28' },
    ]);
  });
});

describe('iatiActivityStatus', () => {
  it.each([
    [S.OPEN_FOR_FUNDING, '1'],
    [S.UNDER_NEGOTIATION, '1'],
    [S.PARTIALLY_FUNDED, '1'],
    [S.FUNDED, '1'],
    [S.IN_IMPLEMENTATION, '2'],
    [S.COMPLETED, '3'],
    [S.CLOSED, '4'],
    [S.WITHDRAWN, '5'],
    [S.EXPIRED, '5'],
    [S.ON_HOLD, '6'],
  ])('maps %s to ActivityStatus %s', (status, code) => expect(iatiActivityStatus(status)).toBe(code));

  it.each([S.DRAFT, S.AWAITING_ENDORSEMENT, S.RETURNED, S.TECHNICAL_REVIEW, S.DECLINED])('publishes nothing of a proposal %s', (status) => {
    expect(iatiActivityStatus(status)).toBeNull();
    expect(buildIatiActivity(view({ status }), ORG)).toBeNull();
  });
});

describe('buildIatiActivity', () => {
  it('says a funded proposal as an IATI 2.03 activity, valid against the schema', async () => {
    const [activity] = await built(view());
    expect(activity.attrs).toMatchObject({ 'default-currency': 'USD', 'xml:lang': 'en', 'last-updated-datetime': '2026-05-01T10:00:00.000Z' });
    expect(childrenNamed(activity, 'iati-identifier')[0].text).toBe('XX-UNODA-GIS-2026-0007');
    const [reporting] = childrenNamed(activity, 'reporting-org');
    expect(reporting.attrs).toEqual({ ref: 'XX-UNODA', type: '40' });
    expect(reporting.children[0].text).toBe('United Nations Office for Disarmament Affairs');
    expect(findAll(childrenNamed(activity, 'title')[0], 'narrative').map((n) => [n.attrs['xml:lang'], n.text])).toEqual([
      ['en', 'Marking of police weapons in Ghana'],
    ]);
    expect(childrenNamed(activity, 'participating-org').map((o) => [o.attrs.role, o.attrs.type ?? null, english(o)])).toEqual([
      ['1', '10', 'Germany'],
      ['2', '10', 'Ghana'],
      ['4', null, 'Ghana National Commission on Small Arms'],
    ]);
    expect(childrenNamed(activity, 'activity-status')[0].attrs.code).toBe('1');
    expect(childrenNamed(activity, 'activity-date').map((d) => [d.attrs.type, d.attrs['iso-date']])).toEqual([['1', '2027-12-31']]);
    expect(childrenNamed(activity, 'recipient-country').map((c) => [c.attrs.code, c.attrs.percentage])).toEqual([['GH', '100']]);
    const sectors = childrenNamed(activity, 'sector').map((s) => [s.attrs.vocabulary, s.attrs.code, s.attrs.percentage]);
    expect(sectors).toEqual([
      ['1', '15240', '100'],
      ['99', 'MARKING_RECORD_KEEPING', '33.34'],
      ['99', 'STOCKPILE_MANAGEMENT', '33.33'],
      ['99', 'CAPACITY_BUILDING', '33.33'],
    ]);
    expect(findAll(childrenNamed(activity, 'sector')[1], 'narrative').map((n) => n.attrs['xml:lang'])).toEqual(['en', 'fr']);
    // One budget a tranche, exact sums of its lines, a year each from the planned start.
    expect(
      childrenNamed(activity, 'budget').map((b) => [
        b.attrs.type,
        b.attrs.status,
        childrenNamed(b, 'period-start')[0].attrs['iso-date'],
        childrenNamed(b, 'period-end')[0].attrs['iso-date'],
        childrenNamed(b, 'value')[0].text,
        childrenNamed(b, 'value')[0].attrs.currency,
        childrenNamed(b, 'value')[0].attrs['value-date'],
      ]),
    ).toEqual([
      ['1', '1', '2027-12-31', '2028-12-30', '150000.50', 'USD', '2027-12-31'],
      ['1', '1', '2028-12-31', '2029-12-30', '49999.50', 'USD', '2028-12-31'],
    ]);
  });

  it('makes commitments and disbursements transactions; intents, pledges and cancelled contributions are none', async () => {
    const [activity] = await built(
      view({
        contributions: [
          contribution(C.INTENT, '1000.00', 'Intent Foundation'),
          contribution(C.PLEDGED, '2000.00', 'Pledge Foundation'),
          contribution(C.CANCELLED, '3000.00', 'Cancelled Foundation'),
          contribution(C.COMMITTED, '40000.25', 'Germany'),
          contribution(C.DISBURSED, '50000.75', 'Japan', { committedOn: '2026-03-02' }),
          contribution(C.REPORTED, '60000.00', 'Germany', { committedOn: '2026-03-03', disbursedOn: '2026-04-20' }),
        ],
      }),
    );
    const transactions = childrenNamed(activity, 'transaction').map((t) => [
      childrenNamed(t, 'transaction-type')[0].attrs.code,
      childrenNamed(t, 'transaction-date')[0].attrs['iso-date'],
      childrenNamed(t, 'value')[0].text,
      childrenNamed(t, 'value')[0].attrs.currency,
      childrenNamed(t, 'provider-org')[0].children[0].text,
      childrenNamed(t, 'receiver-org')[0].children[0].text,
    ]);
    const agency = 'Ghana National Commission on Small Arms';
    expect(transactions).toEqual([
      ['2', '2026-03-01', '40000.25', 'USD', 'Germany', agency],
      ['2', '2026-03-02', '50000.75', 'USD', 'Japan', agency],
      ['3', '2026-04-15', '50000.75', 'USD', 'Japan', agency],
      ['2', '2026-03-03', '60000.00', 'USD', 'Germany', agency],
      ['3', '2026-04-20', '60000.00', 'USD', 'Germany', agency],
    ]);
    // The funding organisations are the donors with money committed, once each.
    expect(
      childrenNamed(activity, 'participating-org')
        .filter((o) => o.attrs.role === '1')
        .map((o) => o.children[0].text),
    ).toEqual(['Germany', 'Japan']);
  });

  it('shares the recipient countries by their needs’ budgets, or equally when one is unknown', async () => {
    const [byBudget, equal, three] = await built(
      view({ states: [GHANA, TOGO] }),
      view({ reference: 'GIS-2026-0008', states: [GHANA, { ...TOGO, needsBudgetUsd: null }] }),
      view({ reference: 'GIS-2026-0009', states: [GHANA, TOGO, { iso2: 'BJ', names: { en: 'Benin' }, needsBudgetUsd: '100000.00' }] }),
    );
    const shares = (a: ParsedElement) => childrenNamed(a, 'recipient-country').map((c) => [c.attrs.code, c.attrs.percentage]);
    expect(shares(byBudget)).toEqual([
      ['GH', '75'],
      ['TG', '25'],
    ]);
    expect(shares(equal)).toEqual([
      ['GH', '50'],
      ['TG', '50'],
    ]);
    expect(shares(three)).toEqual([
      ['GH', '50'],
      ['TG', '16.67'],
      ['BJ', '33.33'],
    ]);
    // The States are accountable (role 2), each once.
    expect(childrenNamed(three, 'participating-org').filter((o) => o.attrs.role === '2')).toHaveLength(3);
  });

  it('dates an implemented, completed proposal and budgets from its actual start; a revised budget is type 2', async () => {
    const [activity] = await built(view({ status: S.COMPLETED, startedOn: '2026-06-10', endedOn: '2027-06-30', revision: 3 }));
    expect(childrenNamed(activity, 'activity-status')[0].attrs.code).toBe('3');
    expect(childrenNamed(activity, 'activity-date').map((d) => [d.attrs.type, d.attrs['iso-date']])).toEqual([
      ['1', '2027-12-31'],
      ['2', '2026-06-10'],
      ['4', '2027-06-30'],
    ]);
    expect(childrenNamed(activity, 'budget').map((b) => [b.attrs.type, childrenNamed(b, 'period-start')[0].attrs['iso-date']])).toEqual([
      ['2', '2026-06-10'],
      ['2', '2027-06-10'],
    ]);
  });

  it('plans the start on the day it opened for funding when it has no funding deadline', async () => {
    const [activity] = await built(view({ fundingDeadline: null, status: S.OPEN_FOR_FUNDING, contributions: [], thematicAreas: [] }));
    expect(childrenNamed(activity, 'activity-date')[0].attrs['iso-date']).toBe('2026-02-01');
    expect(childrenNamed(activity, 'sector')).toHaveLength(1);
    expect(childrenNamed(activity, 'transaction')).toHaveLength(0);
  });

  it('keeps XML’s special characters and six scripts intact, and drops what XML 1.0 forbids', async () => {
    const texts = {
      ar: 'وسم أسلحة الشرطة في غانا & "التدريب" <المرحلة ١>',
      zh: '加纳警用武器标识 & “培训” <第一阶段>',
      en: `Marking & tracing: "phase 1" <pilot> it's > 0`,
      fr: `Marquage des armes : « phase 1 » & l’équipe d’Élodie`,
      ru: 'Маркировка оружия полиции & «обучение» <этап 1>',
      es: 'Marcaje de armas de la policía & "capacitación" <fase 1> año señal',
    };
    const title = Object.entries(texts).map(([lang, text]) => ({ lang: lang as 'en', text }));
    const [activity] = await built(
      view({
        title,
        description: [{ lang: 'en', text: 'Line one\r\nline two\ttabbed \u0000\u0001\u000b\uFFFE\uD800 end 🎯' }],
        implementingAgency: `Agency "A&B" <'quoted'>`,
        contributions: [contribution(C.COMMITTED, '1.00', 'Donor & Sons <Ltd> "quoted"')],
      }),
    );
    expect(findAll(childrenNamed(activity, 'title')[0], 'narrative').map((n) => [n.attrs['xml:lang'], n.text])).toEqual(Object.entries(texts));
    expect(findAll(childrenNamed(activity, 'description')[0], 'narrative')[0].text).toBe('Line one\r\nline two\ttabbed  end 🎯');
    expect(childrenNamed(activity, 'participating-org').map(english)).toContain(`Agency "A&B" <'quoted'>`);
    expect(findAll(activity, 'provider-org')[0].children[0].text).toBe('Donor & Sons <Ltd> "quoted"');
  });
});

describe('iatiActivitiesFile', () => {
  it('holds many activities in one valid file', async () => {
    const activities = await built(...Array.from({ length: 25 }, (_, i) => view({ reference: `GIS-2026-${String(i).padStart(4, '0')}` })));
    expect(activities).toHaveLength(25);
  });

  it('with no activity is well-formed, though the schema wants one (the endpoint serves it unvalidated)', async () => {
    const xml = iatiActivitiesFile([], new Date('2026-05-02T00:00:00Z'));
    const file = parseXml(xml);
    expect(file.attrs).toEqual({ version: '2.03', 'generated-datetime': '2026-05-02T00:00:00.000Z' });
    expect(file.children).toHaveLength(0);
    expect((await validateIatiXml(xml)).valid).toBe(false);
  });

  it('is refused by the validator when something is wrong (the check does check)', async () => {
    const xml = iatiActivitiesFile([renderIatiActivity(buildIatiActivity(view(), ORG)!).replace('<activity-status code="1"/>', '')], new Date());
    const result = await validateIatiXml(xml);
    expect(result.valid).toBe(false);
    expect(result.errors.join(' ')).toMatch(/activity-status/);
    // Behind the endpoint: an internal error, xmllint's words for the log only.
    const error = await assertValidIatiXml(xml).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidIatiFileError);
    expect((error as Error).message).toMatch(/activity-status/);
    const refusal = httpRefusal(error);
    expect([refusal.status, refusal.unexpected, refusal.body.error.reason]).toEqual([500, true, 'server.internalError']);
    expect(refusal.body.error.message).not.toMatch(/activity-status/);
  });
});

describe('the IATI Currency codelist', () => {
  it('has the currencies IATI lists and not the withdrawn ones nor those it lacks', () => {
    for (const code of ['USD', 'EUR', 'GHS', 'XOF', 'CHF', 'JPY']) expect(isIatiCurrency(code)).toBe(true);
    for (const code of ['SLE', 'VED', 'ZWG', 'EEK', 'VEF', 'XXX']) expect(isIatiCurrency(code)).toBe(false);
  });
});
