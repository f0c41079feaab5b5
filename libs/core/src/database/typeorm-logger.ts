import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLoggerInterface } from 'typeorm';

/**
 * Sends TypeORM's messages to the application log (JSON, with the request id) instead of the
 * console. Query parameters are never logged: they can hold personal data and secrets.
 */
export class TypeOrmLogger implements TypeOrmLoggerInterface {
  private readonly logger = new NestLogger('TypeORM');

  logQuery(): void {
    // Queries are not logged: too many, and the slow ones are reported by logQuerySlow.
  }

  logQueryError(error: string | Error, query: string): void {
    // Most failures are expected and mapped (unique violations, the audit trigger): debug only.
    this.logger.debug?.(`query failed: ${typeof error === 'string' ? error : error.message} -- ${query.slice(0, 500)}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`slow query (${time} ms): ${query.slice(0, 500)}`);
  }

  logSchemaBuild(message: string): void {
    this.logger.debug?.(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.log(String(message));
  }
}
