import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import {
  AuditService,
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  isUuid,
  NotFoundError,
  problemAt,
  readAmount,
  readList,
  readText,
  reason,
  Role,
  type AuthUser,
  type FieldProblem,
  type TypedEvent,
} from '#libs/core';
import { Need, NeedStatus, NeedVisibility } from '#libs/needs';
import { compareDecimals, ReferenceDataService } from '#libs/reference-data';
import type { CreateStandingCriteriaInput, StandingCriteriaContentInput, UpdateStandingCriteriaInput } from './dto/criteria.types.js';
import { ANY, StandingCriteria } from './entities/standing-criteria.entity.js';

export const CRITERIA_MATCHED = 'standing_criteria.matched';

/** The payload of each event type of standing criteria. */
export type CriteriaEventPayloads = {
  /** A need fits a donor's standing criteria; `cause` is the need's event that was checked. */
  'standing_criteria.matched': { criteriaId: string; organisationId: string; needId: string; stateIso3: string; cause: string };
};

/** An event of standing criteria, its payload checked against its type. */
export type CriteriaEvent = TypedEvent<CriteriaEventPayloads>;
const MAX_CRITERIA_PER_ORGANISATION = 200;

/**
 * The criteria a need fits, in one statement: each list overlaps the need's codes plus ANY (GIN
 * indexes), and the budget band holds (a band never matches a need without a budget).
 * Parameters: themes, assistance types, places, languages (each with ANY), USD budget or null.
 */
export const MATCHING_CRITERIA_SQL = `
  SELECT c.id, c.organisation_id FROM standing_criteria c
   WHERE c.active
     AND c.thematic_areas && $1::text[]
     AND c.assistance_types && $2::text[]
     AND c.places && $3::text[]
     AND c.languages && $4::text[]
     AND ((c.budget_usd_min IS NULL AND c.budget_usd_max IS NULL)
          OR ($5::numeric IS NOT NULL
              AND (c.budget_usd_min IS NULL OR c.budget_usd_min <= $5::numeric)
              AND (c.budget_usd_max IS NULL OR c.budget_usd_max >= $5::numeric)))`;

/** The codes a need offers for matching, each list with ANY added. */
export function needMatchKeys(
  need: Pick<Need, 'thematicAreas' | 'assistanceTypes' | 'stateIso3' | 'originalLanguage' | 'budgetUsd'>,
  areas: string[],
  translationLanguages: string[],
): unknown[] {
  return [
    [...need.thematicAreas, ANY],
    [...need.assistanceTypes, ANY],
    [need.stateIso3, ...areas.map((a) => `M49:${a}`), ANY],
    [need.originalLanguage, ...translationLanguages, ANY],
    need.budgetUsd,
  ];
}

/** Donors' standing criteria: kept per organisation, matched against needs as they are published. */
@Injectable()
export class StandingCriteriaService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(StandingCriteria) private readonly criteria: Repository<StandingCriteria>,
    private readonly referenceData: ReferenceDataService,
    private readonly audit: AuditService,
  ) {}

  list(organisationId: string, actor: AuthUser): Promise<StandingCriteria[]> {
    this.assertDonorOf(organisationId, actor);
    return this.criteria.find({ where: { organisationId }, order: { createdAt: 'ASC' } });
  }

  async create(input: CreateStandingCriteriaInput, actor: AuthUser): Promise<StandingCriteria> {
    this.assertDonorOf(input.organisationId, actor);
    if (!input.name?.trim()) throw new BadUserInputError(problemAt('input.name', reason('field.required')));
    const values = await this.validate(input, null);
    return this.dataSource.transaction(async (manager) => {
      const count = await manager.countBy(StandingCriteria, { organisationId: input.organisationId });
      if (count >= MAX_CRITERIA_PER_ORGANISATION) {
        throw new ConflictError(reason('criteria.limitReached', { max: MAX_CRITERIA_PER_ORGANISATION }));
      }
      const saved = await manager.save(
        manager.create(StandingCriteria, { ...values, organisationId: input.organisationId, active: true, createdByUserId: actor.id }),
      );
      await this.audit.record(manager, { actorUserId: actor.id, action: 'standing_criteria.created', entityType: 'standing_criteria', entityId: saved.id });
      return saved;
    });
  }

  async update(input: UpdateStandingCriteriaInput, actor: AuthUser): Promise<StandingCriteria> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, input.criteriaId, actor);
      if (current.version !== input.expectedVersion) {
        throw new ConflictError(reason('criteria.staleVersion', { version: current.version, expectedVersion: input.expectedVersion }));
      }
      Object.assign(current, await this.validate(input, current));
      const saved = await manager.save(current);
      await this.audit.record(manager, { actorUserId: actor.id, action: 'standing_criteria.changed', entityType: 'standing_criteria', entityId: saved.id });
      return saved;
    });
  }

  /** Pauses (active: false) or resumes criteria. */
  async setActive(criteriaId: string, active: boolean, actor: AuthUser): Promise<StandingCriteria> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, criteriaId, actor);
      if (current.active === active) return current;
      current.active = active;
      const saved = await manager.save(current);
      await this.audit.record(manager, {
        actorUserId: actor.id,
        action: active ? 'standing_criteria.resumed' : 'standing_criteria.paused',
        entityType: 'standing_criteria',
        entityId: saved.id,
      });
      return saved;
    });
  }

  async delete(criteriaId: string, actor: AuthUser): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, criteriaId, actor);
      await manager.delete(StandingCriteria, { id: current.id });
      await this.audit.record(manager, {
        actorUserId: actor.id,
        action: 'standing_criteria.deleted',
        entityType: 'standing_criteria',
        entityId: current.id,
        data: { name: current.name },
      });
      return true;
    });
  }

  /** The criteria (id, organisation) that a published need fits. */
  async matching(manager: EntityManager, need: Need): Promise<{ id: string; organisation_id: string }[]> {
    const [areas, translations] = await Promise.all([
      manager.query(
        `SELECT array_remove(ARRAY[m49_region_code::text, m49_subregion_code::text, m49_intermediate_region_code::text], NULL) AS areas
           FROM member_state WHERE iso3 = $1`,
        [need.stateIso3],
      ),
      manager.query('SELECT language FROM need_translation WHERE need_id = $1', [need.id]),
    ]);
    return manager.query(
      MATCHING_CRITERIA_SQL,
      needMatchKeys(
        need,
        areas[0]?.areas ?? [],
        translations.map((t: { language: string }) => t.language.trim()),
      ),
    );
  }

  /** Published needs that fit these criteria now (the inverse of matching), newest first. */
  async preview(criteriaId: string, first: number, actor: AuthUser): Promise<{ needs: Need[]; total: number }> {
    const c = await this.get(criteriaId, actor);
    const states = c.places.filter((p) => p !== ANY && !p.startsWith('M49:'));
    const areas = c.places.filter((p) => p.startsWith('M49:')).map((p) => p.slice(4));
    // Every parameter is used (and typed) whatever the criteria say; ANY short-circuits a list.
    const params: unknown[] = [
      NeedStatus.PUBLISHED,
      NeedVisibility.PRIVATE,
      c.thematicAreas,
      c.assistanceTypes,
      states,
      areas,
      c.languages,
      c.budgetUsdMin,
      c.budgetUsdMax,
      c.places.includes(ANY),
    ];
    const conditions = [
      'n.status = $1',
      'n.visibility <> $2',
      `('${ANY}' = ANY($3::text[]) OR n.thematic_areas && $3::text[])`,
      `('${ANY}' = ANY($4::text[]) OR n.assistance_types && $4::text[])`,
      `($10::boolean OR n.state_iso3 = ANY($5::text[]) OR n.state_iso3 IN (SELECT iso3 FROM member_state
         WHERE m49_region_code = ANY($6::text[]) OR m49_subregion_code = ANY($6::text[]) OR m49_intermediate_region_code = ANY($6::text[])))`,
      `('${ANY}' = ANY($7::text[]) OR n.original_language = ANY($7::text[])
         OR EXISTS (SELECT 1 FROM need_translation t WHERE t.need_id = n.id AND t.language = ANY($7::text[])))`,
      `(($8::numeric IS NULL AND $9::numeric IS NULL) OR (n.budget_usd IS NOT NULL
         AND ($8::numeric IS NULL OR n.budget_usd >= $8::numeric) AND ($9::numeric IS NULL OR n.budget_usd <= $9::numeric)))`,
    ].join(' AND ');
    const [ids, total] = await Promise.all([
      this.dataSource.query(`SELECT n.id FROM need n WHERE ${conditions} ORDER BY n.published_at DESC, n.id DESC LIMIT ${first}`, params),
      this.dataSource.query(`SELECT count(*)::int AS n FROM need n WHERE ${conditions}`, params),
    ]);
    const needs = ids.length ? await this.dataSource.getRepository(Need).findBy({ id: In(ids.map((r: { id: string }) => r.id)) }) : [];
    const byId = new Map(needs.map((n) => [n.id, n]));
    return { needs: ids.map((r: { id: string }) => byId.get(r.id)).filter((n: Need | undefined): n is Need => !!n), total: total[0].n };
  }

  async get(criteriaId: string, actor: AuthUser): Promise<StandingCriteria> {
    const c = isUuid(criteriaId) ? await this.criteria.findOneBy({ id: criteriaId }) : null;
    if (!c || !actor.canActForOrganisation(c.organisationId, [Role.DONOR])) throw new NotFoundError(reason('criteria.notFound', { id: criteriaId }));
    return c;
  }

  private async lock(manager: EntityManager, criteriaId: string, actor: AuthUser): Promise<StandingCriteria> {
    const c = isUuid(criteriaId) ? await manager.findOne(StandingCriteria, { where: { id: criteriaId }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!c || !actor.canActForOrganisation(c.organisationId, [Role.DONOR])) throw new NotFoundError(reason('criteria.notFound', { id: criteriaId }));
    return c;
  }

  private assertDonorOf(organisationId: string, actor: AuthUser): void {
    if (!actor.canActForOrganisation(organisationId, [Role.DONOR])) {
      throw new ForbiddenError(reason('criteria.forbidden'));
    }
  }

  /** Checks the lists against the reference data and stores them in matching form (ANY for empty). */
  private async validate(input: StandingCriteriaContentInput, current: StandingCriteria | null): Promise<Partial<StandingCriteria>> {
    const [codes, places] = await Promise.all([this.referenceData.codeSets(), this.referenceData.placeCodes()]);
    const problems: FieldProblem[] = [];
    const values: Partial<StandingCriteria> = {};
    const list = (field: string, value: unknown, known?: ReadonlySet<string>): string[] | undefined => {
      if (value === undefined) return undefined;
      const read = readList(value, { codes: known, maxItems: 200 });
      if (!read.ok) problems.push(problemAt(`input.${field}`, read));
      return read.ok ? read.value : undefined;
    };
    const orAny = (items: string[]) => (items.length ? items : [ANY]);
    if (input.name !== undefined) {
      const name = readText(input.name, 200);
      if (!name.ok || !name.value) problems.push(problemAt('input.name', name.ok ? reason('field.empty') : name));
      else values.name = name.value;
    }
    const themes = list('thematicAreas', input.thematicAreas, codes.thematicAreas);
    if (themes) values.thematicAreas = orAny(themes);
    const types = list('assistanceTypes', input.assistanceTypes, codes.assistanceTypes);
    if (types) values.assistanceTypes = orAny(types);
    // Languages come through the GraphQL enum, so they are UN languages already.
    if (input.languages) values.languages = orAny([...new Set<string>(input.languages)]);
    const states = list('states', input.states, places.states);
    const regions = list('regions', input.regions, places.m49Areas);
    if (states || regions) {
      const currentStates = current?.places.filter((p) => p !== ANY && !p.startsWith('M49:')) ?? [];
      const currentRegions = current?.places.filter((p) => p.startsWith('M49:')).map((p) => p.slice(4)) ?? [];
      values.places = orAny([...(states ?? currentStates), ...(regions ?? currentRegions).map((r) => `M49:${r}`)]);
    }
    for (const key of ['budgetUsdMin', 'budgetUsdMax'] as const) {
      if (input[key] === undefined) continue;
      const amount = readAmount(input[key]);
      if (!amount.ok) problems.push(problemAt(`input.${key}`, amount));
      else values[key] = amount.value;
    }
    const min = values.budgetUsdMin !== undefined ? values.budgetUsdMin : current?.budgetUsdMin;
    const max = values.budgetUsdMax !== undefined ? values.budgetUsdMax : current?.budgetUsdMax;
    if (min && max && compareDecimals(min, max) > 0)
      problems.push(problemAt('input.budgetUsdMin', reason('criteria.minAboveMax', { min, max, currency: 'USD' })));
    if (problems.length) throw new BadUserInputError(problems);
    if (!current) {
      values.thematicAreas ??= [ANY];
      values.assistanceTypes ??= [ANY];
      values.places ??= [ANY];
      values.languages ??= [ANY];
    }
    return values;
  }
}
