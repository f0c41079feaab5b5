import { createHash } from 'node:crypto';
import { plainToInstance, Transform } from 'class-transformer';
import {
  getMetadataStorage,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
  type ValidationError,
} from 'class-validator';
import { redactUrl } from '../logging/redact.js';
import { HTTP_LINK } from '../validation/field-readers.js';
import { MATCH_CRITERIA_NAMES, readMatchWeights } from './match-weights.js';

const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value);

/**
 * A whole number from `min` to `max` (of `unit`, when it counts one), written in decimal digits:
 * one message for every way of missing it.
 */
function WholeNumber(min: number, max: number, unit?: string): PropertyDecorator {
  const message = `must be a whole number${unit ? ` of ${unit}` : ''} from ${min} to ${max}`;
  // Applied in the order TypeScript applies `@Transform(toInt) @IsInt @Min @Max` written above a property: bottom-up.
  const decorators = [Max(max, { message }), Min(min, { message }), IsInt({ message }), Transform(toInt)];
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

const toBool = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  return value;
};

const MATCH_WEIGHT = `\\s*(${MATCH_CRITERIA_NAMES.join('|')})\\s*:\\s*\\d{1,4}\\s*`;
const MATCH_WEIGHTS_FORMAT = new RegExp(`^${MATCH_WEIGHT}(,${MATCH_WEIGHT})*$`, 'i');

/** Open licences whose address is known, by SPDX identifier (OPEN_DATA_LICENCE_URL may name any other). */
export const OPEN_DATA_LICENCES: Readonly<Record<string, string>> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC-BY-3.0-IGO': 'https://creativecommons.org/licenses/by/3.0/igo/',
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
  'ODC-By-1.0': 'https://opendatacommons.org/licenses/by/1-0/',
  'ODbL-1.0': 'https://opendatacommons.org/licenses/odbl/1-0/',
  'PDDL-1.0': 'https://opendatacommons.org/licenses/pddl/1-0/',
};

/** The IATI OrganisationType codelist (2.03): government, NGOs, multilateral, foundation, private sector, academic, other. */
const IATI_ORGANISATION_TYPES = ['10', '11', '15', '21', '22', '23', '24', '30', '40', '60', '70', '71', '72', '73', '80', '90'];

/**
 * SHA-256 of JWT secrets that were published (the development default this code once had, still
 * in old copies of .env.example): refused in every mode, since anyone could forge tokens with them.
 */
const PUBLISHED_JWT_SECRETS = new Set(['488395041d5dbd3708f55e3fb6886c6c754b02ba08e2817bbdf8eb016530e2d2']);

/**
 * Every environment variable the processes read, validated once at boot (see loadConfig).
 * `.env.example` lists them with the same defaults; README's configuration table explains them.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'], { message: 'must be one of development, production, test' })
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @WholeNumber(1, 65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** Base URL of the web client, used in links sent to users (invitations, e-mails). */
  @Matches(HTTP_LINK, { message: 'must be an http(s) URL' })
  @IsOptional()
  PUBLIC_URL?: string;

  /** postgres://user:password@host:port/database. Unset in development: an embedded PostgreSQL runs. */
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'must be a postgres:// URL' })
  @IsOptional()
  DATABASE_URL?: string;

  @WholeNumber(1, 200)
  DATABASE_POOL_SIZE = 10;

  @WholeNumber(1024, 65535)
  EMBEDDED_PG_PORT = 54329;

  @IsString()
  EMBEDDED_PG_DIR = './.data/postgres';

  /** Run pending migrations and the reference-data seed when the api starts. */
  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  MIGRATE_ON_START = true;

  @Matches(/^rediss?:\/\/[^\s]*$/, { message: 'must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every BullMQ key, so several deployments (or test runs) can share one Redis. */
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'must be 1-64 letters, digits, _ or -' })
  QUEUE_PREFIX = 'gis';

  /**
   * HMAC secret of access tokens and signed links. Required in production; unset elsewhere, the
   * process start (prepareProcess) generates one and keeps it beside the embedded database's data.
   */
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  @IsOptional()
  JWT_SECRET?: string;

  @WholeNumber(60, 86400, 'seconds')
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @WholeNumber(1, 365, 'days')
  REFRESH_TOKEN_TTL_DAYS = 30;

  @WholeNumber(1, 720, 'hours')
  INVITATION_TTL_HOURS = 168;

  /** Failed logins allowed per e-mail address within the window before logins are refused. */
  @WholeNumber(1, 1000)
  LOGIN_MAX_FAILURES = 5;

  /** Failed logins allowed per client address (any e-mail) within the window. */
  @WholeNumber(1, 100000)
  LOGIN_MAX_FAILURES_PER_IP = 50;

  @WholeNumber(1, 86400, 'seconds')
  LOGIN_FAILURE_WINDOW_SECONDS = 900;

  /** Trust X-Forwarded-For from a reverse proxy when reading client addresses (login throttling). */
  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  TRUST_PROXY = false;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'must be one of fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL = 'info';

  /** Load demo organisations and users (known passwords). Defaults to true in development only. */
  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  @IsOptional()
  DEMO_DATA?: boolean;

  @WholeNumber(2, 50)
  GRAPHQL_MAX_DEPTH = 10;

  @WholeNumber(100, 1000000)
  GRAPHQL_MAX_COST = 20000;

  @WholeNumber(1, 100)
  GRAPHQL_MAX_ALIASES = 15;

  /** How long a kept GraphQL answer may be sent while nothing changed (only the clock moves); 0: none kept. */
  @WholeNumber(0, 300, 'seconds')
  RESPONSE_CACHE_TTL_SECONDS = 5;

  @WholeNumber(1, 4096, 'megabytes')
  RESPONSE_CACHE_MAX_MB = 32;

  @WholeNumber(10, 60000, 'milliseconds')
  OUTBOX_POLL_INTERVAL_MS = 500;

  @WholeNumber(1, 10000)
  OUTBOX_BATCH_SIZE = 200;

  @WholeNumber(1000, 600000, 'milliseconds')
  SHUTDOWN_TIMEOUT_MS = 25000;

  /**
   * Relative weights of the match criteria, e.g. `theme:35,type:20,budget:20,timeframe:10,language:10,text:5`
   * (criteria left out keep their default). Changing them starts a full rematch.
   */
  @Matches(MATCH_WEIGHTS_FORMAT, { message: 'must list criterion:weight pairs (theme, type, budget, timeframe, language, text; whole numbers up to 9999)' })
  @IsOptional()
  MATCH_WEIGHTS?: string;

  @WholeNumber(0, 100, 'percent')
  MATCH_MIN_SCORE = 50;

  @WholeNumber(0, 100, 'percent')
  MATCH_STRONG_SCORE = 90;

  @WholeNumber(1, 100)
  MATCH_SUGGESTIONS_PER_NEED = 5;

  /**
   * Where e-mail goes: smtp://user:password@host:port (or smtps://). Unset: e-mails are written to
   * the log instead of being sent (development), and the start says so.
   */
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'must be an smtp:// or smtps:// URL' })
  @IsOptional()
  SMTP_URL?: string;

  /** The sender of e-mails, e.g. `GIS Assistance Marketplace <no-reply@example.org>`. */
  @IsString()
  MAIL_FROM = 'GIS Assistance Marketplace <no-reply@gis-marketplace.example.org>';

  @WholeNumber(1, 30)
  EMAIL_ATTEMPTS = 8;

  /** The first retry of a failed e-mail waits this long; each next one twice as long. */
  @WholeNumber(10, 3600000, 'milliseconds')
  EMAIL_RETRY_DELAY_MS = 30000;

  /** The hour (0-23, in each user's time zone) when daily and weekly (Mondays) digests go out. */
  @WholeNumber(0, 23)
  DIGEST_HOUR = 7;

  /**
   * The IATI organisation identifier of the publisher, `<registration agency>-<identifier>` (UNDP's
   * is XM-DAC-41114). UNODA has no OECD DAC code, so the operator sets the identifier IATI gives it;
   * the default `XX-UNODA` is a placeholder ("XX" is no registration agency: a validator says so)
   * that keeps the files valid against the schema meanwhile. It prefixes every iati-identifier.
   */
  @Matches(/^[A-Za-z0-9]{2,}-[^\s/&|?]+$/, {
    message: 'must be an IATI organisation identifier such as XM-DAC-41114 (agency prefix, hyphen, identifier; no spaces, /, &, | or ?)',
  })
  IATI_REPORTING_ORG_REF = 'XX-UNODA';

  /** IATI OrganisationType of the publisher: 40 (multilateral) for a UN office. */
  @IsIn(IATI_ORGANISATION_TYPES, { message: `must be an IATI OrganisationType code (${IATI_ORGANISATION_TYPES.join(', ')})` })
  IATI_REPORTING_ORG_TYPE = '40';

  /** The publisher's name, in English (the reporting-org narrative). */
  @IsString()
  IATI_REPORTING_ORG_NAME = 'United Nations Office for Disarmament Affairs';

  /** The licence of the open data (exports and IATI files): an SPDX identifier. */
  @Matches(/^[A-Za-z0-9][A-Za-z0-9.+-]{0,63}$/, { message: 'must be an SPDX licence identifier such as CC-BY-4.0 (letters, digits, ".", "+", "-")' })
  OPEN_DATA_LICENCE = 'CC-BY-4.0';

  /** Where the licence is read; unset: the known address of OPEN_DATA_LICENCE (required for any other licence). */
  @Matches(HTTP_LINK, { message: 'must be an http(s) URL' })
  @IsOptional()
  OPEN_DATA_LICENCE_URL?: string;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get isDevelopment(): boolean {
    return this.NODE_ENV === 'development';
  }

  get loadDemoData(): boolean {
    return this.DEMO_DATA ?? this.isDevelopment;
  }

  get publicUrl(): string {
    return (this.PUBLIC_URL ?? `http://localhost:${this.PORT}`).replace(/\/+$/, '');
  }

  /** The licence's address: OPEN_DATA_LICENCE_URL, else the one of a known licence (loadConfig requires one or the other). */
  get openDataLicenceUrl(): string {
    return this.OPEN_DATA_LICENCE_URL ?? OPEN_DATA_LICENCES[this.OPEN_DATA_LICENCE] ?? '';
  }

  /** The JWT secret; prepareProcess sets it when JWT_SECRET is unset outside production. */
  get jwtSecret(): string {
    if (!this.JWT_SECRET) throw new Error('JWT_SECRET is not set: set it, or start through prepareProcess, which generates one outside production.');
    return this.JWT_SECRET;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      'Invalid configuration:\n' +
        problems.map((p) => `  ${p.variable} ${p.message}`).join('\n') +
        '\nSee .env.example and the configuration table in README.md.',
    );
    this.name = 'ConfigError';
  }
}

const SECRET_VARIABLES = new Set(['JWT_SECRET']);

/** How a rejected value is repeated in the error: secrets never, URL passwords hidden. */
function shown(variable: string, value: string | undefined): string {
  if (value === undefined) return 'nothing';
  if (SECRET_VARIABLES.has(variable)) return `a value of ${value.length} characters`;
  return `"${value.includes('@') ? redactUrl(value) : value}"`;
}

/** Names of every variable AppConfig knows, read from its validation metadata. */
export function configVariables(): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(AppConfig, '', true, false);
  return [...new Set(metadata.map((m) => m.propertyName))];
}

/**
 * Reads and validates the environment once. Empty strings count as unset. Throws ConfigError
 * naming every bad variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const plain: Record<string, string> = {};
  for (const key of configVariables()) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') plain[key] = value.trim();
  }
  const config = plainToInstance(AppConfig, plain);
  const problems = validateSync(config, { skipMissingProperties: false }).map((e: ValidationError) => ({
    variable: e.property,
    message: `${Object.values(e.constraints ?? {})[0] ?? 'is invalid'} (got ${shown(e.property, plain[e.property])})`,
  }));
  if (config.isProduction && !config.JWT_SECRET) {
    problems.push({ variable: 'JWT_SECRET', message: 'must be set to a secret of your own (32+ characters) in production' });
  }
  if (config.JWT_SECRET && PUBLISHED_JWT_SECRETS.has(createHash('sha256').update(config.JWT_SECRET).digest('hex'))) {
    problems.push({
      variable: 'JWT_SECRET',
      message:
        'is a published value that anyone could sign tokens with: set a secret of your own, or (outside production) leave it unset to have one generated',
    });
  }
  if (config.isProduction && !config.DATABASE_URL) {
    problems.push({ variable: 'DATABASE_URL', message: 'must be set in production (the embedded database is for development)' });
  }
  if (config.MATCH_WEIGHTS && !problems.some((p) => p.variable === 'MATCH_WEIGHTS')) {
    const weights = readMatchWeights(config.MATCH_WEIGHTS);
    if ('error' in weights) problems.push({ variable: 'MATCH_WEIGHTS', message: `${weights.error} (got "${config.MATCH_WEIGHTS}")` });
  }
  if (!config.OPEN_DATA_LICENCE_URL && !OPEN_DATA_LICENCES[config.OPEN_DATA_LICENCE] && !problems.some((p) => p.variable === 'OPEN_DATA_LICENCE')) {
    problems.push({
      variable: 'OPEN_DATA_LICENCE_URL',
      message: `must be set when OPEN_DATA_LICENCE is not one of ${Object.keys(OPEN_DATA_LICENCES).join(', ')} (got "${config.OPEN_DATA_LICENCE}")`,
    });
  }
  if (problems.length) throw new ConfigError(problems);
  return config;
}
