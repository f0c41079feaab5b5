import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import {
  alignToKeys,
  allOrNothing,
  assertVersion,
  AuditService,
  BadUserInputError,
  ChangePipeline,
  ConflictError,
  ForbiddenError,
  groupToKeys,
  isUuid,
  NotFoundError,
  OutboxService,
  problemAt,
  reason,
  Role,
  roleAllowedIn,
  todayUtc,
  type AuthUser,
  type LoaderSource,
  type UnLanguage,
} from '#libs/core';
import { Organisation } from '#libs/identity';
import { compareDecimals, ReferenceDataService, subtractDecimals, sumDecimals } from '#libs/reference-data';
import type {
  CreateOfferInput,
  ModerateOffersInput,
  OfferContentInput,
  OfferTransitionInput,
  SetOfferTranslationInput,
  UpdateOfferInput,
} from './dto/offer.inputs.js';
import { OfferModerationAction } from './dto/offer.inputs.js';
import { OfferView } from './dto/offer.types.js';
import { OfferTranslation } from './entities/offer-translation.entity.js';
import { Offer } from './entities/offer.entity.js';
import { availableOfferActions, canViewOffer, isOfferPrivileged, offerAccess, ownsOffer } from './offer-access.js';
import {
  checkOfferConsistency,
  validateOfferFields,
  validateOfferTranslation,
  type OfferCodes,
  type OfferFieldProblem,
  type OfferFields,
  type RawOfferFields,
} from './offer-fields.js';
import { OfferStatus, OfferVisibility } from './offer.enums.js';
import { offerWindowEnded } from './offer-window.js';
import { EDITABLE_OFFER_STATUSES, OFFER_LIFE_CYCLE, OfferAction } from './offer.state-machine.js';
import {
  OFFER_EVENTS,
  type OfferEvent,
  type OfferEventBase,
  type OfferEventPayloads,
  type OfferServiceEventType,
  type PersonOfferAction,
} from './offer-events.js';

/** Steps that put an offer (back) on the way to the market, as a past participle: refused once its window has ended. */
const WINDOW_BOUND_ACTIONS: Partial<Record<OfferAction, string>> = {
  [OfferAction.SUBMIT]: 'submitted',
  [OfferAction.PUBLISH]: 'published',
  [OfferAction.REOPEN]: 'reopened',
};

/** Organisation types that can make offers (those whose members can be donors). */

/** Offers: writing them, moving them through their life cycle, reading one within the rules. */
@Injectable()
export class OffersService {
  /** Offers by id, for per-request DataLoaders (visibility is the caller's to check). */
  readonly offersById: LoaderSource<string, Offer> = {
    batchLoad: async (ids) => alignToKeys(ids, await this.offers.findBy({ id: In([...ids]) }), (row) => row.id),
  };

  readonly translationsByOffer: LoaderSource<string, OfferTranslation[]> = {
    batchLoad: async (ids) =>
      groupToKeys(ids, await this.translations.find({ where: { offerId: In([...ids]) }, order: { language: 'ASC' } }), (t) => t.offerId),
  };

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Offer) private readonly offers: Repository<Offer>,
    @InjectRepository(OfferTranslation) private readonly translations: Repository<OfferTranslation>,
    private readonly referenceData: ReferenceDataService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {
    this.changes = new ChangePipeline(audit, outbox);
  }

  /** Locks, steps, audits and announces (core/workflow/change.ts). */
  private readonly changes: ChangePipeline;

  view(offer: Offer, viewer: AuthUser | undefined): OfferView {
    const access = offerAccess(viewer);
    return OfferView.from(offer, {
      loggedIn: access.loggedIn,
      privileged: isOfferPrivileged(access, offer),
      actions: availableOfferActions(access, offer),
    });
  }

  /** An offer the viewer may read; NOT_FOUND otherwise. */
  async getVisible(id: string, viewer: AuthUser | undefined): Promise<Offer> {
    const offer = isUuid(id) ? await this.offers.findOneBy({ id }) : null;
    if (!offer || !canViewOffer(offerAccess(viewer), offer)) throw new NotFoundError(reason('offer.notFound', { id }));
    return offer;
  }

  async codes(): Promise<OfferCodes> {
    const [taxonomy, places] = await Promise.all([this.referenceData.codeSets(), this.referenceData.placeCodes()]);
    return { ...taxonomy, ...places };
  }

  async create(input: CreateOfferInput, actor: AuthUser): Promise<Offer> {
    if (!actor.canActForOrganisation(input.organisationId, [Role.DONOR])) {
      throw new ForbiddenError(reason('offer.createForbidden'));
    }
    const fields = this.check(validateOfferFields(toRawOfferFields(input), await this.codes(), { partial: false }));
    this.checkWhole(fields);
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager.findOneByOrFail(Organisation, { id: input.organisationId });
      if (!roleAllowedIn(Role.DONOR, organisation.type)) {
        throw new BadUserInputError(problemAt('input.organisationId', reason('organisation.makesNoOffers', { organisationType: organisation.type })));
      }
      const { language: _language, ...content } = fields as OfferFields;
      const offer = await manager.save(
        manager.create(Offer, {
          ...content,
          visibility: content.visibility ?? OfferVisibility.STATES_AND_DONORS,
          budgetRemaining: content.budgetTotal,
          organisationId: organisation.id,
          originalLanguage: (input.language ?? actor.language) as UnLanguage,
          status: OfferStatus.DRAFT,
          createdByUserId: actor.id,
        }),
      );
      await this.refreshUsdEquivalents(manager, { offerIds: [offer.id] });
      await this.audit.record(manager, { actorUserId: actor.id, action: 'offer.created', entityType: 'offer', entityId: offer.id, toState: OfferStatus.DRAFT });
      const saved = await manager.findOneByOrFail(Offer, { id: offer.id });
      await this.outbox.record(manager, this.event(OFFER_EVENTS.created, saved, actor.id, {}));
      return saved;
    });
  }

  /**
   * Changes an offer's content: the donor organisation's members, while draft, returned,
   * published or expired. A change of the total keeps what has been committed (the remaining
   * amount moves by the same difference). Refused with CONFLICT when someone changed it since.
   */
  async update(input: UpdateOfferInput, actor: AuthUser): Promise<Offer> {
    const fields = this.check(validateOfferFields(toRawOfferFields(input), await this.codes(), { partial: true }));
    return this.dataSource.transaction(async (manager) => {
      const offer = await this.lockForChange(manager, input.offerId, actor);
      if (!ownsOffer(offerAccess(actor), offer)) throw new ForbiddenError(reason('offer.changeForbidden'));
      if (!EDITABLE_OFFER_STATUSES.includes(offer.status)) {
        throw new ConflictError(reason('offer.notEditable', { status: offer.status, editableStatuses: EDITABLE_OFFER_STATUSES }));
      }
      assertVersion('offer', offer, input.expectedVersion);
      const { language: _language, ...content } = fields;
      const merged = { ...offer, ...content } as Offer;
      this.checkWhole(merged as unknown as Partial<OfferFields>);
      const changed = Object.keys(content);
      if (content.budgetTotal && compareDecimals(content.budgetTotal, offer.budgetTotal) !== 0) {
        const committed = subtractDecimals(offer.budgetTotal, offer.budgetRemaining);
        if (compareDecimals(content.budgetTotal, committed) < 0) {
          throw new BadUserInputError(problemAt('input.budgetTotal', reason('offer.totalBelowCommitted', { committed, currency: merged.budgetCurrency })));
        }
        merged.budgetRemaining = subtractDecimals(content.budgetTotal, committed);
      }
      Object.assign(offer, content, { budgetRemaining: merged.budgetRemaining });
      await manager.save(offer);
      await this.refreshUsdEquivalents(manager, { offerIds: [offer.id] });
      await this.audit.record(manager, { actorUserId: actor.id, action: 'offer.changed', entityType: 'offer', entityId: offer.id, data: { fields: changed } });
      const saved = await manager.findOneByOrFail(Offer, { id: offer.id });
      if (offer.status === OfferStatus.PUBLISHED) {
        await this.outbox.record(manager, this.event(OFFER_EVENTS.changed, saved, actor.id, { fields: changed }));
      }
      return saved;
    });
  }

  transition(action: PersonOfferAction, input: OfferTransitionInput, actor: AuthUser): Promise<Offer> {
    return this.dataSource.transaction((manager) => this.transitionIn(manager, action, input, actor));
  }

  /** Publishes or returns several submitted offers: all or none (the error names each offer refused, by its title). */
  moderate(input: ModerateOffersInput, actor: AuthUser): Promise<Offer[]> {
    const action = input.action === OfferModerationAction.PUBLISH ? OfferAction.PUBLISH : OfferAction.RETURN;
    return this.dataSource.transaction((manager) =>
      allOrNothing(
        input.offerIds,
        'input.offerIds',
        'offers',
        (offerId) => this.transitionIn(manager, action, { offerId, reason: input.reason }, actor),
        async (offerId) => {
          const offer = await manager.findOneBy(Offer, { id: offerId });
          return offer && `offer "${offer.title}"`;
        },
      ),
    );
  }

  /**
   * Takes `amount` off what an offer still has (a commitment, in the offer's currency); at zero
   * the offer is exhausted. For the funding features; refuses more than remains.
   */
  async reduceRemaining(manager: EntityManager, offerId: string, amount: string, note: string): Promise<Offer> {
    // FOR NO KEY UPDATE: contributions being written refer to the offer (a key-share lock) and must not wait on this.
    const offer = await manager.findOne(Offer, { where: { id: offerId }, lock: { mode: 'for_no_key_update' } });
    if (!offer) throw new NotFoundError(reason('offer.notFound', { id: offerId }));
    if (compareDecimals(amount, offer.budgetRemaining) > 0) {
      throw new ConflictError(reason('offer.notEnoughLeft', { remaining: offer.budgetRemaining, currency: offer.budgetCurrency, amount }));
    }
    offer.budgetRemaining = subtractDecimals(offer.budgetRemaining, amount);
    const exhausted = compareDecimals(offer.budgetRemaining, '0') === 0 && offer.status === OfferStatus.PUBLISHED;
    if (exhausted) {
      offer.status = OFFER_LIFE_CYCLE.apply(OfferAction.EXHAUST, offer.status, { system: true });
      offer.statusChangedAt = new Date();
    }
    await manager.save(offer);
    await this.refreshUsdEquivalents(manager, { offerIds: [offer.id] });
    await this.audit.record(manager, {
      actorUserId: null,
      action: exhausted ? 'offer.transitioned' : 'offer.reduced',
      entityType: 'offer',
      entityId: offer.id,
      fromState: exhausted ? OfferStatus.PUBLISHED : null,
      toState: exhausted ? OfferStatus.EXHAUSTED : null,
      reason: note,
      data: { amount, remaining: offer.budgetRemaining },
    });
    if (exhausted) await this.outbox.record(manager, this.event(OFFER_EVENTS.transition(OfferAction.EXHAUST), offer, null, {}));
    return offer;
  }

  /**
   * Gives `amount` back to an offer (a commitment cancelled); an exhausted offer is published
   * again. Never beyond the offer's total.
   */
  async restoreRemaining(manager: EntityManager, offerId: string, amount: string, note: string): Promise<Offer> {
    // FOR NO KEY UPDATE: contributions being written refer to the offer (a key-share lock) and must not wait on this.
    const offer = await manager.findOne(Offer, { where: { id: offerId }, lock: { mode: 'for_no_key_update' } });
    if (!offer) throw new NotFoundError(reason('offer.notFound', { id: offerId }));
    const restored = sumDecimals([offer.budgetRemaining, amount]);
    offer.budgetRemaining = compareDecimals(restored, offer.budgetTotal) > 0 ? offer.budgetTotal : restored;
    const replenished = offer.status === OfferStatus.EXHAUSTED && compareDecimals(offer.budgetRemaining, '0') > 0;
    if (replenished) {
      offer.status = OFFER_LIFE_CYCLE.apply(OfferAction.REPLENISH, offer.status, { system: true });
      offer.statusChangedAt = new Date();
    }
    await manager.save(offer);
    await this.refreshUsdEquivalents(manager, { offerIds: [offer.id] });
    await this.audit.record(manager, {
      actorUserId: null,
      action: replenished ? 'offer.transitioned' : 'offer.restored',
      entityType: 'offer',
      entityId: offer.id,
      fromState: replenished ? OfferStatus.EXHAUSTED : null,
      toState: replenished ? OfferStatus.PUBLISHED : null,
      reason: note,
      data: { amount, remaining: offer.budgetRemaining },
    });
    if (replenished) await this.outbox.record(manager, this.event(OFFER_EVENTS.transition(OfferAction.REPLENISH), offer, null, {}));
    return offer;
  }

  async setTranslation(input: SetOfferTranslationInput, actor: AuthUser): Promise<Offer> {
    const { texts, problems } = validateOfferTranslation(input);
    if (problems.length) throw new BadUserInputError(problems.map((p) => problemAt(`input.${p.field}`, p)));
    const { title, description } = texts;
    return this.dataSource.transaction(async (manager) => {
      const offer = await this.lockForChange(manager, input.offerId, actor);
      const access = offerAccess(actor);
      if (!ownsOffer(access, offer) && !access.unoda) throw new ForbiddenError(reason('offer.translateForbidden'));
      if (input.language === offer.originalLanguage) {
        throw new BadUserInputError(problemAt('input.language', reason('offer.originalLanguage')));
      }
      await manager.upsert(
        OfferTranslation,
        { offerId: offer.id, language: input.language as UnLanguage, kind: input.kind, title, description, translatedByUserId: actor.id },
        ['offerId', 'language'],
      );
      await this.audit.record(manager, {
        actorUserId: actor.id,
        action: 'offer.translated',
        entityType: 'offer',
        entityId: offer.id,
        data: { language: input.language },
      });
      await this.outbox.record(manager, this.event(OFFER_EVENTS.translated, offer, actor.id, { language: input.language }));
      return offer;
    });
  }

  /** USD equivalents of every amount at the rate in force today; rows whose values change only. */
  async refreshUsdEquivalents(manager: EntityManager, scope: { currency?: string; offerIds?: string[] }): Promise<number> {
    const conditions = ['true'];
    const params: unknown[] = [todayUtc()];
    if (scope.currency) {
      params.push(scope.currency);
      conditions.push(`o.budget_currency = $${params.length}`);
    }
    if (scope.offerIds) {
      params.push(scope.offerIds);
      conditions.push(`o.id = ANY($${params.length}::uuid[])`);
    }
    const [rows]: [{ id: string }[], number] = await manager.query(
      `WITH fresh AS (
         SELECT o.id, r.effective_date AS rate_date,
                round(o.budget_total * r.usd_per_unit, 2) AS total, round(o.budget_min_per_project * r.usd_per_unit, 2) AS min,
                round(o.budget_max_per_project * r.usd_per_unit, 2) AS max, round(o.budget_remaining * r.usd_per_unit, 2) AS remaining
           FROM offer o
           LEFT JOIN LATERAL (
             SELECT usd_per_unit, effective_date FROM exchange_rate
              WHERE currency_code = o.budget_currency AND effective_date <= $1
              ORDER BY effective_date DESC LIMIT 1) r ON true
          WHERE ${conditions.join(' AND ')})
       UPDATE offer SET budget_total_usd = fresh.total, budget_min_per_project_usd = fresh.min,
                        budget_max_per_project_usd = fresh.max, budget_remaining_usd = fresh.remaining,
                        budget_usd_rate_date = fresh.rate_date
         FROM fresh
        WHERE offer.id = fresh.id
          AND (offer.budget_total_usd, offer.budget_min_per_project_usd, offer.budget_max_per_project_usd,
               offer.budget_remaining_usd, offer.budget_usd_rate_date)
              IS DISTINCT FROM (fresh.total, fresh.min, fresh.max, fresh.remaining, fresh.rate_date)
        RETURNING offer.id`,
      params,
    );
    return rows.length;
  }

  /** The outbox event of an offer change: ids, the organisation and the status. */
  event<T extends OfferServiceEventType>(
    type: T,
    offer: Offer,
    actorUserId: string | null,
    extra: Omit<OfferEventPayloads[T], keyof OfferEventBase>,
  ): OfferEvent<T> {
    const payload = { organisationId: offer.organisationId, status: offer.status, ...extra } as OfferEventPayloads[T];
    return { type, aggregateType: 'offer', aggregateId: offer.id, actorUserId, payload } as OfferEvent<T>;
  }

  private async transitionIn(manager: EntityManager, action: PersonOfferAction, input: OfferTransitionInput, actor: AuthUser): Promise<Offer> {
    const offer = await this.lockForChange(manager, input.offerId, actor);
    const access = offerAccess(actor);
    const { saved } = await this.changes.transition(manager, OFFER_LIFE_CYCLE, offer, {
      action,
      actor: { roles: access.roles, owns: ownsOffer(access, offer) },
      reason: input.reason,
      expectedVersion: input.expectedVersion,
      check: () => {
        const windowBound = WINDOW_BOUND_ACTIONS[action];
        if (windowBound && offerWindowEnded(offer.availableUntil, todayUtc())) {
          throw new ConflictError(reason('offer.windowEnded', { availableUntil: offer.availableUntil!, action }, { action: windowBound }));
        }
      },
      actorUserId: actor.id,
      change: (o, { to, why, at }) => {
        o.returnReason = action === OfferAction.RETURN ? why : to === OfferStatus.RETURNED ? o.returnReason : null;
        if (action === OfferAction.PUBLISH) o.publishedAt = at;
      },
      event: (o, { from, to, why }) => this.event(OFFER_EVENTS.transition(action), o, actor.id, { from, to, ...(why ? { reason: why } : {}) }),
    });
    return saved;
  }

  /** Loads an offer for a change, locked until the transaction ends; NOT_FOUND unless the actor may see it. */
  private lockForChange(manager: EntityManager, offerId: string, actor: AuthUser): Promise<Offer> {
    return this.changes.lock(manager, Offer, 'offer', offerId, (offer) => canViewOffer(offerAccess(actor), offer));
  }

  private check({ fields, problems }: { fields: Partial<OfferFields>; problems: OfferFieldProblem[] }): Partial<OfferFields> {
    if (problems.length) throw new BadUserInputError(problems.map((p) => problemAt(`input.${p.field}`, p)));
    return fields;
  }

  private checkWhole(offer: Partial<OfferFields>): void {
    const problems = checkOfferConsistency(offer);
    if (problems.length) throw new BadUserInputError(problems.map((p) => problemAt(`input.${p.field}`, p)));
  }
}

/** The API's input in the shape validateOfferFields reads. */
export function toRawOfferFields(input: OfferContentInput): RawOfferFields {
  const raw: RawOfferFields = {};
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined && key !== 'organisationId' && key !== 'offerId' && key !== 'expectedVersion') {
      (raw as Record<string, unknown>)[key] = value;
    }
  }
  return raw;
}
