import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { HandlesDomainEvent, type DomainEventHandler, type OutboxEvent } from '#libs/core';
import { EmailRelay } from './email-relay.service.js';
import { LivePublisher } from './live-notifications.js';
import { fanOutSql } from './notification-recipients.js';
import { NOTIFICATION_ROUTES } from './notification-routes.js';

/**
 * The first step of every notification: for an event with a route, writes one notification per
 * recipient in a single statement, in the transaction that records the event as consumed (so a
 * replayed event, a retried job or a second worker writes nothing twice; a worker killed here
 * leaves nothing half done). After the commit it tells the recipients' open sessions and wakes
 * the e-mail relay; if it dies before, the relay's poll and the inbox still have everything.
 */
@HandlesDomainEvent(Object.keys(NOTIFICATION_ROUTES), 'notifications.fan-out')
@Injectable()
export class NotificationFanOut implements DomainEventHandler {
  private readonly statements = new Map<string, string>();

  constructor(
    private readonly live: LivePublisher,
    private readonly relay: EmailRelay,
  ) {}

  async handle(event: OutboxEvent, manager: EntityManager): Promise<void> {
    await manager.query(this.statement(event.type), [event.id]);
  }

  async afterCommit(event: OutboxEvent): Promise<void> {
    this.relay.wake();
    await this.live.publishEvent(event.id);
  }

  private statement(type: string): string {
    let sql = this.statements.get(type);
    if (!sql) this.statements.set(type, (sql = fanOutSql(NOTIFICATION_ROUTES[type])));
    return sql;
  }
}
