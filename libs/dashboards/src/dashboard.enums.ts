import { registerEnumType } from '@nestjs/graphql';

/** What the funding chart groups by. */
export enum FundingDimension {
  THEMATIC_AREA = 'THEMATIC_AREA',
  /** The M49 region of the need's State. */
  REGION = 'REGION',
  STATE = 'STATE',
  /** The year of the national report the need came from (else the year it was published). */
  REPORTING_YEAR = 'REPORTING_YEAR',
}
registerEnumType(FundingDimension, { name: 'FundingDimension' });

/** A step of a need's way from submission to funding, timed by the flow chart. */
export enum FlowStage {
  SUBMISSION_TO_PUBLICATION = 'SUBMISSION_TO_PUBLICATION',
  PUBLICATION_TO_FIRST_MATCH = 'PUBLICATION_TO_FIRST_MATCH',
  MATCH_TO_PROPOSAL = 'MATCH_TO_PROPOSAL',
  PROPOSAL_TO_FUNDED = 'PROPOSAL_TO_FUNDED',
}
registerEnumType(FlowStage, { name: 'FlowStage' });

/** The order the flow's stages are given in. */
export const FLOW_STAGES: readonly FlowStage[] = [
  FlowStage.SUBMISSION_TO_PUBLICATION,
  FlowStage.PUBLICATION_TO_FIRST_MATCH,
  FlowStage.MATCH_TO_PROPOSAL,
  FlowStage.PROPOSAL_TO_FUNDED,
];

/** Needs without a fitting offer given with the coverage, oldest published first. */
export const UNMET_PAGE = 20;
