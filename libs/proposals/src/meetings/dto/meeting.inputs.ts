import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DecimalScalar, Language } from '#libs/core';
import { ContributionKind } from '../../funding/contribution.enums.js';
import { MeetingOutcomeAction } from '../meeting.enums.js';

@InputType()
export class ScheduleMeetingInput {
  @Field() title: string;
  @Field() startsAt: Date;
  @Field(() => String, { nullable: true }) location?: string | null;
}

@InputType()
export class AgendaItemInput {
  @Field(() => ID) meetingId: string;
  @Field(() => ID) proposalId: string;
  @Field(() => String, { nullable: true, description: 'What to discuss about it.' }) note?: string | null;
}

@InputType()
export class MeetingIntentInput {
  @Field(() => ID) meetingId: string;
  @Field(() => ID) proposalId: string;
  @Field(() => ID, { nullable: true, description: 'The donor organisation; left out, your own.' }) organisationId?: string | null;
  @Field(() => DecimalScalar, { description: "In the proposal's currency." }) amount: string;
  @Field(() => ContributionKind, { nullable: true }) kind?: ContributionKind | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int, { nullable: true }) trancheNumber?: number | null;
}

@InputType()
export class MeetingOutcomeInput {
  @Field(() => ID) meetingId: string;
  @Field(() => ID) proposalId: string;
  @Field({ description: 'What the meeting concluded.' }) outcome: string;
  @Field(() => MeetingOutcomeAction, { nullable: true, description: 'A step the outcome takes for the proposal (the outcome is its reason).' })
  action?: MeetingOutcomeAction | null;
}

@InputType()
export class EndMeetingInput {
  @Field(() => ID) meetingId: string;
  @Field(() => String, { nullable: true, description: 'Minutes (held), or why (cancelled: required).' }) summary?: string | null;
}

@InputType()
export class MeetingPackInput {
  @Field(() => ID) meetingId: string;
  @Field(() => Language, { nullable: true, description: 'Left out: your language.' }) language?: Language | null;
}
