import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { JsonObject } from '../database/json.js';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditInput {
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
  data?: JsonObject | null;
}

/** Appends audit entries inside the caller's transaction. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, ...entries: AuditInput[]): Promise<void> {
    if (!entries.length) return;
    await manager.insert(
      AuditEntry,
      entries.map((e) => ({
        actorUserId: e.actorUserId,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        fromState: e.fromState ?? null,
        toState: e.toState ?? null,
        reason: e.reason ?? null,
        data: e.data ?? null,
      })),
    );
  }
}
