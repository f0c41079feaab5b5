import { ExchangeRatesService, ReferenceDataSeeder } from '#libs/reference-data';
import { errorCode, startTestApp, type TestApp } from './support/test-app.js';

const SET_RATE = `mutation ($input: SetExchangeRateInput!) {
  setExchangeRate(input: $input) { currencyCode usdPerUnit effectiveDate source }
}`;

describe('reference data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent' } });
  });
  afterAll(() => t.close());

  it('lists the 193 Member States to anyone, with unique codes and names in six languages', async () => {
    const response = await t.gql<{ memberStates: { iso3: string; names: Record<string, string>; region: { code: string } }[] }>(
      '{ memberStates { iso3 names { ar zh en fr ru es } region { code name } } }',
    );
    const states = response.data!.memberStates;
    expect(states).toHaveLength(193);
    expect(new Set(states.map((s) => s.iso3)).size).toBe(193);
    for (const state of states) {
      expect(Object.values(state.names).every((name) => name.length > 0)).toBe(true);
      expect(state.region.code).toMatch(/^\d{3}$/);
    }
  });

  it("names things in the language asked, else the user's language, else English", async () => {
    const query = 'query ($lang: Language) { memberState(iso3: "CIV", lang: $lang) { name } }';
    expect((await t.gql<{ memberState: { name: string } }>(query, {})).data?.memberState.name).toBe("Cote d'Ivoire");
    expect((await t.gql<{ memberState: { name: string } }>(query, { lang: 'RU' })).data?.memberState.name).toBe('Кот-д’Ивуар');
    const reviewer = await t.login('reviewer.unrec@example.org'); // prefers French
    const french = await t.gql<{ thematicAreas: { code: string; name: string }[] }>('{ thematicAreas { code name } }', {}, reviewer);
    expect(french.data?.thematicAreas.find((a) => a.code === 'STOCKPILE_MANAGEMENT')?.name).toMatch(/stocks/i);
    const asked = await t.gql<{ assistanceTypes: { code: string; name: string }[] }>('{ assistanceTypes(lang: ZH) { code name } }', {}, reviewer);
    expect(asked.data?.assistanceTypes.find((a) => a.code === 'TRAINING')?.name).toMatch(/培训/);
  });

  it('filters Member States by M49 region and by regional organisation', async () => {
    const africa = await t.gql<{ memberStates: unknown[] }>('{ memberStates(regionCode: "002") { iso3 } }');
    expect(africa.data?.memberStates).toHaveLength(54);
    const ecowas = await t.gql<{ memberStates: { iso3: string }[] }>('{ memberStates(regionalOrganisationCode: "ECOWAS") { iso3 } }');
    expect(ecowas.data?.memberStates.map((s) => s.iso3)).toContain('GHA');
    expect(ecowas.data?.memberStates).toHaveLength(15);
  });

  it('lists regional organisations and UN regional centres with their members, in one query each level', async () => {
    const response = await t.gql<{
      regionalOrganisations: { code: string; kind: string; otherMembers: string[]; memberStates: { iso3: string; name: string }[] }[];
    }>('{ regionalOrganisations(lang: FR) { code kind otherMembers memberStates { iso3 name } } }');
    const byCode = new Map(response.data!.regionalOrganisations.map((o) => [o.code, o]));
    expect(byCode.get('UNREC')?.kind).toBe('UN_REGIONAL_CENTRE');
    expect(byCode.get('UNREC')?.memberStates).toHaveLength(54);
    expect(byCode.get('EU')?.memberStates.find((s) => s.iso3 === 'DEU')?.name).toBe('Allemagne');
    expect(byCode.get('LAS')?.otherMembers).toEqual(['PSE']);
  });

  it('lists thematic areas with their MOSAIC modules, assistance types and currencies', async () => {
    const response = await t.gql<{
      thematicAreas: { code: string; mosaicModules: { code: string; name: string }[] }[];
      assistanceTypes: { code: string }[];
      currencies: { code: string; minorUnits: number | null }[];
    }>('{ thematicAreas { code mosaicModules { code name } } assistanceTypes { code } currencies { code minorUnits } }');
    const data = response.data!;
    expect(data.thematicAreas).toHaveLength(22);
    expect(data.thematicAreas.find((a) => a.code === 'MARKING')?.mosaicModules.map((m) => m.code)).toEqual(['05.30']);
    expect(data.assistanceTypes.map((a) => a.code)).toEqual([
      'FINANCIAL',
      'TECHNICAL',
      'EQUIPMENT',
      'TECHNOLOGY_TRANSFER',
      'TRAINING',
      'EXPERTISE_PERSONNEL',
      'LEGAL_DRAFTING',
    ]);
    expect(data.currencies.find((c) => c.code === 'JPY')?.minorUnits).toBe(0);
    expect(data.currencies.length).toBeGreaterThan(150);
  });

  it('seeds again only when the files give other rows: a restart writes nothing', async () => {
    const versionOfGhana = async () =>
      ((await t.dataSource.query("SELECT xmin::text AS version FROM member_state WHERE iso3 = 'GHA'")) as { version: string }[])[0].version;
    const seeder = t.app.get(ReferenceDataSeeder);
    const [{ digest }]: { digest: string }[] = await t.dataSource.query('SELECT digest FROM reference_data_seed');
    const before = await versionOfGhana();
    expect(await seeder.seed()).toMatchObject({ memberStates: 193, currencies: expect.any(Number) });
    expect(await versionOfGhana()).toBe(before);
    // Files that give other rows than the digest kept: the seed writes them, and keeps their digest.
    await t.dataSource.query("UPDATE reference_data_seed SET digest = 'rows of older files'");
    expect(await seeder.seed()).toMatchObject({ memberStates: 193 });
    expect(await versionOfGhana()).not.toBe(before);
    expect(await t.dataSource.query('SELECT digest FROM reference_data_seed')).toEqual([{ digest }]);
  });

  it('answers NOT_FOUND for a State that does not exist', async () => {
    expect(errorCode(await t.gql('{ memberState(iso3: "XYZ") { name } }'))).toBe('NOT_FOUND');
  });

  describe('exchange rates', () => {
    it('lets an administrator set a rate as an exact decimal, audited and announced', async () => {
      const admin = await t.login('admin@example.org');
      const response = await t.gql<{ setExchangeRate: { usdPerUnit: string; effectiveDate: string } }>(
        SET_RATE,
        { input: { currencyCode: 'EUR', usdPerUnit: '1.123456789012', effectiveDate: '2026-11-01', source: 'UN operational rate' } },
        admin,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.setExchangeRate).toMatchObject({ usdPerUnit: '1.123456789012', effectiveDate: '2026-11-01' });
      const rates = await t.gql<{ exchangeRates: { usdPerUnit: string; effectiveDate: string }[] }>(
        '{ exchangeRates(currencyCode: "EUR") { usdPerUnit effectiveDate } }',
      );
      expect(rates.data?.exchangeRates[0]).toEqual({ usdPerUnit: '1.123456789012', effectiveDate: '2026-11-01' });
      const audit = await t.dataSource.query(`SELECT action FROM audit_entry WHERE entity_type = 'exchange_rate'`);
      const events = await t.dataSource.query(`SELECT payload FROM outbox_event WHERE type = 'exchange_rate.changed'`);
      expect(audit).toEqual([{ action: 'exchange_rate.set' }]);
      expect(events[0].payload).toEqual({ currencyCode: 'EUR', effectiveDate: '2026-11-01' });
    });

    it('converts to USD with the rate in force on the date asked', async () => {
      const rates = t.app.get(ExchangeRatesService);
      // Set by the test above from 2026-11-01; the demo rate (1.08) applies from 2026-01-01.
      expect(await rates.toUsd('1000.00', 'EUR', '2026-11-15')).toBe('1123.46');
      expect(await rates.toUsd('1000.00', 'EUR', '2026-10-31')).toBe('1080.00');
      expect(await rates.toUsd('1000.00', 'EUR', '2025-12-31')).toBeNull();
      expect(await rates.toUsd('250000', 'USD', '2026-11-15')).toBe('250000.00');
    });

    it.each([['npc.ghana@example.org'], ['moderator@example.org'], ['donor.germany@example.org']])('refuses %s (FORBIDDEN)', async (email) => {
      const token = await t.login(email);
      const response = await t.gql(SET_RATE, { input: { currencyCode: 'GBP', usdPerUnit: '2', effectiveDate: '2026-11-02' } }, token);
      expect(errorCode(response)).toBe('FORBIDDEN');
    });

    it.each([
      [{ currencyCode: 'ZZZ', usdPerUnit: '1.2', effectiveDate: '2026-11-02' }, 'input.currencyCode'],
      [{ currencyCode: 'usd', usdPerUnit: '1.2', effectiveDate: '2026-11-02' }, 'input.currencyCode'],
      [{ currencyCode: 'USD', usdPerUnit: '1.2', effectiveDate: '2026-11-02' }, 'input.currencyCode'],
      [{ currencyCode: 'GBP', usdPerUnit: '0', effectiveDate: '2026-11-02' }, 'input.usdPerUnit'],
      [{ currencyCode: 'GBP', usdPerUnit: '-1.2', effectiveDate: '2026-11-02' }, 'input.usdPerUnit'],
    ])('refuses %j naming %s, writing nothing', async (input, field) => {
      const admin = await t.login('admin@example.org');
      const before = await t.dataSource.query('SELECT count(*)::int AS n FROM exchange_rate');
      const response = await t.gql(SET_RATE, { input }, admin);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].message).toContain(field);
      expect(await t.dataSource.query('SELECT count(*)::int AS n FROM exchange_rate')).toEqual(before);
    });

    it('refuses amounts given as floats and impossible dates at the GraphQL layer', async () => {
      const admin = await t.login('admin@example.org');
      const float = await t.gql(SET_RATE, { input: { currencyCode: 'GBP', usdPerUnit: 1.27, effectiveDate: '2026-11-02' } }, admin);
      const date = await t.gql(SET_RATE, { input: { currencyCode: 'GBP', usdPerUnit: '1.27', effectiveDate: '2026-02-30' } }, admin);
      expect(errorCode(float)).toBe('BAD_USER_INPUT');
      expect(errorCode(date)).toBe('BAD_USER_INPUT');
      expect(date.errors?.[0].message).toMatch(/YYYY-MM-DD/);
    });
  });
});
