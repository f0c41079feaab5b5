import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, loadConfig, ResponseCache } from '#libs/core';
import { ReferenceDataChanges, ReferenceDataSeeder } from '#libs/reference-data';
import { ALL_ENTITIES } from '../../apps/cli/src/all-entities.js';
import { databasePrefix, templateDatabase, TEST_DATABASE_SERVER } from './test-env.js';

const TEMPLATE_LOCK = 4_731_902_119;

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${TEST_DATABASE_SERVER}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function adminQuery(sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  return withAdminClient((client) => client.query(sql, params));
}

/**
 * The run's template database: every migration applied and the reference data loaded, made once
 * by whichever test file comes first (an advisory lock keeps the others waiting).
 */
async function ensureTemplate(): Promise<void> {
  await withAdminClient(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [templateDatabase()]);
      if (rowCount) return;
      const building = `${templateDatabase()}_building`;
      await client.query(`DROP DATABASE IF EXISTS ${building}`);
      await client.query(`CREATE DATABASE ${building}`);
      const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: `${TEST_DATABASE_SERVER}/${building}` });
      const dataSource = new DataSource({
        ...dataSourceOptions(config, 'gis-test-setup'),
        entities: ALL_ENTITIES,
        logger: 'simple-console',
        logging: false,
      });
      // Quiet outside the apps (they install their own logger when they start).
      Logger.overrideLogger(['error']);
      await dataSource.initialize();
      try {
        await dataSource.runMigrations({ transaction: 'each' });
        await new ReferenceDataSeeder(dataSource, new ReferenceDataChanges(dataSource, new ResponseCache(dataSource, config))).seed();
      } finally {
        await dataSource.destroy();
      }
      await client.query(`ALTER DATABASE ${building} RENAME TO ${templateDatabase()}`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
}

/** A fresh database for one test file, copied from the run's migrated and seeded template. */
export async function createTestDatabase(): Promise<{ name: string; url: string }> {
  await ensureTemplate();
  const name = `${databasePrefix()}${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${templateDatabase()}`);
  return { name, url: `${TEST_DATABASE_SERVER}/${name}` };
}

export async function dropDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
