import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '#libs/core';
import { ContributionKind, ContributionStatus } from '../contribution.enums.js';
import type { Contribution } from '../../entities/contribution.entity.js';
import type { OutcomeReport } from '../../entities/outcome-report.entity.js';
import type { FundingWithUsd } from '../funding.service.js';

@ObjectType('TrancheFunding')
export class TrancheFundingView {
  @Field(() => Int) number: number;
  @Field() title: string;
  @Field(() => DecimalScalar) target: string;
  @Field(() => DecimalScalar, { description: 'Committed to this tranche (committed, disbursed or reported).' }) committed: string;
  @Field(() => DecimalScalar, { description: 'Committed to the proposal as a whole and counted here: such money fills the tranches in order.' })
  allocated: string;
  @Field(() => DecimalScalar) disbursed: string;
  @Field(() => DecimalScalar, { description: 'Still to commit to it: target - committed - allocated, never below zero.' }) gap: string;
  @Field({ description: 'Its gap is zero.' }) funded: boolean;
}

@ObjectType('ProposalFunding', {
  description: "Target, committed, disbursed and gap, in the proposal's currency and in US dollars. Only committed and later count as funded.",
})
export class FundingView {
  @Field() currency: string;
  @Field(() => DecimalScalar) target: string;
  @Field(() => DecimalScalar) committed: string;
  @Field(() => DecimalScalar, { description: 'Disbursed (paid or delivered), reported included.' }) disbursed: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Intents and pledges: promised, not committed (the parties only; null for others).' })
  promised: string | null;
  @Field(() => DecimalScalar, { description: "The sum of the tranches' gaps: what is still to commit for every tranche to be covered." }) gap: string;
  @Field(() => DecimalScalar, { description: 'Committed beyond what covers the tranches (when over-funding is allowed).' }) overFunded: string;
  @Field({ description: 'Every tranche is covered: the proposal reads FUNDED only then.' }) funded: boolean;
  @Field(() => DecimalScalar, { description: 'Committed to the proposal as a whole rather than a tranche.' }) unallocated: string;
  @Field(() => DecimalScalar, { nullable: true }) targetUsd: string | null;
  @Field(() => DecimalScalar, { nullable: true }) committedUsd: string | null;
  @Field(() => DecimalScalar, { nullable: true }) disbursedUsd: string | null;
  @Field(() => DecimalScalar, { nullable: true }) gapUsd: string | null;
  @Field(() => [TrancheFundingView]) tranches: TrancheFundingView[];

  static from(f: Omit<FundingWithUsd, 'promised'> & { promised: string | null }): FundingView {
    return Object.assign(new FundingView(), f);
  }
}

@ObjectType('Contribution', { description: "A line of the ledger: a donor's intent, pledge, commitment, disbursement or report." })
export class ContributionView {
  @Field(() => ID) id: string;
  @Field(() => ID) proposalId: string;
  @Field(() => ID) organisationId: string;
  @Field(() => ContributionStatus) status: ContributionStatus;
  @Field(() => ContributionKind) kind: ContributionKind;
  @Field(() => DecimalScalar, { description: "In the proposal's currency." }) amount: string;
  @Field() currency: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Int, { nullable: true, description: 'The tranche it funds; null: the whole proposal.' }) trancheNumber: number | null;
  @Field(() => ID, { nullable: true }) offerId: string | null;
  @Field(() => ID, { nullable: true, description: 'The GIS meeting where it was said.' }) meetingId: string | null;
  @Field(() => String, { nullable: true }) cancelReason: string | null;
  @Field() statusChangedAt: Date;
  @Field() createdAt: Date;
  @Field(() => Int) version: number;

  static from(c: Contribution, currency: string): ContributionView {
    return Object.assign(new ContributionView(), {
      id: c.id,
      proposalId: c.proposalId,
      organisationId: c.organisationId,
      status: c.status,
      kind: c.kind,
      amount: c.amount,
      currency,
      description: c.description,
      trancheNumber: c.trancheNumber,
      offerId: c.offerId,
      meetingId: c.meetingId,
      cancelReason: c.cancelReason,
      statusChangedAt: c.statusChangedAt,
      createdAt: c.createdAt,
      version: c.version,
    });
  }
}

@ObjectType('OutcomeReport')
export class OutcomeReportView {
  @Field(() => ID) id: string;
  @Field(() => ID) organisationId: string;
  @Field() summary: string;
  @Field(() => String, { nullable: true }) documentUrl: string | null;
  @Field() submittedAt: Date;

  static from(r: OutcomeReport): OutcomeReportView {
    return Object.assign(new OutcomeReportView(), {
      id: r.id,
      organisationId: r.organisationId,
      summary: r.summary,
      documentUrl: r.documentUrl,
      submittedAt: r.submittedAt,
    });
  }
}
