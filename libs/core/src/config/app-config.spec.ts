import { configVariables, loadConfig } from './app-config.js';
import { configError } from './config.fixtures.js';

const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 'a-production-secret-of-at-least-32-characters',
  DATABASE_URL: 'postgres://gis:secret@db:5432/gis',
};

describe('loadConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.NODE_ENV).toBe('development');
    expect(config.PORT).toBe(3000);
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.MIGRATE_ON_START).toBe(true);
    expect(config.TRUST_PROXY).toBe(false);
  });

  it('has no JWT secret of its own: unset stays unset (the process start generates one outside production)', () => {
    for (const env of [{}, { NODE_ENV: 'development' }, { NODE_ENV: 'test' }, { JWT_SECRET: '   ' }]) {
      const config = loadConfig(env);
      expect(config.JWT_SECRET).toBeUndefined();
      expect(() => config.jwtSecret).toThrow(/JWT_SECRET is not set/);
    }
    expect(loadConfig({ JWT_SECRET: 'a-secret-of-my-own-that-is-long-enough' }).jwtSecret).toBe('a-secret-of-my-own-that-is-long-enough');
  });

  it('refuses in any mode the development secret that the source once published', () => {
    const published = ['development', 'only', 'secret', 'change', 'me', '0123456789abcdef'].join('-');
    for (const env of [{ JWT_SECRET: published }, { ...PRODUCTION, JWT_SECRET: published }, { NODE_ENV: 'test', JWT_SECRET: ` ${published} ` }]) {
      const { problems } = configError(env);
      expect(problems).toEqual([{ variable: 'JWT_SECRET', message: expect.stringContaining('published') }]);
    }
  });

  it('loads demo data in development only, unless DEMO_DATA says otherwise', () => {
    expect(loadConfig({}).loadDemoData).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).loadDemoData).toBe(false);
    expect(loadConfig(PRODUCTION).loadDemoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'true' }).loadDemoData).toBe(true);
    expect(loadConfig({ ...PRODUCTION, DEMO_DATA: 'yes' }).loadDemoData).toBe(true);
    expect(loadConfig({ DEMO_DATA: 'false' }).loadDemoData).toBe(false);
  });

  it('reads whole numbers and trims values', () => {
    expect(loadConfig({ PORT: ' 8080 ' }).PORT).toBe(8080);
    expect(loadConfig({ REDIS_URL: ' redis://cache:6380 ' }).REDIS_URL).toBe('redis://cache:6380');
  });

  it('rejects PORT=abc with a ConfigError naming the variable and the value', () => {
    const error = configError({ PORT: 'abc' });
    expect(error.name).toBe('ConfigError');
    expect(error.problems).toEqual([{ variable: 'PORT', message: expect.stringContaining('(got "abc")') }]);
    expect(error.message).toContain('PORT must be a whole number from 1 to 65535 (got "abc")');
  });

  it.each(['0', '65536', '80.5'])('rejects PORT=%s', (port) => {
    expect(configError({ PORT: port }).problems.map((p) => p.variable)).toEqual(['PORT']);
  });

  it('names every bad variable at once', () => {
    const error = configError({ PORT: 'abc', REDIS_URL: 'http://cache', LOG_LEVEL: 'loud', TRUST_PROXY: 'perhaps' });
    expect(error.problems.map((p) => p.variable).sort()).toEqual(['LOG_LEVEL', 'PORT', 'REDIS_URL', 'TRUST_PROXY']);
    for (const variable of ['PORT', 'REDIS_URL', 'LOG_LEVEL', 'TRUST_PROXY']) expect(error.message).toContain(variable);
  });

  it('treats empty and blank strings as unset', () => {
    const config = loadConfig({ PORT: '', REDIS_URL: '   ', NODE_ENV: '', DEMO_DATA: '' });
    expect(config.PORT).toBe(3000);
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.NODE_ENV).toBe('development');
    expect(config.loadDemoData).toBe(true);
  });

  it.each([
    ['true', true],
    ['TRUE', true],
    ['1', true],
    ['on', true],
    ['false', false],
    ['0', false],
    ['no', false],
  ])('reads the boolean %s as %s', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).TRUST_PROXY).toBe(expected);
    expect(loadConfig({ MIGRATE_ON_START: value }).MIGRATE_ON_START).toBe(expected);
  });

  it('ignores variables it does not know', () => {
    expect(() => loadConfig({ SOMETHING_ELSE: 'abc' })).not.toThrow();
  });

  describe('in production', () => {
    it('starts with its own JWT secret and a database URL', () => {
      const config = loadConfig(PRODUCTION);
      expect(config.isProduction).toBe(true);
      expect(config.jwtSecret).toBe(PRODUCTION.JWT_SECRET);
    });

    it('requires a JWT secret of its own', () => {
      const { JWT_SECRET: _secret, ...env } = PRODUCTION;
      expect(configError(env).problems).toEqual([{ variable: 'JWT_SECRET', message: expect.stringContaining('production') }]);
    });

    it('requires DATABASE_URL', () => {
      const { DATABASE_URL: _url, ...env } = PRODUCTION;
      expect(configError(env).problems.map((p) => p.variable)).toEqual(['DATABASE_URL']);
    });

    it('names both missing variables together', () => {
      expect(
        configError({ NODE_ENV: 'production' })
          .problems.map((p) => p.variable)
          .sort(),
      ).toEqual(['DATABASE_URL', 'JWT_SECRET']);
    });
  });

  it('rejects a JWT secret shorter than 32 characters in any environment', () => {
    expect(configError({ JWT_SECRET: 'short' }).problems.map((p) => p.variable)).toEqual(['JWT_SECRET']);
  });

  it('rejects a DATABASE_URL that is not postgres://', () => {
    expect(configError({ DATABASE_URL: 'mysql://db/gis' }).problems.map((p) => p.variable)).toEqual(['DATABASE_URL']);
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/gis' }).DATABASE_URL).toBe('postgresql://db/gis');
  });

  describe('publicUrl', () => {
    it('defaults to localhost on the configured port', () => {
      expect(loadConfig({}).publicUrl).toBe('http://localhost:3000');
      expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    });

    it('trims trailing slashes from PUBLIC_URL', () => {
      expect(loadConfig({ PUBLIC_URL: 'https://gis.example.org//' }).publicUrl).toBe('https://gis.example.org');
      expect(loadConfig({ PUBLIC_URL: 'https://example.org/gis/' }).publicUrl).toBe('https://example.org/gis');
    });

    it('rejects a PUBLIC_URL that is not http(s)', () => {
      expect(configError({ PUBLIC_URL: 'gis.example.org' }).problems.map((p) => p.variable)).toEqual(['PUBLIC_URL']);
    });
  });

  describe('open data', () => {
    it('publishes as UNODA, multilateral, under CC BY 4.0 by default', () => {
      const config = loadConfig({});
      expect([config.IATI_REPORTING_ORG_REF, config.IATI_REPORTING_ORG_TYPE, config.IATI_REPORTING_ORG_NAME]).toEqual([
        'XX-UNODA',
        '40',
        'United Nations Office for Disarmament Affairs',
      ]);
      expect([config.OPEN_DATA_LICENCE, config.openDataLicenceUrl]).toEqual(['CC-BY-4.0', 'https://creativecommons.org/licenses/by/4.0/']);
    });

    it('knows the address of common open licences, and takes any other with its own', () => {
      expect(loadConfig({ OPEN_DATA_LICENCE: 'CC-BY-3.0-IGO' }).openDataLicenceUrl).toBe('https://creativecommons.org/licenses/by/3.0/igo/');
      const custom = loadConfig({ OPEN_DATA_LICENCE: 'LicenseRef-UN-Terms', OPEN_DATA_LICENCE_URL: 'https://www.un.org/en/about-us/terms-of-use' });
      expect(custom.openDataLicenceUrl).toBe('https://www.un.org/en/about-us/terms-of-use');
      expect(configError({ OPEN_DATA_LICENCE: 'LicenseRef-UN-Terms' }).problems.map((p) => p.variable)).toEqual(['OPEN_DATA_LICENCE_URL']);
    });

    it('refuses an IATI identifier, type or licence id that cannot be one', () => {
      const problems = configError({
        IATI_REPORTING_ORG_REF: 'UNODA with spaces',
        IATI_REPORTING_ORG_TYPE: '41',
        OPEN_DATA_LICENCE: 'CC BY 4.0',
        OPEN_DATA_LICENCE_URL: 'creativecommons.org',
      }).problems.map((p) => p.variable);
      expect(problems.sort()).toEqual(['IATI_REPORTING_ORG_REF', 'IATI_REPORTING_ORG_TYPE', 'OPEN_DATA_LICENCE', 'OPEN_DATA_LICENCE_URL']);
      expect(loadConfig({ IATI_REPORTING_ORG_REF: 'XM-DAC-41114' }).IATI_REPORTING_ORG_REF).toBe('XM-DAC-41114');
      expect(configError({ IATI_REPORTING_ORG_REF: 'XM-DAC/41114' }).problems.map((p) => p.variable)).toEqual(['IATI_REPORTING_ORG_REF']);
    });
  });
});

describe('configVariables', () => {
  it('lists every variable once, including PORT, DATABASE_URL and REDIS_URL', () => {
    const variables = configVariables();
    expect(variables).toEqual(expect.arrayContaining(['PORT', 'DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'DEMO_DATA']));
    expect(new Set(variables).size).toBe(variables.length);
  });

  it('does not list the derived getters', () => {
    expect(configVariables()).not.toContain('publicUrl');
    expect(configVariables()).not.toContain('loadDemoData');
  });

  it('does not repeat a rejected JWT_SECRET', () => {
    expect(() => loadConfig({ JWT_SECRET: 'my-real-but-short-secret' })).toThrow(/JWT_SECRET .*24 characters/);
    try {
      loadConfig({ JWT_SECRET: 'my-real-but-short-secret' });
    } catch (error) {
      expect((error as Error).message).not.toContain('my-real-but-short-secret');
    }
  });

  it('does not repeat the password of a rejected REDIS_URL', () => {
    expect.assertions(2);
    try {
      loadConfig({ REDIS_URL: 'redis://:hunter2@cache 6379' });
    } catch (error) {
      expect((error as Error).message).toContain('REDIS_URL');
      expect((error as Error).message).not.toContain('hunter2');
    }
  });
});
