import pg from 'pg';
import { ExchangeRatesService, ReferenceDataService } from '#libs/reference-data';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApiApp } from '../apps/api/src/api.app.js';
import { postGraphQL, startTestApp, testConfig, type TestApp } from './support/test-app.js';
import { waitFor } from './support/wait.js';

const EUR_RATES = '{ exchangeRates(currencyCode: "EUR") { usdPerUnit effectiveDate } }';
const SET_RATE = `mutation ($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { usdPerUnit } }`;

/** Statements sent to PostgreSQL by any client of this process while `work` runs. */
async function queriesDuring(work: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  // Watches the real client (no mock): every statement still goes to PostgreSQL.
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const config = args[0] as string | { text?: string };
    sent.push(typeof config === 'string' ? config : String(config?.text));
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    prototype.query = original;
  }
  return sent;
}

// Reference data is served from each process's memory; a change made anywhere (an administrator's
// exchange rate in one api process, a seed or hand-written SQL) reaches every process on the database.
describe('reference data in memory, across processes', () => {
  let t: TestApp;
  let other: NestFastifyApplication;
  let otherUrl: string;
  const gqlOther = <T>(query: string) => postGraphQL<T>(otherUrl, query);

  beforeAll(async () => {
    t = await startTestApp({ env: { LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent' } });
    // A second api process on the same database, as a replica behind a load balancer would be.
    other = await createApiApp(testConfig(t.config.DATABASE_URL!, { LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent' }), { webRoot: null });
    await other.listen({ port: 0, host: '127.0.0.1' });
    otherUrl = `http://127.0.0.1:${(other.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
  });

  it('answers reference reads and their nested names without a query once loaded', async () => {
    await t.gql(
      '{ exchangeRates { currencyCode } memberStates { iso3 } regionalOrganisations { code memberStates { iso3 } } thematicAreas { code mosaicModules { code } } }',
    );
    const sent = await queriesDuring(async () => {
      const answer = await t.gql<{ memberStates: { iso3: string }[] }>('{ memberStates { iso3 name } }');
      expect(answer.data?.memberStates).toHaveLength(193);
      const nested = await t.gql<{ regionalOrganisations: { code: string; memberStates: { iso3: string }[] }[] }>(
        '{ regionalOrganisations { code memberStates { iso3 } } thematicAreas { code mosaicModules { code } } currencies { code } }',
      );
      expect(nested.data?.regionalOrganisations.find((o) => o.code === 'ECOWAS')?.memberStates.map((s) => s.iso3)).toContain('GHA');
      const rates = t.app.get(ExchangeRatesService);
      expect(await rates.toUsd('1000.00', 'EUR', '2030-01-01')).toBe('1080.00');
      await t.app.get(ReferenceDataService).assertCurrency('currency', 'EUR');
    });
    expect(sent.filter((sql) => /member_state|regional_organisation|thematic_area|mosaic_module|currency|exchange_rate/i.test(sql))).toEqual([]);
  });

  it('shows an exchange rate set by an administrator at once here and soon in the other process', async () => {
    const before = await gqlOther<{ exchangeRates: { usdPerUnit: string }[] }>(EUR_RATES);
    expect(before.data?.exchangeRates[0].usdPerUnit).toBe('1.08');
    const admin = await t.login('admin@example.org');
    const set = await t.gql(SET_RATE, { input: { currencyCode: 'EUR', usdPerUnit: '1.25', effectiveDate: '2029-01-01' } }, admin);
    expect(set.errors).toBeUndefined();
    // The process that wrote it, with no wait.
    const here = await t.gql<{ exchangeRates: { usdPerUnit: string; effectiveDate: string }[] }>(EUR_RATES);
    expect(here.data?.exchangeRates[0]).toEqual({ usdPerUnit: '1.25', effectiveDate: '2029-01-01' });
    expect(await t.app.get(ExchangeRatesService).toUsd('1000.00', 'EUR', '2030-01-01')).toBe('1250.00');
    // The other process, told by PostgreSQL's NOTIFY at the commit.
    await waitFor(
      'the other process sees the new rate',
      async () => (await gqlOther<{ exchangeRates: { usdPerUnit: string }[] }>(EUR_RATES)).data?.exchangeRates[0].usdPerUnit === '1.25',
      5000,
    );
    expect(await other.get(ExchangeRatesService).toUsd('1000.00', 'EUR', '2030-01-01')).toBe('1250.00');
  });

  it('sees a change to the reference tables made outside the api (a seed, a migration, SQL) in every process', async () => {
    const name = '{ memberState(iso3: "GHA", lang: EN) { name } }';
    expect((await gqlOther<{ memberState: { name: string } }>(name)).data?.memberState.name).toBe('Ghana');
    await t.dataSource.query(`UPDATE member_state SET names = names || '{"en": "Republic of Ghana"}'::jsonb WHERE iso3 = 'GHA'`);
    for (const ask of [(q: string) => t.gql<{ memberState: { name: string } }>(q), (q: string) => gqlOther<{ memberState: { name: string } }>(q)]) {
      await waitFor('the new name', async () => (await ask(name)).data?.memberState.name === 'Republic of Ghana', 5000);
    }
  });
});
