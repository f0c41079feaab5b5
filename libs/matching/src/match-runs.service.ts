import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { ConflictError, isUuid, NotFoundError, reason, todayUtc } from '#libs/core';
import { NeedStatus, NeedVisibility } from '#libs/needs';
import { OfferStatus, OfferVisibility } from '#libs/offers';
import { MatchRun } from './entities/match-run.entity.js';
import { MatchRunStatus, MatchStatus, type MatchRunTrigger } from './match.enums.js';
import { MatchProfilesService, offerWindowOpen } from './match-profiles.service.js';
import { MATCH_SETTINGS } from './match-settings.provider.js';
import { MatchingEngine } from './matching.engine.js';
import { settingsHash, type MatchSettings } from './scoring/match-settings.js';
import { OfferIndex } from './scoring/offer-index.js';

/** Needs per transaction in a full rematch: big enough to amortise, small enough to hold locks briefly. */
export const REMATCH_BATCH = 1000;

/** Advisory lock key of the process running a full rematch (one at a time, whatever the replicas). */
const RUN_LOCK = 7_340_001;

/**
 * Full rematches: every published need scored again against every published offer, after the
 * weights changed or on demand. A run is a row; each batch of needs commits its matches together
 * with the run's cursor, so a run interrupted anywhere resumes after its last batch.
 */
@Injectable()
export class MatchRunsService {
  private readonly logger = new Logger(MatchRunsService.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(MatchRun) private readonly runs: Repository<MatchRun>,
    private readonly engine: MatchingEngine,
    private readonly profiles: MatchProfilesService,
    @Inject(MATCH_SETTINGS) private readonly settings: MatchSettings,
  ) {}

  /** Starts a run, or says which one is running (a CONFLICT). */
  async start(trigger: MatchRunTrigger, startedByUserId: string | null): Promise<MatchRun> {
    const running = await this.runs.findOneBy({ status: MatchRunStatus.RUNNING });
    if (running) throw this.alreadyRunning(running);
    const [{ n }]: [{ n: number }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM need WHERE status = $1`, [NeedStatus.PUBLISHED]);
    try {
      return await this.runs.save(
        this.runs.create({
          status: MatchRunStatus.RUNNING,
          trigger,
          settings: this.settings,
          settingsHash: settingsHash(this.settings),
          startedByUserId,
          needsTotal: n,
        }),
      );
    } catch (error) {
      // Two starts at once: the unique index on the running run lets one through.
      const other = await this.runs.findOneBy({ status: MatchRunStatus.RUNNING });
      if (other) throw this.alreadyRunning(other);
      throw error;
    }
  }

  /** Whether the settings differ from those of the last completed run (or no run ever completed). */
  async settingsChanged(): Promise<boolean> {
    const [last] = await this.runs.find({ where: { status: MatchRunStatus.COMPLETED }, order: { finishedAt: 'DESC' }, take: 1 });
    return last?.settingsHash !== settingsHash(this.settings);
  }

  get(id: string): Promise<MatchRun> {
    return (isUuid(id) ? this.runs.findOneBy({ id }) : Promise.resolve(null)).then((run) => {
      if (!run) throw new NotFoundError(reason('matchRun.notFound', { id }));
      return run;
    });
  }

  list(first: number): Promise<MatchRun[]> {
    return this.runs.find({ order: { startedAt: 'DESC' }, take: first });
  }

  /** The newest run that has not finished, to resume. */
  unfinished(): Promise<MatchRun | null> {
    return this.runs.findOneBy({ status: MatchRunStatus.RUNNING });
  }

  /**
   * Runs (or resumes) a run to its end. Holds a session lock so a second process asked to run
   * it at the same time refuses rather than doing the work twice. Returns the finished run.
   */
  async run(runId: string): Promise<MatchRun> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }]: [{ locked: boolean }] = await runner.query(`SELECT pg_try_advisory_lock($1) AS locked`, [RUN_LOCK]);
      if (!locked) throw new ConflictError(reason('matchRun.locked'));
      try {
        return await this.runLocked(runId);
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1)`, [RUN_LOCK]);
      }
    } finally {
      await runner.release();
    }
  }

  /** Records a run's failure (its job gave up). */
  async fail(runId: string, error: string): Promise<void> {
    await this.runs.update(
      { id: runId, status: MatchRunStatus.RUNNING },
      { status: MatchRunStatus.FAILED, error: error.slice(0, 4000), finishedAt: new Date() },
    );
  }

  private async runLocked(runId: string): Promise<MatchRun> {
    let run = await this.get(runId);
    if (run.status !== MatchRunStatus.RUNNING) return run;
    if (run.settingsHash !== settingsHash(this.settings)) {
      // The weights changed since the run began: what it did was scored with others. Start over.
      Object.assign(run, { settings: this.settings, settingsHash: settingsHash(this.settings), cursor: null, needsDone: 0, matchesChanged: 0 });
      await this.runs.save(run);
    }
    const started = Date.now();
    const manager = this.dataSource.manager;
    const index = new OfferIndex(await this.profiles.listedOffers(manager));
    this.logger.log(`full rematch ${run.id}: ${run.needsTotal} needs, ${index.size} offers${run.cursor ? `, resuming after ${run.needsDone}` : ''}`);
    for (;;) {
      const ids: string[] = (
        await manager.query(`SELECT id FROM need WHERE status = $1 AND ($2::uuid IS NULL OR id > $2::uuid) ORDER BY id LIMIT ${REMATCH_BATCH}`, [
          NeedStatus.PUBLISHED,
          run.cursor,
        ])
      ).map((r: { id: string }) => r.id);
      if (!ids.length) break;
      await this.refresh(index);
      // Two halves at once, on two connections: one is scored while the other is written.
      const half = Math.ceil(ids.length / 2);
      const changed = (await Promise.all([this.engine.matchNeeds(ids.slice(0, half), index), this.engine.matchNeeds(ids.slice(half), index)])).reduce(
        (a, b) => a + b,
        0,
      );
      run = await this.advance(run, ids, changed);
      this.logger.log(
        `full rematch ${run.id}: ${run.needsDone}/${Math.max(run.needsTotal, run.needsDone)} needs, ${run.matchesChanged} matches changed, ${Date.now() - started} ms`,
      );
    }
    // Suggestions of needs or offers that left the market without an event reaching the engine
    // (or whose window ended while the run went on).
    const [, swept]: [unknown, number] = await manager.query(
      `UPDATE match m SET status = '${MatchStatus.WITHDRAWN}', strong_announced = false, status_changed_at = now(), updated_at = now(), version = m.version + 1
        WHERE m.status = '${MatchStatus.SUGGESTED}'
          AND (EXISTS (SELECT 1 FROM need n WHERE n.id = m.need_id AND (n.status <> $1 OR n.visibility = $2))
               OR EXISTS (SELECT 1 FROM offer o WHERE o.id = m.offer_id AND (o.status <> $3 OR o.visibility = $4 OR NOT ${offerWindowOpen('$5')})))`,
      [NeedStatus.PUBLISHED, NeedVisibility.PRIVATE, OfferStatus.PUBLISHED, OfferVisibility.PRIVATE, todayUtc()],
    );
    await this.runs.update(run.id, {
      status: MatchRunStatus.COMPLETED,
      finishedAt: new Date(),
      matchesChanged: run.matchesChanged + swept,
    });
    this.logger.log(`full rematch ${run.id} completed in ${Date.now() - started} ms`);
    return this.get(run.id);
  }

  /** Brings the index up to date with offers changed since it was built (row stamps differ). */
  private async refresh(index: OfferIndex): Promise<void> {
    const manager = this.dataSource.manager;
    const stamps = await this.profiles.listedOfferStamps(manager);
    const changed = [...stamps].filter(([id, stamp]) => index.stampOf(id) !== stamp).map(([id]) => id);
    const gone = index.ids.filter((id) => !stamps.has(id));
    if (!changed.length && !gone.length) return;
    index.update(changed.length ? await this.profiles.listedOffers(manager, changed) : [], gone);
  }

  private async advance(run: MatchRun, ids: string[], changed: number): Promise<MatchRun> {
    run.cursor = ids[ids.length - 1];
    run.needsDone += ids.length;
    run.matchesChanged += changed;
    await this.runs.update(run.id, { cursor: run.cursor, needsDone: run.needsDone, matchesChanged: run.matchesChanged });
    return run;
  }

  private alreadyRunning(run: MatchRun): ConflictError {
    const percent = run.needsTotal ? Math.floor((100 * run.needsDone) / run.needsTotal) : 0;
    return new ConflictError(reason('matchRun.running', { startedAt: run.startedAt.toISOString(), percent }));
  }
}
