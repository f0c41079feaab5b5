import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { LocalizedText } from '#libs/core';
import currenciesFile from '../data/currencies.json' with { type: 'json' };
import memberStatesFile from '../data/member-states.json' with { type: 'json' };
import taxonomyFile from '../data/taxonomy.json' with { type: 'json' };
import translationsFile from '../data/translations.json' with { type: 'json' };
import { Currency, ExchangeRate } from './entities/currency.entity.js';
import { MemberState } from './entities/member-state.entity.js';
import { RegionalOrganisation, RegionalOrganisationKind, RegionalOrganisationMember } from './entities/regional-organisation.entity.js';
import { AssistanceType, MosaicModule, ThematicArea } from './entities/taxonomy.entity.js';
import { ReferenceDataChanges } from './reference-data.changes.js';

type Translations = Record<string, Record<string, LocalizedText>>;
const translations = translationsFile as unknown as Translations;

export interface ReferenceSeedResult {
  memberStates: number;
  regionalOrganisations: number;
  regionalMemberships: number;
  thematicAreas: number;
  mosaicModules: number;
  assistanceTypes: number;
  currencies: number;
}

/** "142 Asia" -> ["142", "Asia"] */
function splitM49(value: string): [string, string] {
  const match = /^(\d{3}) (.+)$/.exec(value);
  if (!match) throw new Error(`Unexpected M49 area "${value}" in member-states.json`);
  return [match[1], match[2]];
}

function kindOf(type: string): RegionalOrganisationKind {
  if (type === 'UN regional centre') return RegionalOrganisationKind.UN_REGIONAL_CENTRE;
  if (type.startsWith('subregional')) return RegionalOrganisationKind.SUBREGIONAL;
  return RegionalOrganisationKind.REGIONAL;
}

function names(list: string, code: string, english: string): LocalizedText {
  return { ...translations[list]?.[code], en: english };
}

/**
 * Loads the reference data shipped in data/ (see data/SOURCES.md). Idempotent: rows are upserted
 * by code and membership lists replaced, so a changed file updates the database on the next run.
 * A digest of the rows it writes is kept beside them (reference_data_seed): when it is unchanged,
 * as at most starts, nothing is written (a restart is faster, and no process reloads its copy).
 */
@Injectable()
export class ReferenceDataSeeder {
  private readonly logger = new Logger(ReferenceDataSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: ReferenceDataChanges,
  ) {}

  async seed(): Promise<ReferenceSeedResult> {
    const rows = this.rows(this.dataSource.manager);
    const digest = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
    const written = await this.dataSource.transaction(async (manager) => {
      const [seeded]: { digest: string }[] = await manager.query('SELECT digest FROM reference_data_seed FOR UPDATE');
      if (seeded?.digest === digest) return false;
      await this.write(manager, rows);
      await manager.query(
        'INSERT INTO reference_data_seed (id, digest, seeded_at) VALUES (1, $1, now()) ON CONFLICT (id) DO UPDATE SET digest = EXCLUDED.digest, seeded_at = now()',
        [digest],
      );
      return true;
    });
    const result = this.counts(rows);
    if (!written) {
      this.logger.log(`reference data unchanged: ${JSON.stringify(result)}`);
      return result;
    }
    // Fresh statistics, so queries that filter needs by region or organisation plan well at once.
    await this.dataSource.query('ANALYZE member_state, regional_organisation_member, thematic_area, currency');
    this.logger.log(`reference data loaded: ${JSON.stringify(result)}`);
    this.changes.changed(null);
    return result;
  }

  /** The rows the seed writes, from the files (no database read). */
  private rows(manager: EntityManager) {
    const states = memberStatesFile.states.map((s) => {
      const [regionCode, regionName] = splitM49(s.m49Region);
      const [subregionCode, subregionName] = splitM49(s.m49Subregion);
      const intermediate = s.m49IntermediateRegion ? splitM49(s.m49IntermediateRegion) : null;
      return manager.create(MemberState, {
        iso3: s.iso3,
        iso2: s.iso2,
        m49: s.m49,
        unRegionalGroup: s.unRegionalGroup,
        m49RegionCode: regionCode,
        m49RegionName: regionName,
        m49SubregionCode: subregionCode,
        m49SubregionName: subregionName,
        m49IntermediateRegionCode: intermediate?.[0] ?? null,
        m49IntermediateRegionName: intermediate?.[1] ?? null,
        names: s.names,
      });
    });
    const stateCodes = new Set(states.map((s) => s.iso3));

    const organisations = taxonomyFile.regionalOrganisations.map((o) => ({
      entity: manager.create(RegionalOrganisation, {
        code: o.code,
        kind: kindOf(o.type),
        names: names('regionalOrganisations', o.code, o.name),
        declaredMemberCount: o.memberCount ?? null,
        otherMembers: o.members.filter((m) => !stateCodes.has(m)),
        asOf: o.asOf ?? null,
        source: o.source ?? null,
        notes: 'notes' in o ? (o.notes as string) : null,
      }),
      members: o.members.filter((m) => stateCodes.has(m)),
    }));
    const memberships = organisations.flatMap((o) => o.members.map((iso3) => ({ organisationCode: o.entity.code, stateIso3: iso3 })));

    const modules = taxonomyFile.mosaicModules.map((m) => manager.create(MosaicModule, { code: m.code, names: names('mosaicModules', m.code, m.title) }));

    const areas = taxonomyFile.thematicAreas.map((a, index) =>
      manager.create(ThematicArea, {
        code: a.code,
        names: names('thematicAreas', a.code, a.title),
        poaSection: a.poaSection ?? null,
        mosaicModules: a.isacsModules,
        notes: 'notes' in a ? (a.notes as string) : null,
        sortOrder: index + 1,
      }),
    );

    const types = taxonomyFile.assistanceTypes.map((t, index) =>
      manager.create(AssistanceType, {
        code: t.code,
        names: names('assistanceTypes', t.code, t.title),
        iatiAidTypes: t.iatiAidTypeHint ?? [],
        sortOrder: index + 1,
      }),
    );

    const currencies = currenciesFile.currencies.map((c) => manager.create(Currency, c));
    return { states, organisations: organisations.map((o) => o.entity), memberships, modules, areas, types, currencies };
  }

  private async write(manager: EntityManager, rows: ReturnType<ReferenceDataSeeder['rows']>): Promise<void> {
    await manager.upsert(MemberState, rows.states, ['iso3']);
    await manager.upsert(RegionalOrganisation, rows.organisations, ['code']);
    await manager.createQueryBuilder().delete().from(RegionalOrganisationMember).execute();
    await manager.insert(RegionalOrganisationMember, rows.memberships);
    await manager.upsert(MosaicModule, rows.modules, ['code']);
    await manager.upsert(ThematicArea, rows.areas, ['code']);
    await manager.upsert(AssistanceType, rows.types, ['code']);
    await manager.upsert(Currency, rows.currencies, ['code']);
    // The US dollar is the unit of every USD equivalent: its rate is 1 by definition.
    await manager
      .createQueryBuilder()
      .insert()
      .into(ExchangeRate)
      .values({ currencyCode: 'USD', usdPerUnit: '1', effectiveDate: '1970-01-01', source: 'definition' })
      .orIgnore()
      .execute();
  }

  private counts(rows: ReturnType<ReferenceDataSeeder['rows']>): ReferenceSeedResult {
    return {
      memberStates: rows.states.length,
      regionalOrganisations: rows.organisations.length,
      regionalMemberships: rows.memberships.length,
      thematicAreas: rows.areas.length,
      mosaicModules: rows.modules.length,
      assistanceTypes: rows.types.length,
      currencies: rows.currencies.length,
    };
  }
}
