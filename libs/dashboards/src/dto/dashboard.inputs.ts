import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'Narrows a dashboard to the needs of one reporting year and/or one region.' })
export class DashboardFilter {
  @Field(() => Int, { nullable: true, description: 'The year of the national report the need came from (else the year it was published).' })
  reportingYear?: number | null;

  @Field(() => String, { nullable: true, description: 'An M49 region code (002 Africa, 019 Americas, 142 Asia, 150 Europe, 009 Oceania).' })
  regionCode?: string | null;
}
