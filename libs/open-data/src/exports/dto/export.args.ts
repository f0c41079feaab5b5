import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Language } from '#libs/core';
import { DashboardFilter, FundingDimension } from '#libs/dashboards';
import { MatchFilter, MatchSort } from '#libs/matching';
import { NeedFilter, NeedSort } from '#libs/needs';
import { OfferFilter, OfferSort } from '#libs/offers';
import { ProposalFilter, ProposalSort } from '#libs/proposals';
import { ExportFormat } from './export.types.js';

/** What every export asks: the file's format and the language of its headers and names. */
@ArgsType()
export class ExportArgs {
  @Field(() => ExportFormat) format: ExportFormat;
  @Field(() => Language, { nullable: true, description: "Language of the headers and names; default the user's, else English." }) lang?: Language;
}

/** A list's export takes the list's own arguments (`needs`, `offers`, ...), paging aside. */
@ArgsType()
export class ExportNeedsArgs extends ExportArgs {
  @Field(() => NeedFilter, { nullable: true }) filter?: NeedFilter;
  @Field({ nullable: true }) search?: string;
  @Field(() => NeedSort, { nullable: true }) sort?: NeedSort;
}

@ArgsType()
export class ExportOffersArgs extends ExportArgs {
  @Field(() => OfferFilter, { nullable: true }) filter?: OfferFilter;
  @Field({ nullable: true }) search?: string;
  @Field(() => OfferSort, { nullable: true }) sort?: OfferSort;
}

@ArgsType()
export class ExportMatchesArgs extends ExportArgs {
  @Field(() => MatchFilter, { nullable: true }) filter?: MatchFilter;
  @Field(() => MatchSort, { nullable: true }) sort?: MatchSort;
}

@ArgsType()
export class ExportProposalsArgs extends ExportArgs {
  @Field(() => ProposalFilter, { nullable: true }) filter?: ProposalFilter;
  @Field(() => ProposalSort, { nullable: true }) sort?: ProposalSort;
}

@ArgsType()
export class ExportContributionsArgs extends ExportArgs {
  @Field(() => ID) proposalId: string;
}

@ArgsType()
export class ExportDashboardArgs extends ExportArgs {
  @Field(() => DashboardFilter, { nullable: true }) filter?: DashboardFilter;
}

@ArgsType()
export class ExportFundingDashboardArgs extends ExportDashboardArgs {
  @Field(() => FundingDimension) dimension: FundingDimension;
}
