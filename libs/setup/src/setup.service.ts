import { Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AuditService, ConflictError, OrganisationType, reason, Role, runMigrations, todayUtc, withSetupLock } from '#libs/core';
import { Membership, membershipAudit, Organisation, PasswordHasher, User, UserStatus } from '#libs/identity';
import { NeedsService } from '#libs/needs';
import { OffersService } from '#libs/offers';
import { ExchangeRate, ReferenceDataChanges, ReferenceDataSeeder, ReferenceDataService, type ReferenceSeedResult } from '#libs/reference-data';
import { DEMO_EXCHANGE_RATES, DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_RATES_DATE, DEMO_USERS } from './demo-data.js';
import { loadDemoNeeds } from './demo-needs.js';
import { loadDemoOffers } from './demo-offers.js';

export interface SetupResult {
  migrationsApplied: string[];
  referenceData: ReferenceSeedResult | null;
  demoUsersCreated: number | null;
}

const UNODA_NAME = 'United Nations Office for Disarmament Affairs';

/**
 * Gets a database ready: migrations, the reference-data seed and, when asked, demo data. Runs
 * under an advisory lock, so replicas starting together do it once.
 */
@Injectable()
export class SetupService {
  private readonly logger = new Logger(SetupService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly seeder: ReferenceDataSeeder,
    private readonly passwords: PasswordHasher,
    private readonly audit: AuditService,
    private readonly referenceData: ReferenceDataService,
    private readonly changes: ReferenceDataChanges,
    private readonly needs: NeedsService,
    private readonly offers: OffersService,
  ) {}

  prepare(options: { migrate: boolean; seed: boolean; demo: boolean }): Promise<SetupResult> {
    return withSetupLock(this.dataSource, async () => {
      const migrationsApplied = options.migrate ? await runMigrations(this.dataSource) : [];
      if (migrationsApplied.length) this.logger.log(`migrations applied: ${migrationsApplied.join(', ')}`);
      const referenceData = options.seed ? await this.seeder.seed() : null;
      const demoUsersCreated = options.demo ? await this.loadDemoData() : null;
      return { migrationsApplied, referenceData, demoUsersCreated };
    });
  }

  /** Demo organisations, one account per role, illustrative exchange rates and needs. Idempotent. */
  async loadDemoData(): Promise<number> {
    const known = await this.referenceData.codeSets();
    const created = await this.dataSource.transaction(async (manager) => {
      // A restart finds everything there: one read per kind of record, and no password hashed.
      const found = new Map((await manager.findBy(Organisation, { name: In(DEMO_ORGANISATIONS.map((o) => o.name)) })).map((o) => [o.name, o]));
      const missingOrganisations = DEMO_ORGANISATIONS.filter((spec) => !found.has(spec.name));
      if (missingOrganisations.length) {
        const saved = await manager.save(
          missingOrganisations.map((spec) =>
            manager.create(Organisation, {
              type: spec.type,
              name: spec.name,
              acronym: spec.acronym,
              stateIso3: spec.stateIso3 ?? null,
              regionalOrganisationCode: spec.regionalOrganisationCode ?? null,
            }),
          ),
        );
        for (const organisation of saved) found.set(organisation.name, organisation);
      }
      const organisationOf = new Map(DEMO_ORGANISATIONS.map((spec) => [spec.key, found.get(spec.name)!]));
      const users = new Map((await manager.findBy(User, { email: In(DEMO_USERS.map((u) => u.email)) })).map((u) => [u.email, u]));
      const missingUsers = DEMO_USERS.filter((spec) => !users.has(spec.email));
      if (missingUsers.length) {
        const passwordHash = await this.passwords.hash(DEMO_PASSWORD);
        const saved = await manager.save(
          missingUsers.map((spec) =>
            manager.create(User, {
              email: spec.email,
              displayName: spec.displayName,
              passwordHash,
              preferredLanguage: spec.language,
              status: UserStatus.ACTIVE,
            }),
          ),
        );
        for (const user of saved) users.set(user.email, user);
      }
      const count = missingUsers.length;
      await manager
        .createQueryBuilder()
        .insert()
        .into(Membership)
        .values(DEMO_USERS.map((spec) => ({ userId: users.get(spec.email)!.id, organisationId: organisationOf.get(spec.organisation)!.id, role: spec.role })))
        .orIgnore()
        .execute();
      await manager
        .createQueryBuilder()
        .insert()
        .into(ExchangeRate)
        .values(
          DEMO_EXCHANGE_RATES.map((r) => ({
            ...r,
            effectiveDate: DEMO_RATES_DATE,
            source: 'demo data: illustrative, not an official rate',
          })),
        )
        .orIgnore()
        .execute();
      const needs = await loadDemoNeeds(manager, this.needs, known, todayUtc());
      const germany = DEMO_ORGANISATIONS.find((o) => o.key === 'germany')!.name;
      const offers = await loadDemoOffers(manager, this.offers, germany, todayUtc());
      if (count || needs || offers) {
        this.logger.log(`demo data loaded: ${count} demo accounts, ${needs} demo needs and ${offers} demo offers created`);
      }
      return count;
    });
    // The demo's exchange rates, for this process at once (the others learn by the NOTIFY).
    this.changes.changed('exchange_rate');
    return created;
  }

  /**
   * Makes `email` a platform administrator (in UNODA's organisation, created if missing). A new
   * person is created with `password`; an existing one keeps theirs and gains the role.
   */
  async createAdmin(email: string, displayName: string, password: string): Promise<'created' | 'granted'> {
    const normalised = email.trim().toLowerCase();
    this.passwords.assertAcceptable('password', password, normalised);
    const passwordHash = await this.passwords.hash(password);
    return this.dataSource.transaction(async (manager) => {
      let unoda = await manager.findOneBy(Organisation, { type: OrganisationType.UNODA });
      unoda ??= await manager.save(manager.create(Organisation, { type: OrganisationType.UNODA, name: UNODA_NAME, acronym: 'UNODA' }));
      let user = await manager.findOneBy(User, { email: normalised });
      const outcome = user ? 'granted' : 'created';
      if (user && (await manager.existsBy(Membership, { userId: user.id, role: Role.ADMIN }))) {
        throw new ConflictError(reason('user.alreadyAdministrator', { email: normalised }));
      }
      user ??= await manager.save(manager.create(User, { email: normalised, displayName, passwordHash, status: UserStatus.ACTIVE }));
      const membership = await manager.save(manager.create(Membership, { userId: user.id, organisationId: unoda.id, role: Role.ADMIN }));
      await this.audit.record(manager, { ...membershipAudit('membership.granted', membership, null), reason: 'create-admin command' });
      return outcome;
    });
  }
}
