import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { MatchStatus } from '../match.enums.js';

@InputType()
export class MatchFilter {
  @Field(() => [MatchStatus], { nullable: true, description: 'Default: the live ones (suggested, confirmed and interests).' })
  statuses?: MatchStatus[] | null;
  @Field(() => Float, { nullable: true, description: 'Lowest score, from 0 to 1.' }) minScore?: number | null;
  @Field(() => [String], { nullable: true, description: "The needs' States (ISO alpha-3)." }) states?: string[] | null;
  @Field(() => [ID], { nullable: true, description: "The offers' donor organisations." }) organisations?: string[] | null;
  @Field(() => [String], { nullable: true, description: "The needs' thematic areas (any of)." }) thematicAreas?: string[] | null;
  @Field(() => String, { nullable: true, description: 'The needs\' States in this M49 region, e.g. "002" (Africa).' }) regionCode?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only strong suggestions (score at or above MATCH_STRONG_SCORE).' })
  strongOnly?: boolean | null;
}

export enum MatchSort {
  SCORE = 'SCORE',
  NEWEST = 'NEWEST',
  OLDEST_IN_STATUS = 'OLDEST_IN_STATUS',
}
registerEnumType(MatchSort, { name: 'MatchSort' });

/** The arguments of every list of matches: the filter, the sort and a page. */
@ArgsType()
export class MatchPageArgs {
  @Field(() => MatchFilter, { nullable: true }) filter?: MatchFilter;
  @Field(() => MatchSort, { nullable: true, description: 'Default SCORE (best first).' }) sort?: MatchSort;
  @Field(() => Int, { nullable: true }) first?: number;
  @Field({ nullable: true }) after?: string;
}

@InputType()
export class MatchDecisionInput {
  @Field(() => ID) matchId: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
  @Field(() => String, { nullable: true, description: 'Why (required to dismiss).' }) reason?: string | null;
}

export enum MatchModerationAction {
  CONFIRM = 'CONFIRM',
  DISMISS = 'DISMISS',
}
registerEnumType(MatchModerationAction, { name: 'MatchModerationAction' });

@InputType()
export class ModerateMatchesInput {
  @Field(() => [ID]) matchIds: string[];
  @Field(() => MatchModerationAction) action: MatchModerationAction;
  @Field(() => String, { nullable: true, description: 'Why (required to dismiss).' }) reason?: string | null;
}

@InputType()
export class ExpressInterestInput {
  @Field(() => ID) needId: string;
  @Field(() => ID, { description: "One of your organisation's published offers." }) offerId: string;
  @Field(() => String, { nullable: true, description: 'A word to the requesting State (up to 2000 characters).' }) message?: string | null;
}
