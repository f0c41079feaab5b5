import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DecimalScalar, LocalDateScalar } from '#libs/core';
import { ProposalStatus } from '../proposal.enums.js';

@InputType()
export class BudgetLineInput {
  @Field() description: string;
  @Field(() => DecimalScalar, { description: "Exact amount in the proposal's currency." }) amount: string;
}

@InputType()
export class TrancheInput {
  @Field() title: string;
  @Field(() => [BudgetLineInput]) lines: BudgetLineInput[];
  @Field(() => [ID], {
    nullable: true,
    description: "The proposal's needs this tranche carries: a need is funded when the tranches that carry it are. A need no tranche names is carried by all.",
  })
  needIds?: string[] | null;
}

/** The content of a proposal; on edits, a field left out keeps its value. */
@InputType({ isAbstract: true })
export class ProposalContentFields {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => String, { nullable: true, description: 'The scope of work: activities, outputs, who does what.' }) scope?: string | null;
  @Field(() => String, { nullable: true }) implementingAgency?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217 code: one currency for the whole proposal.' }) currency?: string | null;
  @Field(() => [TrancheInput], { nullable: true, description: 'Tranches in order (numbered from 1), each with its budget lines.' })
  tranches?: TrancheInput[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Ask the regional centre for a technical review after endorsement.' })
  technicalReview?: boolean | null;
  @Field(() => LocalDateScalar, { nullable: true }) reviewDeadline?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Past this date, a proposal not yet funded expires.' }) fundingDeadline?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Allow commitments beyond the target (default no).' }) allowOverFunding?: boolean | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The UN regional centre that reviews it and is a party (UNREC, UNLIREC, UNRCPD; it must have its organisation on the platform). Left out: the centre of the requesting States' region, when they share one.",
  })
  regionalCentreCode?: string | null;
}

/** A new proposal: the content readProposalContent requires is required here too (edits keep what is absent). */
@InputType()
export class CompileProposalInput extends ProposalContentFields {
  @Field(() => [ID], { description: 'Published needs: one State, or several for a regional proposal.' }) needIds: string[];
  @Field(() => String) declare title: string;
  @Field(() => String) declare summary: string;
  @Field(() => String, { description: 'The scope of work: activities, outputs, who does what.' }) declare scope: string;
  @Field(() => String) declare implementingAgency: string;
  @Field(() => String, { description: 'ISO 4217 code: one currency for the whole proposal.' }) declare currency: string;
  @Field(() => [TrancheInput], { description: 'Tranches in order (numbered from 1), each with its budget lines.' }) declare tranches: TrancheInput[];
  @Field(() => [ID], { nullable: true, description: 'Donor organisations interested from the start (parties).' }) donorOrganisationIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Matches of these needs that led to the proposal.' }) matchIds?: string[] | null;
}

@InputType()
export class UpdateProposalDraftInput extends ProposalContentFields {
  @Field(() => ID) proposalId: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => [ID], { nullable: true, description: 'The needs it carries, replacing the current list.' }) needIds?: string[] | null;
}

@InputType()
export class ProposalTransitionInput {
  @Field(() => ID) proposalId: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
  @Field(() => String, { nullable: true, description: 'Why (required to return, decline, withdraw or hold).' }) reason?: string | null;
}

@InputType()
export class AddProposalDocumentInput {
  @Field(() => ID) proposalId: string;
  @Field({ description: 'A name already used adds the next version of that document.' }) name: string;
  @Field({ description: 'Where the file is (http or https).' }) url: string;
  @Field(() => String, { nullable: true, description: 'e.g. application/pdf' }) mediaType?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Public: anyone who may see the proposal reads this version. Default: the parties only.' })
  public?: boolean | null;
}

@InputType()
export class SetProposalDocumentPublicInput {
  @Field(() => ID, { description: 'The document version.' }) documentId: string;
  @Field({ description: 'true: anyone who may see the proposal reads it; false: the parties only.' }) public: boolean;
}

@InputType()
export class AddProposalDonorInput {
  @Field(() => ID) proposalId: string;
  @Field(() => ID) organisationId: string;
}

@InputType()
export class ProposalFilter {
  @Field(() => [ProposalStatus], { nullable: true }) statuses?: ProposalStatus[] | null;
  @Field(() => [String], { nullable: true, description: 'Requesting States (ISO alpha-3).' }) states?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Proposals these organisations are parties to.' }) parties?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Only proposals your organisations are parties to.' }) mine?: boolean | null;
}
