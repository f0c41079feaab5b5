import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { Command } from 'commander';
import { NestFactory } from '@nestjs/core';
import { ConsoleLogger, type INestApplicationContext, type LogLevel } from '@nestjs/common';
import { DomainError, exitOnStartupError, prepareProcess } from '#libs/core';
import { MatchRunsService, MatchRunTrigger } from '#libs/matching';
import { ReportImportService, type ImportFormat } from '#libs/needs';
import { SetupService } from '#libs/setup';
import { CliModule } from './cli.module.js';

/** Runs `work` in an application context with the database (no HTTP, no queues), then closes it. */
async function withContext(work: (app: INestApplicationContext) => Promise<void>): Promise<void> {
  const { config, embeddedDatabase } = await prepareProcess({ processName: 'cli', needsRedis: false, quiet: true });
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: new CliLogger() });
  try {
    await work(app);
  } finally {
    await app.close();
    await embeddedDatabase?.stop();
  }
}

/**
 * A command prints its result on stdout, alone, so it can be read or piped; what it logs on the way
 * (a rematch's progress, warnings) goes to stderr, without Nest's start-up lines.
 */
class CliLogger extends ConsoleLogger {
  private static readonly STARTUP = new Set(['NestFactory', 'InstanceLoader', 'NestApplication']);

  constructor() {
    super({ logLevels: ['error', 'warn', 'log'], colors: !!process.stderr.isTTY });
  }

  override log(message: unknown, context?: string): void {
    if (!CliLogger.STARTUP.has(context ?? this.context ?? '')) super.log(message, context);
  }

  protected override printMessages(messages: unknown[], context?: string, logLevel?: LogLevel): void {
    super.printMessages(messages, context, logLevel, 'stderr');
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

const program = new Command('gis').description('GIS Assistance Marketplace: database and administration commands').showHelpAfterError();

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

program
  .command('import-report')
  .description("import a national report's assistance section (JSON, CSV or XLSX; see docs/IMPORT.md) as draft needs")
  .argument('<file>', 'the file to import')
  .requiredOption('--state <iso3>', 'ISO alpha-3 of the reporting State')
  .option('--format <format>', 'json, csv or xlsx (default: from the file extension)')
  .option('--dry-run', 'validate and report, write nothing')
  .option('--instrument <instrument>', 'POA or ITI (when the file does not say: CSV)')
  .option('--year <year>', 'reporting year (when the file does not say)')
  .option('--language <lang>', 'language of the report: ar, zh, en, fr, ru or es (when the file does not say)')
  .option('--source <reference>', 'document symbol or URL of the report')
  .action(
    (file: string, options: { state: string; format?: string; dryRun?: boolean; instrument?: string; year?: string; language?: string; source?: string }) =>
      withContext(async (app) => {
        const format = (options.format ?? extname(file).slice(1)).toUpperCase();
        if (!['JSON', 'CSV', 'XLSX'].includes(format)) throw new Error(`Unknown format "${format}": use --format json, csv or xlsx.`);
        const result = await app.get(ReportImportService).import(
          {
            stateIso3: options.state,
            format: format as ImportFormat,
            content: await readFile(file),
            dryRun: !!options.dryRun,
            meta: {
              instrument: options.instrument,
              reportingYear: options.year ? Number(options.year) : undefined,
              language: options.language,
              sourceReference: options.source,
            },
          },
          null,
        );
        console.log(JSON.stringify(result, null, 2));
        if (!result.valid) process.exitCode = 1;
      }),
  );

program
  .command('rematch')
  .description('score every published need again against every published offer (resumes an interrupted run first)')
  .action(() =>
    withContext(async (app) => {
      const runs = app.get(MatchRunsService);
      const started = Date.now();
      const run = (await runs.unfinished()) ?? (await runs.start(MatchRunTrigger.COMMAND, null));
      const done = await runs.run(run.id);
      console.log(JSON.stringify({ run: done.id, status: done.status, needs: done.needsDone, matchesChanged: done.matchesChanged, ms: Date.now() - started }));
    }),
  );

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof DomainError) {
    const fields = (error.details.fields as { field: string; message: string }[] | undefined) ?? [];
    process.stderr.write(`${[error.message, ...fields.map((f) => `  ${f.field}: ${f.message}`)].join('\n')}\n`);
    process.exit(1);
  }
  exitOnStartupError(error);
});
