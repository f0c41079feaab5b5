import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { HandlesDomainEvent, OutboxService, type DomainEventHandler, type OutboxEvent } from '#libs/core';
import { Need, NEED_EVENTS, NeedAction, NeedStatus, NeedVisibility } from '#libs/needs';
import { CRITERIA_MATCHED, StandingCriteriaService, type CriteriaEvent } from './standing-criteria.service.js';

/**
 * When a need is published or changed, tells each donor whose standing criteria it fits: one
 * `standing_criteria.matched` event per fitting criteria (notifications deliver them). Private
 * needs, and needs no longer published when the event is handled, match nothing.
 */
@HandlesDomainEvent([NEED_EVENTS.transition(NeedAction.PUBLISH), NEED_EVENTS.changed], 'offers.standing-criteria')
@Injectable()
export class StandingCriteriaMatcher implements DomainEventHandler {
  constructor(
    private readonly criteria: StandingCriteriaService,
    private readonly outbox: OutboxService,
  ) {}

  async handle(event: OutboxEvent, manager: EntityManager): Promise<void> {
    const need = await manager.findOneBy(Need, { id: event.aggregateId });
    if (!need || need.status !== NeedStatus.PUBLISHED || need.visibility === NeedVisibility.PRIVATE) return;
    const matches = await this.criteria.matching(manager, need);
    await this.outbox.record(
      manager,
      ...matches.map((m): CriteriaEvent => ({
        type: CRITERIA_MATCHED,
        aggregateType: 'standing_criteria',
        aggregateId: m.id,
        payload: { criteriaId: m.id, organisationId: m.organisation_id, needId: need.id, stateIso3: need.stateIso3, cause: event.type },
      })),
    );
  }
}
