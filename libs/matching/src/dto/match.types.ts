import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '#libs/core';
import type { Match } from '../entities/match.entity.js';
import type { MatchRun } from '../entities/match-run.entity.js';
import { MatchCriterionName, MatchOrigin, MatchRunStatus, MatchRunTrigger, MatchStatus } from '../match.enums.js';
import type { Explanation } from '../scoring/explanation.js';
import { EligibilityBasis, HardFilter } from '../scoring/score.js';

@ObjectType('MatchCriterionScore', { description: 'One weighted criterion of a match: its share, score and reason.' })
export class MatchCriterionView {
  @Field(() => MatchCriterionName) criterion: MatchCriterionName;
  @Field(() => Float, { description: 'Share of all weights, from 0 to 1.' }) weight: number;
  @Field(() => Float, { description: 'From 0 to 1.' }) score: number;
  @Field(() => Float, { description: 'weight x score: what it adds to the total.' }) contribution: number;
  @Field({ description: 'Why, in the language asked.' }) explanation: string;
  @Field(() => [String], { description: 'Codes in common (thematic areas, MOSAIC modules, assistance types, languages).' }) codes: string[];
  @Field(() => [String], { description: 'Assistance types the need asks for and the offer does not give.' }) missingCodes: string[];
}

@ObjectType('MatchEligibility', { description: "Why the need's State may benefit from the offer." })
export class MatchEligibilityView {
  @Field(() => EligibilityBasis) basis: EligibilityBasis;
  @Field(() => [String], {
    description:
      'What the offer names that makes the State eligible: the State (ISO alpha-3), regional organisations or M49 areas; none when it is open everywhere.',
  })
  codes: string[];
  @Field({ description: 'Why, in the language asked, with names.' }) explanation: string;
}

@ObjectType('MatchExplanation', { description: 'Why the engine scored a match as it did, in the language asked.' })
export class MatchExplanationView {
  @Field({ description: 'The score in a word, what the offer does not cover, and the criteria that fit well.' }) summary: string;
  @Field(() => HardFilter, { nullable: true, description: 'The condition the pair fails, when it is not (or no longer) a match.' })
  failedFilter: HardFilter | null;
  @Field(() => MatchEligibilityView, { nullable: true, description: 'Why the State is eligible (null when the pair is not a match).' })
  eligibility: MatchEligibilityView | null;
  @Field(() => [MatchCriterionView]) criteria: MatchCriterionView[];

  static from(explanation: Explanation): MatchExplanationView {
    return Object.assign(new MatchExplanationView(), {
      summary: explanation.summary,
      failedFilter: explanation.failedFilter,
      eligibility: explanation.eligibility && Object.assign(new MatchEligibilityView(), explanation.eligibility),
      criteria: explanation.criteria.map((c) => Object.assign(new MatchCriterionView(), { ...c, criterion: c.criterion.toUpperCase() as MatchCriterionName })),
    });
  }
}

@ObjectType('Match', { description: 'A need and an offer, with the score and why.' })
export class MatchView {
  entity: Match;

  @Field(() => ID) id: string;
  @Field(() => ID) needId: string;
  @Field(() => ID) offerId: string;
  @Field(() => MatchStatus) status: MatchStatus;
  @Field(() => MatchOrigin) origin: MatchOrigin;
  @Field(() => Float, { nullable: true, description: 'From 0 to 1; null when the pair fails a hard filter.' }) score: number | null;
  @Field({
    description:
      'Whether the pair passes the hard filters (as last scored; a suggestion of an offer whose window has ended reads as withdrawn and not fitting).',
  })
  fits: boolean;
  @Field({ description: 'Score at or above MATCH_STRONG_SCORE.' }) strong: boolean;
  @Field(() => String, { nullable: true, description: 'Why UNODA dismissed it, or why the State declined the interest.' }) reason: string | null;
  @Field(() => String, { nullable: true, description: "The donor's word with its interest." }) interestMessage: string | null;
  @Field() statusChangedAt: Date;
  @Field({ description: 'When the engine last scored it.' }) scoredAt: Date;
  @Field() createdAt: Date;
  @Field(() => Int) version: number;
}

@ObjectType('MatchConnection')
export class MatchConnection extends Connection(MatchView, 'Match', { totalCount: 'How many matches the filters select (counted when asked).' }) {}

@ObjectType('MatchRun', { description: 'A full rematch: every published need scored again.' })
export class MatchRunView {
  @Field(() => ID) id: string;
  @Field(() => MatchRunStatus) status: MatchRunStatus;
  @Field(() => MatchRunTrigger) trigger: MatchRunTrigger;
  @Field(() => Int) needsTotal: number;
  @Field(() => Int) needsDone: number;
  @Field(() => Float, { description: 'needsDone / needsTotal, from 0 to 1.' }) progress: number;
  @Field(() => Int, { description: 'Match rows the run changed.' }) matchesChanged: number;
  @Field({ description: 'The weights and limits it ran with, as JSON.' }) settings: string;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field() startedAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;

  static from(run: MatchRun): MatchRunView {
    return Object.assign(new MatchRunView(), {
      id: run.id,
      status: run.status,
      trigger: run.trigger,
      needsTotal: run.needsTotal,
      needsDone: run.needsDone,
      progress: run.needsTotal ? Math.min(1, run.needsDone / run.needsTotal) : run.status === MatchRunStatus.COMPLETED ? 1 : 0,
      matchesChanged: run.matchesChanged,
      settings: JSON.stringify(run.settings),
      error: run.error,
      startedAt: run.startedAt,
      updatedAt: run.updatedAt,
      finishedAt: run.finishedAt,
    });
  }
}
