import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { BadUserInputError, problemAt, reason, type LoaderSource } from '#libs/core';
import { Currency } from './entities/currency.entity.js';
import { MemberState } from './entities/member-state.entity.js';
import { RegionalOrganisation, RegionalOrganisationMember, type RegionalOrganisationKind } from './entities/regional-organisation.entity.js';
import { AssistanceType, MosaicModule, ThematicArea } from './entities/taxonomy.entity.js';
import { Cached, ReferenceDataChanges } from './reference-data.changes.js';

export interface MemberStateFilter {
  regionCode?: string;
  subregionCode?: string;
  regionalOrganisationCode?: string;
}

/** Everything in the reference tables, as one process keeps it in memory. */
interface Snapshot {
  states: MemberState[];
  stateByIso3: Map<string, MemberState>;
  organisations: RegionalOrganisation[];
  organisationByCode: Map<string, RegionalOrganisation>;
  membersByOrganisation: Map<string, MemberState[]>;
  areas: ThematicArea[];
  areaByCode: Map<string, ThematicArea>;
  modules: MosaicModule[];
  moduleByCode: Map<string, MosaicModule>;
  types: AssistanceType[];
  typeByCode: Map<string, AssistanceType>;
  currencies: Currency[];
  currencyByCode: Map<string, Currency>;
}

const byKey = <T, K>(rows: T[], key: (row: T) => K): Map<K, T> => new Map(rows.map((r) => [key(r), r]));

/**
 * Read access to the reference data, and the checks other features use to refuse unknown codes.
 * The tables are small (about 400 rows) and change only on a seed or a migration, so each process
 * reads them once and answers from memory (rows frozen: callers share them) until
 * ReferenceDataChanges says they changed.
 */
@Injectable()
export class ReferenceDataService {
  private readonly snapshot = new Cached<Snapshot>(() => this.load());

  /** Member States by ISO alpha-3, for DataLoaders. */
  readonly memberStatesByIso3 = this.snapshotLoader((s) => s.stateByIso3);

  /** Member States of each regional organisation, for DataLoaders. */
  readonly membersByOrganisation: LoaderSource<string, MemberState[]> = {
    batchLoad: async (codes) => {
      const { membersByOrganisation } = await this.snapshot.get();
      return codes.map((c) => membersByOrganisation.get(c) ?? []);
    },
  };

  /** MOSAIC modules by code, for DataLoaders. */
  readonly mosaicModulesByCode = this.snapshotLoader((s) => s.moduleByCode);

  /** Regional organisations and UN regional centres by code, for DataLoaders. */
  readonly regionalOrganisationsByCode = this.snapshotLoader((s) => s.organisationByCode);

  readonly thematicAreasByCode = this.snapshotLoader((s) => s.areaByCode);

  readonly assistanceTypesByCode = this.snapshotLoader((s) => s.typeByCode);

  constructor(
    @InjectRepository(MemberState) private readonly states: Repository<MemberState>,
    @InjectRepository(RegionalOrganisation) private readonly organisations: Repository<RegionalOrganisation>,
    @InjectRepository(RegionalOrganisationMember) private readonly members: Repository<RegionalOrganisationMember>,
    @InjectRepository(ThematicArea) private readonly areas: Repository<ThematicArea>,
    @InjectRepository(MosaicModule) private readonly modules: Repository<MosaicModule>,
    @InjectRepository(AssistanceType) private readonly types: Repository<AssistanceType>,
    @InjectRepository(Currency) private readonly currencies: Repository<Currency>,
    changes: ReferenceDataChanges,
  ) {
    changes.subscribe((table) => {
      if (table !== 'exchange_rate') this.snapshot.drop();
    });
  }

  /** A DataLoader source answered from one of the snapshot's maps (null for a code it lacks). */
  private snapshotLoader<V>(map: (snapshot: Snapshot) => Map<string, V>): LoaderSource<string, V> {
    return {
      batchLoad: async (codes) => {
        const byCode = map(await this.snapshot.get());
        return codes.map((c) => byCode.get(c) ?? null);
      },
    };
  }

  private async load(): Promise<Snapshot> {
    const [states, organisations, members, areas, modules, types, currencies] = await Promise.all([
      this.states.find({ order: { iso3: 'ASC' } }),
      this.organisations.find({ order: { code: 'ASC' } }),
      this.members.find({ order: { organisationCode: 'ASC', stateIso3: 'ASC' } }),
      this.areas.find({ order: { sortOrder: 'ASC' } }),
      this.modules.find({ order: { code: 'ASC' } }),
      this.types.find({ order: { sortOrder: 'ASC' } }),
      this.currencies.find({ order: { code: 'ASC' } }),
    ]);
    for (const row of [...states, ...organisations, ...areas, ...modules, ...types, ...currencies]) Object.freeze(row);
    const stateByIso3 = byKey(states, (s) => s.iso3);
    const membersByOrganisation = new Map<string, MemberState[]>();
    for (const m of members) {
      const state = stateByIso3.get(m.stateIso3);
      if (!state) continue;
      const list = membersByOrganisation.get(m.organisationCode) ?? [];
      list.push(state);
      membersByOrganisation.set(m.organisationCode, list);
    }
    return {
      states,
      stateByIso3,
      organisations,
      organisationByCode: byKey(organisations, (o) => o.code),
      membersByOrganisation,
      areas,
      areaByCode: byKey(areas, (a) => a.code),
      modules,
      moduleByCode: byKey(modules, (m) => m.code),
      types,
      typeByCode: byKey(types, (t) => t.code),
      currencies,
      currencyByCode: byKey(currencies, (c) => c.code),
    };
  }

  async listMemberStates(filter: MemberStateFilter = {}): Promise<MemberState[]> {
    const { states, membersByOrganisation } = await this.snapshot.get();
    const { regionCode, subregionCode, regionalOrganisationCode } = filter;
    if (!regionCode && !subregionCode && !regionalOrganisationCode) return states;
    const members = regionalOrganisationCode ? new Set((membersByOrganisation.get(regionalOrganisationCode) ?? []).map((s) => s.iso3)) : null;
    return states.filter(
      (s) => (!regionCode || s.m49RegionCode === regionCode) && (!subregionCode || s.m49SubregionCode === subregionCode) && (!members || members.has(s.iso3)),
    );
  }

  async findMemberState(iso3: string): Promise<MemberState | null> {
    return (await this.snapshot.get()).stateByIso3.get(iso3.toUpperCase()) ?? null;
  }

  async listRegionalOrganisations(kind?: RegionalOrganisationKind): Promise<RegionalOrganisation[]> {
    const { organisations } = await this.snapshot.get();
    return kind ? organisations.filter((o) => o.kind === kind) : organisations;
  }

  async findRegionalOrganisation(code: string): Promise<RegionalOrganisation | null> {
    return (await this.snapshot.get()).organisationByCode.get(code) ?? null;
  }

  async listThematicAreas(): Promise<ThematicArea[]> {
    return (await this.snapshot.get()).areas;
  }

  async listMosaicModules(): Promise<MosaicModule[]> {
    return (await this.snapshot.get()).modules;
  }

  async listAssistanceTypes(): Promise<AssistanceType[]> {
    return (await this.snapshot.get()).types;
  }

  async listCurrencies(): Promise<Currency[]> {
    return (await this.snapshot.get()).currencies;
  }

  async findCurrency(code: string): Promise<Currency | null> {
    return (await this.snapshot.get()).currencyByCode.get(code) ?? null;
  }

  /** Every known taxonomy and currency code, to check many records without a query each. */
  async codeSets(): Promise<{
    thematicAreas: Set<string>;
    assistanceTypes: Set<string>;
    mosaicModules: Set<string>;
    currencies: Set<string>;
  }> {
    const s = await this.snapshot.get();
    // New sets each time: callers own them.
    return {
      thematicAreas: new Set(s.areaByCode.keys()),
      assistanceTypes: new Set(s.typeByCode.keys()),
      mosaicModules: new Set(s.moduleByCode.keys()),
      currencies: new Set(s.currencyByCode.keys()),
    };
  }

  /** Codes of places: Member States, every M49 area they are in, and regional organisations. */
  async placeCodes(): Promise<{ states: Set<string>; m49Areas: Set<string>; regionalOrganisations: Set<string> }> {
    const { states, organisationByCode } = await this.snapshot.get();
    const areas = new Set<string>();
    for (const s of states) {
      areas.add(s.m49RegionCode);
      areas.add(s.m49SubregionCode);
      if (s.m49IntermediateRegionCode) areas.add(s.m49IntermediateRegionCode);
    }
    return {
      states: new Set(states.map((s) => s.iso3)),
      m49Areas: areas,
      regionalOrganisations: new Set(organisationByCode.keys()),
    };
  }

  /** Refuses, naming `field`, any code that is not a Member State. */
  async assertMemberStates(field: string, codes: string[]): Promise<void> {
    this.assertKnown(field, codes, 'memberStateIso3', (await this.snapshot.get()).stateByIso3);
  }

  async assertThematicAreas(field: string, codes: string[]): Promise<void> {
    this.assertKnown(field, codes, 'thematicArea', (await this.snapshot.get()).areaByCode);
  }

  async assertAssistanceTypes(field: string, codes: string[]): Promise<void> {
    this.assertKnown(field, codes, 'assistanceType', (await this.snapshot.get()).typeByCode);
  }

  async assertCurrency(field: string, code: string): Promise<void> {
    this.assertKnown(field, [code], 'currency', (await this.snapshot.get()).currencyByCode);
  }

  private assertKnown(
    field: string,
    codes: string[],
    kind: 'memberStateIso3' | 'thematicArea' | 'assistanceType' | 'currency',
    known: ReadonlyMap<string, unknown>,
  ): void {
    const unique = [...new Set(codes)];
    const unknown = unique.filter((c) => !known.has(c));
    if (unknown.length) {
      throw new BadUserInputError(problemAt(field, reason('field.unknownCodes', { kind, codes: unknown })));
    }
  }
}
