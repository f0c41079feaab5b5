import 'reflect-metadata';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { armShutdownTimeout, exitOnStartupError, prepareProcess, stopOnSignals } from '#libs/core';
import { SetupService } from '#libs/setup';
import { WorkerModule } from './worker.module.js';

/** The worker process: BullMQ processors and the outbox relay, no HTTP server. */
async function main(): Promise<void> {
  const { config, embeddedDatabase } = await prepareProcess({ processName: 'worker', needsRedis: true });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  stopOnSignals(app, embeddedDatabase);
  armShutdownTimeout(config.SHUTDOWN_TIMEOUT_MS);
  if (config.MIGRATE_ON_START) {
    await app.get(SetupService).prepare({ migrate: true, seed: true, demo: false });
  }
  await app.init();
  new NestLogger('Worker').log('worker started: relaying the outbox and processing queues');
}

main().catch(exitOnStartupError);
