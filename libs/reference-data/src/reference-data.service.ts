import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { alignToKeys, BadUserInputError, groupToKeys, problemAt, reason, type LoaderSource } from '#libs/core';
import { Currency } from './entities/currency.entity.js';
import { MemberState } from './entities/member-state.entity.js';
import {
  RegionalOrganisation,
  RegionalOrganisationMember,
  type RegionalOrganisationKind,
} from './entities/regional-organisation.entity.js';
import { AssistanceType, MosaicModule, ThematicArea } from './entities/taxonomy.entity.js';

export interface MemberStateFilter {
  regionCode?: string;
  subregionCode?: string;
  regionalOrganisationCode?: string;
}

/** Read access to the reference data, and the checks other features use to refuse unknown codes. */
@Injectable()
export class ReferenceDataService {
  /** Member States by ISO alpha-3, for DataLoaders. */
  readonly memberStatesByIso3: LoaderSource<string, MemberState> = {
    batchLoad: async (codes) =>
      alignToKeys(codes, await this.states.findBy({ iso3: In([...codes]) }), (s) => s.iso3),
  };

  /** Member States of each regional organisation, for DataLoaders. */
  readonly membersByOrganisation: LoaderSource<string, MemberState[]> = {
    batchLoad: async (codes) => {
      const rows = await this.members.find({
        where: { organisationCode: In([...codes]) },
        relations: { state: true },
        order: { stateIso3: 'ASC' },
      });
      return groupToKeys(codes, rows, (r) => r.organisationCode).map((list) => list.map((r) => r.state));
    },
  };

  /** MOSAIC modules by code, for DataLoaders. */
  readonly mosaicModulesByCode: LoaderSource<string, MosaicModule> = {
    batchLoad: async (codes) =>
      alignToKeys(codes, await this.modules.findBy({ code: In([...codes]) }), (m) => m.code),
  };

  /** Regional organisations and UN regional centres by code, for DataLoaders. */
  readonly regionalOrganisationsByCode: LoaderSource<string, RegionalOrganisation> = {
    batchLoad: async (codes) => alignToKeys(codes, await this.organisations.findBy({ code: In([...codes]) }), (o) => o.code),
  };

  readonly thematicAreasByCode: LoaderSource<string, ThematicArea> = {
    batchLoad: async (codes) => alignToKeys(codes, await this.areas.findBy({ code: In([...codes]) }), (a) => a.code),
  };

  readonly assistanceTypesByCode: LoaderSource<string, AssistanceType> = {
    batchLoad: async (codes) => alignToKeys(codes, await this.types.findBy({ code: In([...codes]) }), (t) => t.code),
  };

  constructor(
    @InjectRepository(MemberState) private readonly states: Repository<MemberState>,
    @InjectRepository(RegionalOrganisation) private readonly organisations: Repository<RegionalOrganisation>,
    @InjectRepository(RegionalOrganisationMember) private readonly members: Repository<RegionalOrganisationMember>,
    @InjectRepository(ThematicArea) private readonly areas: Repository<ThematicArea>,
    @InjectRepository(MosaicModule) private readonly modules: Repository<MosaicModule>,
    @InjectRepository(AssistanceType) private readonly types: Repository<AssistanceType>,
    @InjectRepository(Currency) private readonly currencies: Repository<Currency>,
  ) {}

  listMemberStates(filter: MemberStateFilter = {}): Promise<MemberState[]> {
    const query = this.states.createQueryBuilder('s').orderBy('s.iso3');
    if (filter.regionCode) query.andWhere('s.m49_region_code = :region', { region: filter.regionCode });
    if (filter.subregionCode) query.andWhere('s.m49_subregion_code = :sub', { sub: filter.subregionCode });
    if (filter.regionalOrganisationCode) {
      query.andWhere(
        's.iso3 IN (SELECT state_iso3 FROM regional_organisation_member WHERE organisation_code = :org)',
        { org: filter.regionalOrganisationCode },
      );
    }
    return query.getMany();
  }

  findMemberState(iso3: string): Promise<MemberState | null> {
    return this.states.findOneBy({ iso3: iso3.toUpperCase() });
  }

  listRegionalOrganisations(kind?: RegionalOrganisationKind): Promise<RegionalOrganisation[]> {
    return this.organisations.find({ where: kind ? { kind } : {}, order: { code: 'ASC' } });
  }

  findRegionalOrganisation(code: string): Promise<RegionalOrganisation | null> {
    return this.organisations.findOneBy({ code });
  }

  listThematicAreas(): Promise<ThematicArea[]> {
    return this.areas.find({ order: { sortOrder: 'ASC' } });
  }

  listMosaicModules(): Promise<MosaicModule[]> {
    return this.modules.find({ order: { code: 'ASC' } });
  }

  listAssistanceTypes(): Promise<AssistanceType[]> {
    return this.types.find({ order: { sortOrder: 'ASC' } });
  }

  listCurrencies(): Promise<Currency[]> {
    return this.currencies.find({ order: { code: 'ASC' } });
  }

  findCurrency(code: string): Promise<Currency | null> {
    return this.currencies.findOneBy({ code });
  }

  /** Every known taxonomy and currency code, to check many records without a query each. */
  async codeSets(): Promise<{
    thematicAreas: Set<string>;
    assistanceTypes: Set<string>;
    mosaicModules: Set<string>;
    currencies: Set<string>;
  }> {
    const [areas, types, modules, currencies] = await Promise.all([
      this.areas.find({ select: { code: true } }),
      this.types.find({ select: { code: true } }),
      this.modules.find({ select: { code: true } }),
      this.currencies.find({ select: { code: true } }),
    ]);
    return {
      thematicAreas: new Set(areas.map((a) => a.code)),
      assistanceTypes: new Set(types.map((t) => t.code)),
      mosaicModules: new Set(modules.map((m) => m.code)),
      currencies: new Set(currencies.map((c) => c.code)),
    };
  }

  /** Codes of places: Member States, every M49 area they are in, and regional organisations. */
  async placeCodes(): Promise<{ states: Set<string>; m49Areas: Set<string>; regionalOrganisations: Set<string> }> {
    const [states, organisations] = await Promise.all([this.states.find(), this.organisations.find({ select: { code: true } })]);
    const areas = new Set<string>();
    for (const s of states) {
      areas.add(s.m49RegionCode);
      areas.add(s.m49SubregionCode);
      if (s.m49IntermediateRegionCode) areas.add(s.m49IntermediateRegionCode);
    }
    return {
      states: new Set(states.map((s) => s.iso3)),
      m49Areas: areas,
      regionalOrganisations: new Set(organisations.map((o) => o.code)),
    };
  }

  /** Refuses, naming `field`, any code that is not a Member State. */
  async assertMemberStates(field: string, codes: string[]): Promise<void> {
    await this.assertKnown(field, codes, 'memberStateIso3', async (c) =>
      (await this.states.findBy({ iso3: In(c) })).map((s) => s.iso3),
    );
  }

  async assertThematicAreas(field: string, codes: string[]): Promise<void> {
    await this.assertKnown(field, codes, 'thematicArea', async (c) =>
      (await this.areas.findBy({ code: In(c) })).map((a) => a.code),
    );
  }

  async assertAssistanceTypes(field: string, codes: string[]): Promise<void> {
    await this.assertKnown(field, codes, 'assistanceType', async (c) =>
      (await this.types.findBy({ code: In(c) })).map((t) => t.code),
    );
  }

  async assertCurrency(field: string, code: string): Promise<void> {
    await this.assertKnown(field, [code], 'currency', async (c) =>
      (await this.currencies.findBy({ code: In(c) })).map((x) => x.code),
    );
  }

  private async assertKnown(
    field: string,
    codes: string[],
    kind: 'memberStateIso3' | 'thematicArea' | 'assistanceType' | 'currency',
    found: (codes: string[]) => Promise<string[]>,
  ): Promise<void> {
    const unique = [...new Set(codes)];
    if (!unique.length) return;
    const known = new Set(await found(unique));
    const unknown = unique.filter((c) => !known.has(c));
    if (unknown.length) {
      throw new BadUserInputError(problemAt(field, reason('field.unknownCodes', { kind, codes: unknown })));
    }
  }
}
