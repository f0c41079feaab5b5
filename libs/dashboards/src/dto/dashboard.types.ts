import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, DecimalScalar, LocalDateScalar } from '#libs/core';
import { FlowStage, FundingDimension } from '../dashboard.enums.js';

@ObjectType('CoverageCell', { description: 'One thematic area in one region: the published needs and the offers that could fit them.' })
export class CoverageCellView {
  @Field() thematicAreaCode: string;
  @Field() thematicAreaName: string;
  @Field() regionCode: string;
  @Field() regionName: string;
  @Field(() => Int, { description: 'Published needs naming the area, of States in the region (a need naming two areas counts in both).' })
  needs: number;
  @Field(() => DecimalScalar, { description: 'Their budgets in USD (as stored with each need, at its rate date).' })
  needsBudgetUsd: string;
  @Field(() => Int, { description: 'Published offers, window open, covering the area and eligible for some State of the region.' })
  fittingOffers: number;
  @Field(() => DecimalScalar, { description: 'What remains of those offers, in USD.' })
  offersRemainingUsd: string;
}

@ObjectType('UnmetNeed', { description: 'A published need no visible offer fits.' })
export class UnmetNeedView {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() stateIso3: string;
  @Field() stateName: string;
  @Field(() => [String]) thematicAreaCodes: string[];
  @Field(() => DecimalScalar, { nullable: true }) budgetUsd: string | null;
  @Field(() => DateTimeScalar) publishedAt: Date;
}

@ObjectType('CoverageDashboard', { description: 'Needs against offers by thematic area and region (docs/DASHBOARDS.md).' })
export class CoverageDashboardView {
  @Field(() => [CoverageCellView], { description: 'Cells with a need or an offer, by thematic area then region.' }) cells: CoverageCellView[];
  @Field(() => Int, { description: 'Published needs you may see (each once).' }) needs: number;
  @Field(() => Int, { description: 'Of those, the needs no visible offer fits.' }) unmetCount: number;
  @Field(() => [UnmetNeedView], { description: 'The first of them, longest published first.' }) unmet: UnmetNeedView[];
  @Field(() => LocalDateScalar, { description: "The day offers' windows are read on." }) asOf: string;
}

@ObjectType('FundingRow', { description: "Money of one group (or of all), in USD at the rates in force on the dashboard's day." })
export class FundingRowView {
  @Field(() => String, { nullable: true, description: "The group's code (area code, M49 region, ISO3, year); null: needs with none, or the total." })
  key: string | null;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => DecimalScalar, { description: 'Budgets of published (and later) needs.' }) requestedUsd: string;
  @Field(() => DecimalScalar, { description: 'Pledged and later (pledges only where you are a party).' }) pledgedUsd: string;
  @Field(() => DecimalScalar, { description: 'Committed and later: what counts as funded.' }) committedUsd: string;
  @Field(() => DecimalScalar, { description: 'Disbursed (and reported).' }) disbursedUsd: string;
  @Field(() => DecimalScalar, { description: 'Pledged less disbursed: the pledge-to-disbursement gap.' }) gapUsd: string;
}

@ObjectType('FundingDashboard', { description: 'Requested, pledged, committed and disbursed, by a dimension (docs/DASHBOARDS.md).' })
export class FundingDashboardView {
  @Field(() => FundingDimension) dimension: FundingDimension;
  @Field(() => [FundingRowView]) rows: FundingRowView[];
  @Field(() => FundingRowView) total: FundingRowView;
  @Field(() => LocalDateScalar, { description: 'The day whose rates convert the amounts.' }) asOf: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The latest effective date among the rates used (null: all in USD).' })
  rateDate: string | null;
}

@ObjectType('FlowStageFigures', { description: 'How long one step took, in days, over the records that made it.' })
export class FlowStageView {
  @Field(() => FlowStage) stage: FlowStage;
  @Field(() => Int, { description: 'Records timed.' }) count: number;
  @Field(() => DecimalScalar, { nullable: true, description: 'First quartile, days (2 decimals).' }) q1Days: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Median, days.' }) medianDays: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Third quartile, days.' }) q3Days: string | null;
}

@ObjectType('FlowDashboard', { description: 'Time from submission to funding, and needs that expired unmatched (docs/DASHBOARDS.md).' })
export class FlowDashboardView {
  @Field(() => [FlowStageView]) stages: FlowStageView[];
  @Field(() => Int, { description: 'Needs ever published that you may see.' }) publishedNeeds: number;
  @Field(() => Int, { description: 'Of those, expired without ever being matched.' }) expiredUnmatched: number;
  @Field(() => DecimalScalar, { nullable: true, description: 'expiredUnmatched / publishedNeeds (4 decimals); null when none.' })
  expiredUnmatchedShare: string | null;
}
