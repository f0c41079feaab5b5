import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { Command } from 'commander';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { DomainError, exitOnStartupError, prepareProcess } from '#libs/core';
import { SetupService } from '#libs/setup';
import { CliModule } from './cli.module.js';

/** Runs `work` in an application context with the database (no HTTP, no queues), then closes it. */
async function withContext(work: (app: INestApplicationContext) => Promise<void>): Promise<void> {
  const { config, embeddedDatabase } = await prepareProcess({ processName: 'cli', needsRedis: false });
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error', 'warn', 'log'] });
  try {
    await work(app);
  } finally {
    await app.close();
    await embeddedDatabase?.stop();
  }
}

async function askPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (!process.stdin.isTTY) throw new Error('Give the password with --password or ADMIN_PASSWORD.');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question('Password for the new administrator (12+ characters): ');
  } finally {
    rl.close();
  }
}

const program = new Command('gis')
  .description('GIS Assistance Marketplace: database and administration commands')
  .showHelpAfterError();

program
  .command('migrate')
  .description('apply pending database migrations')
  .action(() =>
    withContext(async (app) => {
      const result = await app.get(SetupService).prepare({ migrate: true, seed: false, demo: false });
      console.log(result.migrationsApplied.length ? `applied: ${result.migrationsApplied.join(', ')}` : 'no pending migrations');
    }),
  );

program
  .command('seed')
  .description('load the reference data (Member States, taxonomy, currencies); --demo adds demo accounts')
  .option('--demo', 'also load demo organisations and accounts (known passwords: never in production)')
  .action((options: { demo?: boolean }) =>
    withContext(async (app) => {
      const result = await app.get(SetupService).prepare({ migrate: true, seed: true, demo: !!options.demo });
      console.log(JSON.stringify(result, null, 2));
    }),
  );

program
  .command('create-admin')
  .description('create a platform administrator (or make an existing user one)')
  .requiredOption('--email <email>', 'e-mail address of the administrator')
  .option('--name <name>', 'display name', 'Administrator')
  .option('--password <password>', 'password (else ADMIN_PASSWORD, else asked)')
  .action((options: { email: string; name: string; password?: string }) =>
    withContext(async (app) => {
      const password = options.password ?? (await askPassword());
      const outcome = await app.get(SetupService).createAdmin(options.email, options.name, password);
      console.log(outcome === 'created' ? `administrator ${options.email} created` : `${options.email} is now an administrator`);
    }),
  );

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof DomainError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  exitOnStartupError(error);
});
