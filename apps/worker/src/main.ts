import 'reflect-metadata';
// Only what runs before Nest, imported alone: the worker's modules are imported below once the
// embedded PostgreSQL (if any) has begun to start beside them.
import { armShutdownTimeout, exitOnStartupError, loadOnce, prepareProcess, stopOnSignals } from '#libs/core/bootstrap';

/** The worker process: BullMQ processors and the outbox relay, no HTTP server. */
async function main(): Promise<void> {
  const load = loadOnce(() =>
    Promise.all([import('@nestjs/common'), import('@nestjs/core'), import('nestjs-pino'), import('#libs/setup'), import('./worker.module.js')]),
  );
  const { config, embeddedDatabase } = await prepareProcess({ processName: 'worker', needsRedis: true, whileDatabaseStarts: load });
  const [{ Logger: NestLogger }, { NestFactory }, { Logger }, { SetupService }, { WorkerModule }] = await load();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  stopOnSignals(app, embeddedDatabase, (message) => new NestLogger('Shutdown').log(message));
  armShutdownTimeout(config.SHUTDOWN_TIMEOUT_MS);
  if (config.MIGRATE_ON_START) {
    await app.get(SetupService).prepare({ migrate: true, seed: true, demo: false });
  }
  await app.init();
  new NestLogger('Worker').log('worker started: relaying the outbox and processing queues');
}

main().catch(exitOnStartupError);
