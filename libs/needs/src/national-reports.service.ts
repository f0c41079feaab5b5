import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { alignToKeys, ForbiddenError, reason, type AuthUser, type LoaderSource } from '#libs/core';
import { NationalReport } from './entities/national-report.entity.js';
import { canReadNationalReports, needAccess } from './need-access.js';

/** National reports: listed for their State's NPCs and UNODA. */
@Injectable()
export class NationalReportsService {
  readonly byId: LoaderSource<string, NationalReport> = {
    batchLoad: async (ids) => alignToKeys(ids, await this.reports.findBy({ id: In([...ids]) }), (r) => r.id),
  };

  constructor(@InjectRepository(NationalReport) private readonly reports: Repository<NationalReport>) {}

  list(stateIso3: string, viewer: AuthUser): Promise<NationalReport[]> {
    const iso3 = stateIso3.toUpperCase();
    if (!canReadNationalReports(needAccess(viewer), iso3)) {
      throw new ForbiddenError(reason('nationalReport.listForbidden', { state: iso3 }));
    }
    return this.reports.find({ where: { stateIso3: iso3 }, order: { reportingYear: 'DESC', instrument: 'ASC' } });
  }
}
