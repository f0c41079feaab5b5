import { Query, Resolver } from '@nestjs/graphql';
import { AppConfig, Public } from '#libs/core';
import { OpenDataView } from './dto/open-data.types.js';
import { IATI_ACTIVITIES_PATH } from './iati/iati.controller.js';

@Resolver()
export class OpenDataResolver {
  constructor(private readonly config: AppConfig) {}

  @Public()
  @Query(() => OpenDataView, { description: 'The open data: its licence and the IATI endpoint (for the open-data page).' })
  openData(): OpenDataView {
    // PUBLIC_URL, when set, is where people reach the api; unset, a path lets the page use its own origin.
    const base = this.config.PUBLIC_URL ? this.config.publicUrl : '';
    return {
      licence: { id: this.config.OPEN_DATA_LICENCE, url: this.config.openDataLicenceUrl },
      iatiActivitiesUrl: `${base}${IATI_ACTIVITIES_PATH}.xml`,
      iatiActivityUrlTemplate: `${base}${IATI_ACTIVITIES_PATH}/{id}.xml`,
      iatiReportingOrgRef: this.config.IATI_REPORTING_ORG_REF,
      iatiReportingOrgName: this.config.IATI_REPORTING_ORG_NAME,
    };
  }
}
