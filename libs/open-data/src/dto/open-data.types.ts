import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('OpenDataLicence', { description: 'The licence of the open data (downloads and IATI files), as the operator sets it.' })
export class OpenDataLicenceView {
  @Field({ description: 'SPDX identifier, e.g. CC-BY-4.0.' }) id: string;
  @Field({ description: 'Where the licence is read.' }) url: string;
}

@ObjectType('OpenData', { description: 'What the open-data page says: the licence and where the IATI activity file is published.' })
export class OpenDataView {
  @Field(() => OpenDataLicenceView) licence: OpenDataLicenceView;
  @Field({ description: 'The IATI 2.03 activity file of every published proposal the caller may see (absolute when PUBLIC_URL is set, else a path).' })
  iatiActivitiesUrl: string;
  @Field({ description: "One proposal's file: this with {id} replaced by the proposal's id." }) iatiActivityUrlTemplate: string;
  @Field({ description: 'The IATI organisation identifier of the publisher; it prefixes every iati-identifier.' }) iatiReportingOrgRef: string;
  @Field({ description: 'The name of the publisher.' }) iatiReportingOrgName: string;
}
