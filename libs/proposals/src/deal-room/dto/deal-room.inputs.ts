import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { TrancheInput } from '../../proposals/dto/proposal.inputs.js';

@InputType()
export class PostProposalMessageInput {
  @Field(() => ID) proposalId: string;
  @Field({ description: 'Up to 5000 characters.' }) body: string;
}

@InputType()
export class ProposeRevisionInput {
  @Field(() => ID) proposalId: string;
  @Field(() => Int, { description: 'The latest revision number you read: if another was proposed since, you get CONFLICT and nothing is lost.' })
  basedOnRevision: number;
  @Field(() => String, { nullable: true, description: 'The new scope; left out, the agreed scope is kept.' }) scope?: string | null;
  @Field(() => [TrancheInput], { description: 'The whole new budget, tranches in order.' }) tranches: TrancheInput[];
  @Field({ description: 'What changes and why (posted in the deal room).' }) note: string;
}

@InputType()
export class RevisionDecisionInput {
  @Field(() => ID) proposalId: string;
  @Field(() => Int) revision: number;
}
