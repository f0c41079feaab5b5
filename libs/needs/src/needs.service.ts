import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import {
  addDays,
  alignToKeys,
  allOrNothing,
  assertVersion,
  AuditEntry,
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
  todayUtc,
  withMessage,
  type AuthUser,
  type FieldProblem,
  type LoaderSource,
  type UnLanguage,
} from '#libs/core';
import { User } from '#libs/identity';
import { ExchangeRatesService, normaliseDecimal, ReferenceDataService } from '#libs/reference-data';
import type {
  CloseNeedInput,
  CreateNeedInput,
  ModerateNeedsInput,
  NeedContentInput,
  NeedTransitionInput,
  SetNeedTranslationInput,
  UpdateNeedInput,
} from './dto/need.inputs.js';
import { ModerationAction } from './dto/need.inputs.js';
import { NeedView, type NeedHistoryRecord } from './dto/need.types.js';
import { NeedTranslation } from './entities/need-translation.entity.js';
import { Need } from './entities/need.entity.js';
import { availableNeedActions, canViewNeed, isPrivileged, needAccess, ownSteps, ownsNeed, type NeedAccess } from './need-access.js';
import { validateNeedFields, validateNeedTranslation, type NeedFieldProblem, type NeedFields, type RawNeedFields } from './need-fields.js';
import { assessNeedQuality, type QualityAssessment } from './need-quality.js';
import { NeedCloseReason, NeedStatus, NeedVisibility } from './need.enums.js';
import { EDITABLE_STATUSES, NEED_LIFE_CYCLE, NeedAction } from './need.state-machine.js';
import {
  NEED_EVENTS,
  type NeedEvent,
  type NeedEventBase,
  type NeedEventPayloads,
  type NeedServiceEventType,
  type PersonNeedAction,
  type ProposalNeedAction,
} from './need-events.js';
import { endOfReportingCycle } from './reporting-cycle.js';

/** The API's field names, for errors that point at what the caller sent. */
const INPUT_FIELD: Partial<Record<NeedFieldProblem['field'], string>> = {
  budgetAmount: 'budget.amount',
  budgetCurrency: 'budget.currency',
};

export type NeedActor = AuthUser | 'SYSTEM';

/** Needs: writing them, moving them through their life cycle, and reading one within the rules. */
@Injectable()
export class NeedsService {
  /** Needs by id, for per-request DataLoaders (visibility is the caller's to check). */
  readonly needsById: LoaderSource<string, Need> = {
    batchLoad: async (ids) => alignToKeys(ids, await this.needs.findBy({ id: In([...ids]) }), (row) => row.id),
  };

  readonly translationsByNeed: LoaderSource<string, NeedTranslation[]> = {
    batchLoad: async (ids) => groupToKeys(ids, await this.translations.find({ where: { needId: In([...ids]) }, order: { language: 'ASC' } }), (t) => t.needId),
  };

  /** Each need's audit trail, oldest first, with who did each step (visibility is the caller's to check). */
  readonly historyByNeed: LoaderSource<string, NeedHistoryRecord[]> = {
    batchLoad: async (ids) => groupToKeys(ids, await this.historyOf(ids), (r) => r.needId),
  };

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Need) private readonly needs: Repository<Need>,
    @InjectRepository(NeedTranslation) private readonly translations: Repository<NeedTranslation>,
    private readonly referenceData: ReferenceDataService,
    private readonly rates: ExchangeRatesService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {
    this.changes = new ChangePipeline(audit, outbox);
  }

  /** Locks, steps, audits and announces (core/workflow/change.ts). */
  private readonly changes: ChangePipeline;

  /** The GraphQL face of a need for this viewer. */
  view(need: Need, viewer: AuthUser | undefined): NeedView {
    const access = needAccess(viewer);
    return NeedView.from(need, { privileged: isPrivileged(access, need), actions: availableNeedActions(access, need), steps: ownSteps(access, need) }, () =>
      assessNeedQuality(need, need.budgetUsd),
    );
  }

  /** A need the viewer may read; NOT_FOUND otherwise (not FORBIDDEN: its existence stays private). */
  async getVisible(id: string, viewer: AuthUser | undefined): Promise<Need> {
    const need = isUuid(id) ? await this.needs.findOneBy({ id }) : null;
    if (!need || !canViewNeed(needAccess(viewer), need)) throw new NotFoundError(reason('need.notFound', { id }));
    return need;
  }

  /** Checks what a State writes, as the API and imports both do; throws BAD_USER_INPUT. */
  async validate(raw: RawNeedFields, partial: boolean, prefix = 'input'): Promise<Partial<NeedFields>> {
    const { fields, problems } = validateNeedFields(raw, await this.referenceData.codeSets(), { partial, today: todayUtc() });
    if (problems.length) {
      throw new BadUserInputError(problems.map((p): FieldProblem => problemAt(`${prefix}.${INPUT_FIELD[p.field] ?? p.field}`, p)));
    }
    return fields;
  }

  /**
   * The quality meter of content being written, not saved: the content is read as a save reads it
   * (so it is normalised alike and scores as the saved need would), but leniently, since it runs
   * while a person types: what a save would refuse never throws. A text over its limit still counts
   * its words, a list of codes counts the codes that exist, and any other value a save would refuse
   * counts as not given. Absent fields count as not given (send the whole form). Writes nothing.
   */
  async previewQuality(input: NeedContentInput): Promise<QualityAssessment> {
    const today = todayUtc();
    const known = await this.referenceData.codeSets();
    const raw = toRawFields(input);
    const { fields, problems } = validateNeedFields(raw, known, { partial: true, today });
    for (const { field } of problems) {
      const value = raw[field as keyof RawNeedFields];
      switch (field) {
        case 'problem':
        case 'proposedActivities':
        case 'alreadyDone':
        case 'nationalContribution':
          fields[field] = typeof value === 'string' ? value.trim() : '';
          break;
        case 'thematicAreas':
        case 'assistanceTypes':
          fields[field] = Array.isArray(value)
            ? [...new Set(value.filter((v): v is string => typeof v === 'string').map((v) => v.trim().toUpperCase()))].filter((code) => known[field].has(code))
            : [];
          break;
      }
    }
    const budgetUsd = fields.budgetAmount && fields.budgetCurrency ? await this.rates.toUsd(fields.budgetAmount, fields.budgetCurrency, today) : null;
    return assessNeedQuality(fields, budgetUsd);
  }

  async create(input: CreateNeedInput, actor: AuthUser): Promise<Need> {
    const stateIso3 = input.stateIso3.toUpperCase();
    if (!actor.canActForState(stateIso3, [Role.NPC])) {
      throw new ForbiddenError(reason('need.writeForbidden', { state: stateIso3 }));
    }
    await this.referenceData.assertMemberStates('input.stateIso3', [stateIso3]);
    const fields = await this.validate(toRawFields(input), false);
    const language: UnLanguage = input.language ?? actor.language;
    return this.dataSource.transaction(async (manager) => {
      const need = await manager.save(
        manager.create(Need, {
          ...withDefaults(fields),
          stateIso3,
          originalLanguage: language,
          status: NeedStatus.DRAFT,
          createdByUserId: actor.id,
        }),
      );
      const saved = await this.refreshDerived(manager, need.id);
      await this.audit.record(manager, {
        actorUserId: actor.id,
        action: 'need.created',
        entityType: 'need',
        entityId: need.id,
        toState: NeedStatus.DRAFT,
      });
      await this.outbox.record(manager, this.event(NEED_EVENTS.created, saved, actor, {}));
      return saved;
    });
  }

  /**
   * Changes a need's content. The State's NPCs only, while it is a draft, returned, or published
   * (a published need stays published and its change is announced). Refused with CONFLICT when
   * someone changed it since `expectedVersion`.
   */
  async update(input: UpdateNeedInput, actor: AuthUser): Promise<Need> {
    const fields = await this.validate(toRawFields(input), true);
    return this.dataSource.transaction(async (manager) => {
      const need = await this.lockForChange(manager, input.needId, actor);
      if (!ownsNeed(needAccess(actor), need)) {
        throw new ForbiddenError(reason('need.changeForbidden', { state: need.stateIso3 }));
      }
      if (!EDITABLE_STATUSES.includes(need.status)) {
        throw new ConflictError(reason('need.notEditable', { status: need.status, editableStatuses: EDITABLE_STATUSES }));
      }
      assertVersion('need', need, input.expectedVersion);
      const merged = { ...need, ...fields };
      if (merged.timeframeStart && merged.timeframeEnd && merged.timeframeEnd < merged.timeframeStart) {
        throw new BadUserInputError(
          problemAt('input.timeframeEnd', reason('field.endsBeforeStart', { end: merged.timeframeEnd, start: merged.timeframeStart })),
        );
      }
      const changed = Object.keys(fields).filter((key) => !sameValue(need[key as keyof Need], fields[key as keyof NeedFields]));
      if (!changed.length) return need;
      Object.assign(need, fields);
      await manager.save(need);
      const saved = await this.refreshDerived(manager, need.id);
      await this.audit.record(manager, {
        actorUserId: actor.id,
        action: 'need.changed',
        entityType: 'need',
        entityId: need.id,
        data: { fields: changed },
      });
      if (need.status === NeedStatus.PUBLISHED) {
        await this.outbox.record(manager, this.event(NEED_EVENTS.changed, saved, actor, { fields: changed }));
      }
      return saved;
    });
  }

  /** Moves a need through its life cycle as NEED_LIFE_CYCLE allows; audited and announced. */
  async transition(action: PersonNeedAction, input: NeedTransitionInput | CloseNeedInput, actor: AuthUser): Promise<Need> {
    return this.dataSource.transaction((manager) => this.transitionIn(manager, action, input, actor));
  }

  /**
   * Publishes or returns several submitted needs at once: all of them or none (the error names
   * every need that cannot be moved, by its title).
   */
  async moderate(input: ModerateNeedsInput, actor: AuthUser): Promise<Need[]> {
    const action = input.action === ModerationAction.PUBLISH ? NeedAction.PUBLISH : NeedAction.RETURN;
    return this.dataSource.transaction((manager) =>
      allOrNothing(
        input.needIds,
        'input.needIds',
        'needs',
        (needId) => this.transitionIn(manager, action, { needId, reason: input.reason }, actor),
        async (needId) => {
          const need = await manager.findOneBy(Need, { id: needId });
          return need && `need "${need.title}"`;
        },
      ),
    );
  }

  /**
   * "Still needed": the State's NPC extends a published need to the end of the next reporting
   * cycle (or to `validUntil`), and the expiry reminder may go out again for the new date.
   */
  async reconfirm(needId: string, validUntil: string | null | undefined, actor: AuthUser): Promise<Need> {
    return this.dataSource.transaction(async (manager) => {
      const need = await this.lockForChange(manager, needId, actor);
      if (!ownsNeed(needAccess(actor), need)) throw new ForbiddenError(reason('need.reconfirmForbidden', { state: need.stateIso3 }));
      if (need.status !== NeedStatus.PUBLISHED) {
        throw new ConflictError(reason('need.reconfirmNotPublished', { status: need.status }));
      }
      const today = todayUtc();
      const next = validUntil ?? endOfReportingCycle(addDays(need.validUntil > today ? need.validUntil : today, 1));
      if (next <= today) throw new BadUserInputError(problemAt('validUntil', reason('field.notAfterToday', { today })));
      const previous = need.validUntil;
      need.validUntil = next;
      need.expiryReminderFor = null;
      await manager.save(need);
      await this.audit.record(manager, {
        actorUserId: actor.id,
        action: 'need.reconfirmed',
        entityType: 'need',
        entityId: need.id,
        data: { validUntil: next, previousValidUntil: previous },
      });
      await this.outbox.record(manager, this.event(NEED_EVENTS.reconfirmed, need, actor, { validUntil: next }));
      return need;
    });
  }

  /**
   * Stores a translation of a need (the original is never replaced). The State's NPCs and UNODA;
   * a State may mark its own translations VERIFIED.
   */
  async setTranslation(input: SetNeedTranslationInput, actor: AuthUser): Promise<Need> {
    const { texts, problems } = validateNeedTranslation(input);
    if (problems.length) throw new BadUserInputError(problems.map((p) => problemAt(`input.${p.field}`, p)));
    return this.dataSource.transaction(async (manager) => {
      const need = await this.lockForChange(manager, input.needId, actor);
      const access = needAccess(actor);
      if (!ownsNeed(access, need) && !access.unoda) {
        throw new ForbiddenError(reason('need.translateForbidden', { state: need.stateIso3 }));
      }
      if (input.language === need.originalLanguage) {
        throw new BadUserInputError(problemAt('input.language', reason('need.originalLanguage')));
      }
      await manager.upsert(
        NeedTranslation,
        { needId: need.id, language: input.language as UnLanguage, kind: input.kind, translatedByUserId: actor.id, ...texts },
        ['needId', 'language'],
      );
      await this.audit.record(manager, {
        actorUserId: actor.id,
        action: 'need.translated',
        entityType: 'need',
        entityId: need.id,
        data: { language: input.language, kind: input.kind },
      });
      await this.outbox.record(manager, this.event(NEED_EVENTS.translated, need, actor, { language: input.language }));
      return need;
    });
  }

  /**
   * Recomputes USD equivalents at the rate in force today (one statement, rows whose value
   * changes only), then the quality scores that depend on them. For one currency (a rate
   * changed), some needs, or all. Returns how many needs changed.
   */
  async refreshUsdEquivalents(manager: EntityManager, scope: { currency?: string; needIds?: string[] }): Promise<number> {
    // Needs without a budget are included: a removed budget must lose its USD equivalent too.
    const conditions = ['true'];
    const params: unknown[] = [todayUtc()];
    if (scope.currency) {
      params.push(scope.currency);
      conditions.push(`n.budget_currency = $${params.length}`);
    }
    if (scope.needIds) {
      params.push(scope.needIds);
      conditions.push(`n.id = ANY($${params.length}::uuid[])`);
    }
    const [rows]: [{ id: string }[], number] = await manager.query(
      `WITH fresh AS (
         SELECT n.id, round(n.budget_amount * r.usd_per_unit, 2) AS usd, r.effective_date AS rate_date
           FROM need n
           LEFT JOIN LATERAL (
             SELECT usd_per_unit, effective_date FROM exchange_rate
              WHERE currency_code = n.budget_currency AND effective_date <= $1
              ORDER BY effective_date DESC LIMIT 1) r ON true
          WHERE ${conditions.join(' AND ')})
       UPDATE need SET budget_usd = fresh.usd, budget_usd_rate_date = fresh.rate_date
         FROM fresh
        WHERE need.id = fresh.id
          AND (need.budget_usd IS DISTINCT FROM fresh.usd OR need.budget_usd_rate_date IS DISTINCT FROM fresh.rate_date)
        RETURNING need.id`,
      params,
    );
    await this.refreshQualityScores(
      manager,
      rows.map((r) => r.id),
    );
    return rows.length;
  }

  /** Stores the quality scores of these needs (kept for sorting and the moderation queue). */
  async refreshQualityScores(manager: EntityManager, needIds: string[]): Promise<void> {
    for (let i = 0; i < needIds.length; i += 1000) {
      const batch = await manager.findBy(Need, { id: In(needIds.slice(i, i + 1000)) });
      const scores = batch.map((n) => ({ id: n.id, score: assessNeedQuality(n, n.budgetUsd).score }));
      await manager.query(
        `UPDATE need SET quality_score = v.score
           FROM unnest($1::uuid[], $2::int[]) AS v(id, score)
          WHERE need.id = v.id AND need.quality_score <> v.score`,
        [scores.map((s) => s.id), scores.map((s) => s.score)],
      );
    }
  }

  /**
   * Moves needs as the proposal carrying them moves (the system's steps: included, partially
   * funded, funded, unfunded, released, met), with an audit entry and an event each, in the
   * caller's transaction. Locks the needs in id order. A need whose status does not allow the step
   * is a CONFLICT naming it. Needs already where the step leads are left alone.
   */
  async moveWithProposal(
    manager: EntityManager,
    needIds: readonly string[],
    action: ProposalNeedAction,
    proposal: { id: string; reference: string },
    actorUserId: string | null,
  ): Promise<Need[]> {
    if (!needIds.length) return [];
    const needs = await manager.find(Need, { where: { id: In([...needIds]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    const moved: Need[] = [];
    for (const need of needs) {
      const from = need.status;
      const to = NEED_LIFE_CYCLE.rules.find((r) => r.action === action)!.to;
      if (from === to) continue;
      try {
        NEED_LIFE_CYCLE.apply(action, from, { system: true });
      } catch (error) {
        if (error instanceof ConflictError) {
          throw new ConflictError(withMessage(error.refusal, `Need "${need.title}" (${need.id}) is ${from}: ${error.message}`));
        }
        throw error;
      }
      const { saved } = await this.changes.write(
        manager,
        NEED_LIFE_CYCLE,
        need,
        { from, to, why: `Proposal ${proposal.reference}`, at: new Date() },
        {
          actorUserId,
          change: (n) => {
            if (action === NeedAction.CLOSE_MET) n.closeReason = NeedCloseReason.MET;
          },
          audit: () => ({ reason: `Proposal ${proposal.reference}`, data: { proposalId: proposal.id } }),
          event: (n) => this.event(NEED_EVENTS.transition(action), n, 'SYSTEM', { from, to, proposalId: proposal.id }),
        },
      );
      moved.push(saved);
    }
    return moved;
  }

  /** The outbox event of a need change: ids and the State, never the text. */
  event<T extends NeedServiceEventType>(type: T, need: Need, actor: NeedActor, extra: Omit<NeedEventPayloads[T], keyof NeedEventBase>): NeedEvent<T> {
    const payload = { stateIso3: need.stateIso3, status: need.status, ...extra } as NeedEventPayloads[T];
    return { type, aggregateType: 'need', aggregateId: need.id, actorUserId: actor === 'SYSTEM' ? null : actor.id, payload } as NeedEvent<T>;
  }

  private async transitionIn(
    manager: EntityManager,
    action: PersonNeedAction,
    input: NeedTransitionInput & { closeReason?: NeedCloseReason },
    actor: AuthUser,
  ): Promise<Need> {
    const need = await this.lockForChange(manager, input.needId, actor);
    const access: NeedAccess = needAccess(actor);
    const { saved } = await this.changes.transition(manager, NEED_LIFE_CYCLE, need, {
      action,
      actor: { roles: access.roles, owns: ownsNeed(access, need) },
      reason: input.reason,
      expectedVersion: input.expectedVersion,
      actorUserId: actor.id,
      change: (n, { to, why, at }) => {
        if (action === NeedAction.SUBMIT) {
          n.endorsedByUserId = actor.id;
          n.endorsedAt = at;
        }
        n.returnReason = action === NeedAction.RETURN ? why : to === NeedStatus.RETURNED ? n.returnReason : null;
        if (action === NeedAction.PUBLISH) n.publishedAt = at;
        if (action === NeedAction.CLOSE) n.closeReason = input.closeReason ?? null;
      },
      audit: ({ why }) => ({ reason: action === NeedAction.CLOSE ? [input.closeReason, why].filter(Boolean).join(': ') : why }),
      event: (n, { from, to, why }) => this.event(NEED_EVENTS.transition(action), n, actor, { from, to, ...(why ? { reason: why } : {}) }),
    });
    return saved;
  }

  /** Loads a need for a change, locked until the transaction ends; NOT_FOUND unless the actor may see it. */
  private lockForChange(manager: EntityManager, needId: string, actor: AuthUser): Promise<Need> {
    return this.changes.lock(manager, Need, 'need', needId, (need) => canViewNeed(needAccess(actor), need));
  }

  /** The audit entries of these needs, oldest first, with the actor's display name: one query. */
  private historyOf(needIds: readonly string[]): Promise<NeedHistoryRecord[]> {
    return this.dataSource
      .createQueryBuilder(AuditEntry, 'a')
      .leftJoin(User, 'u', 'u.id = a.actorUserId')
      .select('a.entityId', 'needId')
      .addSelect('a.occurredAt', 'at')
      .addSelect('a.action', 'action')
      .addSelect('a.fromState', 'fromState')
      .addSelect('a.toState', 'toState')
      .addSelect('a.reason', 'reason')
      .addSelect('a.data', 'data')
      .addSelect('u.displayName', 'actorName')
      .where('a.entityType = :entityType', { entityType: 'need' })
      .andWhere('a.entityId = ANY(:needIds)', { needIds: [...needIds] })
      .orderBy('a.occurredAt', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getRawMany<NeedHistoryRecord>();
  }

  /** USD equivalent and quality score after a change of content; returns the fresh row. */
  private async refreshDerived(manager: EntityManager, needId: string): Promise<Need> {
    await this.refreshUsdEquivalents(manager, { needIds: [needId] });
    const need = await manager.findOneByOrFail(Need, { id: needId });
    const score = assessNeedQuality(need, need.budgetUsd).score;
    if (score !== need.qualityScore) {
      await manager.update(Need, { id: needId }, { qualityScore: score });
      need.qualityScore = score;
    }
    return need;
  }
}

/** The API's input in the shape validateNeedFields reads (the budget flattened). */
export function toRawFields(input: NeedContentInput): RawNeedFields {
  const raw: RawNeedFields = {};
  const keys = [
    'title',
    'problem',
    'proposedActivities',
    'alreadyDone',
    'nationalContribution',
    'thematicAreas',
    'assistanceTypes',
    'poaParagraphs',
    'itiParagraphs',
    'mosaicModules',
    'priorityRank',
    'timeframeStart',
    'timeframeEnd',
    'visibility',
    'validUntil',
  ] as const;
  for (const key of keys) if (input[key] !== undefined) raw[key] = input[key];
  if (input.budget !== undefined) {
    raw.budgetAmount = input.budget?.amount ?? null;
    raw.budgetCurrency = input.budget?.currency ?? null;
  }
  return raw;
}

/** A new need's fields with the defaults for what was not given. */
export function withDefaults(
  fields: Partial<NeedFields>,
): Omit<NeedFields, 'language' | 'visibility' | 'validUntil'> & { visibility: NeedVisibility; validUntil: string } {
  return {
    title: fields.title ?? '',
    problem: fields.problem ?? '',
    proposedActivities: fields.proposedActivities ?? '',
    alreadyDone: fields.alreadyDone ?? null,
    nationalContribution: fields.nationalContribution ?? null,
    thematicAreas: fields.thematicAreas ?? [],
    assistanceTypes: fields.assistanceTypes ?? [],
    poaParagraphs: fields.poaParagraphs ?? [],
    itiParagraphs: fields.itiParagraphs ?? [],
    mosaicModules: fields.mosaicModules ?? [],
    budgetAmount: fields.budgetAmount ?? null,
    budgetCurrency: fields.budgetCurrency ?? null,
    priorityRank: fields.priorityRank ?? null,
    timeframeStart: fields.timeframeStart ?? null,
    timeframeEnd: fields.timeframeEnd ?? null,
    visibility: fields.visibility ?? NeedVisibility.STATES_AND_DONORS,
    validUntil: fields.validUntil ?? endOfReportingCycle(todayUtc()),
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  // numeric columns come back as "250000.00": compare decimal strings without trailing zeros
  const decimal = /^\d+(\.\d+)?$/;
  if (typeof a === 'string' && typeof b === 'string' && decimal.test(a) && decimal.test(b)) {
    return normaliseDecimal(a) === normaliseDecimal(b);
  }
  return a === b;
}
