import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Language } from '#libs/core';
import type { AgendaItem } from '../../entities/agenda-item.entity.js';
import type { GisMeeting } from '../../entities/gis-meeting.entity.js';
import { MeetingOutcomeAction, MeetingStatus } from '../meeting.enums.js';

@ObjectType('AgendaItem')
export class AgendaItemView {
  @Field(() => Int) position: number;
  @Field(() => ID) proposalId: string;
  @Field(() => String, { nullable: true }) note: string | null;
  // outcome, outcomeAction, outcomeRecordedAt: the proposal's parties' (field resolvers in AgendaItemResolver).
  outcome: string | null;
  outcomeAction: MeetingOutcomeAction | null;
  outcomeRecordedAt: Date | null;

  static from(a: AgendaItem): AgendaItemView {
    return Object.assign(new AgendaItemView(), {
      position: a.position,
      proposalId: a.proposalId,
      note: a.note,
      outcome: a.outcome,
      outcomeAction: a.outcomeAction as MeetingOutcomeAction | null,
      outcomeRecordedAt: a.outcomeRecordedAt,
    });
  }
}

@ObjectType('GisMeeting', { description: 'A meeting of the Group of Interested States.' })
export class MeetingView {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() startsAt: Date;
  @Field(() => String, { nullable: true }) location: string | null;
  @Field(() => MeetingStatus) status: MeetingStatus;
  @Field(() => String, { nullable: true, description: 'Minutes, or why it was cancelled.' }) summary: string | null;
  @Field(() => Int) version: number;

  static from(m: GisMeeting): MeetingView {
    return Object.assign(new MeetingView(), {
      id: m.id,
      title: m.title,
      startsAt: m.startsAt,
      location: m.location,
      status: m.status,
      summary: m.summary,
      version: m.version,
    });
  }
}

@ObjectType('MeetingPack', { description: 'The meeting pack as a standalone HTML document (print it to PDF from a browser).' })
export class MeetingPackView {
  @Field() fileName: string;
  @Field() mediaType: string;
  @Field(() => Language) language: Language;
  @Field() content: string;
}
