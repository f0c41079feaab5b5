import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';
import { TypeOrmLogger } from './typeorm-logger.js';

/**
 * Options shared by the Nest apps and the standalone data source. Schema changes go through
 * the committed migrations only: never `synchronize`, and no extension installs at run time
 * (`gen_random_uuid()` is built into PostgreSQL 13+).
 */
export function dataSourceOptions(config: AppConfig, applicationName: string): DataSourceOptions {
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is not resolved yet');
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    logger: new TypeOrmLogger(),
    logging: ['error', 'warn', 'migration'],
    maxQueryExecutionTime: 1000,
    extra: { max: config.DATABASE_POOL_SIZE, application_name: applicationName },
  };
}
