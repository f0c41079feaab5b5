import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DecimalScalar } from '#libs/core';
import { ContributionKind, ContributionStatus } from '../contribution.enums.js';

@InputType()
export class RecordContributionInput {
  @Field(() => ID) proposalId: string;
  @Field(() => ID, { nullable: true, description: 'The donor organisation; left out, your own (if you act for one).' })
  organisationId?: string | null;
  @Field(() => ContributionStatus, { nullable: true, description: 'INTENT, PLEDGED (default) or COMMITTED. UNODA records intents only.' })
  status?: ContributionStatus | null;
  @Field(() => DecimalScalar, { description: "In the proposal's currency; for help in kind, its value." }) amount: string;
  @Field(() => String, { nullable: true, description: "ISO 4217; if given it must be the proposal's currency." }) currency?: string | null;
  @Field(() => ContributionKind, { nullable: true, description: 'MONEY (default) or IN_KIND.' }) kind?: ContributionKind | null;
  @Field(() => String, { nullable: true, description: 'What is given (required in kind).' }) description?: string | null;
  @Field(() => Int, { nullable: true, description: 'The tranche it funds; left out, the proposal as a whole.' }) trancheNumber?: number | null;
  @Field(() => ID, { nullable: true, description: "One of the donor's offers to draw on: commitment reduces what remains of it." })
  offerId?: string | null;
}

@InputType()
export class ContributionTransitionInput {
  @Field(() => ID) contributionId: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
  @Field(() => String, { nullable: true, description: 'Why (required to cancel).' }) reason?: string | null;
}

@InputType()
export class RedirectContributionInput {
  @Field(() => ID) contributionId: string;
  @Field(() => ID, { description: 'The proposal to give it to instead (same currency).' }) toProposalId: string;
}

@InputType()
export class SubmitOutcomeReportInput {
  @Field(() => ID) proposalId: string;
  @Field(() => ID, { nullable: true, description: 'The party you report for; left out, your own among the parties.' }) organisationId?: string | null;
  @Field({ description: 'What was done and achieved.' }) summary: string;
  @Field(() => String, { nullable: true, description: 'A link to the full report.' }) documentUrl?: string | null;
}
