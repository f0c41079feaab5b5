import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type Repository } from 'typeorm';
import {
  alignToKeys,
  AuditService,
  BadUserInputError,
  ConflictError,
  groupToKeys,
  NotFoundError,
  OrganisationType,
  problemAt,
  reason,
  type LoaderSource,
} from '#libs/core';
import { ReferenceDataService } from '#libs/reference-data';
import type { CreateOrganisationInput } from './dto/identity.inputs.js';
import { Membership } from './entities/membership.entity.js';
import { Organisation } from './entities/organisation.entity.js';

const NEEDS_STATE = new Set([OrganisationType.MEMBER_STATE, OrganisationType.DONOR_GOVERNMENT]);
const MAY_HAVE_REGIONAL_CODE = new Set([OrganisationType.REGIONAL_ORGANISATION, OrganisationType.UN_REGIONAL_CENTRE]);

/** Organisations: created by administrators, read by everyone logged in. */
@Injectable()
export class OrganisationsService {
  readonly byId: LoaderSource<string, Organisation> = {
    batchLoad: async (ids) => alignToKeys(ids, await this.organisations.findBy({ id: In([...ids]) }), (o) => o.id),
  };

  readonly membershipsByOrganisation: LoaderSource<string, Membership[]> = {
    batchLoad: async (ids) =>
      groupToKeys(ids, await this.memberships.find({ where: { organisationId: In([...ids]) }, order: { createdAt: 'ASC' } }), (m) => m.organisationId),
  };

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    private readonly referenceData: ReferenceDataService,
    private readonly audit: AuditService,
  ) {}

  list(type?: OrganisationType): Promise<Organisation[]> {
    return this.organisations.find({ where: type ? { type } : {}, order: { name: 'ASC' } });
  }

  async get(id: string): Promise<Organisation> {
    const organisation = await this.organisations.findOneBy({ id });
    if (!organisation) throw new NotFoundError(reason('organisation.notFound', { id }));
    return organisation;
  }

  async create(input: CreateOrganisationInput, actorUserId: string | null): Promise<Organisation> {
    const stateIso3 = input.stateIso3?.toUpperCase() ?? null;
    const regionalCode = input.regionalOrganisationCode ?? null;
    if (NEEDS_STATE.has(input.type) && !stateIso3) {
      throw new BadUserInputError(problemAt('input.stateIso3', reason('organisation.stateRequired', { organisationType: input.type })));
    }
    if (stateIso3) await this.referenceData.assertMemberStates('input.stateIso3', [stateIso3]);
    if (regionalCode) {
      if (!MAY_HAVE_REGIONAL_CODE.has(input.type)) {
        throw new BadUserInputError(problemAt('input.regionalOrganisationCode', reason('organisation.regionalCodeNotAllowed')));
      }
      if (!(await this.referenceData.findRegionalOrganisation(regionalCode))) {
        throw new BadUserInputError(problemAt('input.regionalOrganisationCode', reason('organisation.unknownRegionalCode', { code: regionalCode })));
      }
    } else if (input.type === OrganisationType.UN_REGIONAL_CENTRE) {
      throw new BadUserInputError(problemAt('input.regionalOrganisationCode', reason('organisation.regionalCodeRequired')));
    }
    return this.dataSource.transaction(async (manager) => {
      if (input.type === OrganisationType.MEMBER_STATE && (await manager.existsBy(Organisation, { type: input.type, stateIso3: stateIso3 ?? '' }))) {
        throw new ConflictError(reason('organisation.stateHasOne', { state: stateIso3 ?? '' }));
      }
      if (await manager.existsBy(Organisation, { name: input.name.trim() })) {
        throw new ConflictError(reason('organisation.nameTaken', { name: input.name.trim() }));
      }
      const organisation = await manager.save(
        manager.create(Organisation, {
          type: input.type,
          name: input.name.trim(),
          acronym: input.acronym?.trim() || null,
          stateIso3,
          regionalOrganisationCode: regionalCode,
        }),
      );
      await this.audit.record(manager, {
        actorUserId,
        action: 'organisation.created',
        entityType: 'organisation',
        entityId: organisation.id,
        data: { type: organisation.type, name: organisation.name, stateIso3, regionalOrganisationCode: regionalCode },
      });
      return organisation;
    });
  }
}
