import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, DecimalScalar } from '#libs/core';
import type { ProposalMessage } from '../../entities/proposal-message.entity.js';
import { ChangeKind, type RevisionDiff } from '../../proposals/revision-diff.js';

@ObjectType('ProposalMessage', { description: 'A message in the deal room of a proposal.' })
export class ProposalMessageView {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The party the author wrote for.' }) organisationId: string;
  @Field(() => ID, { nullable: true }) authorUserId: string | null;
  @Field() body: string;
  @Field(() => ID, { nullable: true, description: 'The revision it is about (the note of a proposed revision).' }) revisionId: string | null;
  @Field() createdAt: Date;

  static from(m: ProposalMessage): ProposalMessageView {
    return Object.assign(new ProposalMessageView(), {
      id: m.id,
      organisationId: m.organisationId,
      authorUserId: m.authorUserId,
      body: m.body,
      revisionId: m.revisionId,
      createdAt: m.createdAt,
    });
  }
}

@ObjectType('ProposalMessageConnection')
export class ProposalMessageConnection extends Connection(ProposalMessageView, 'ProposalMessage') {}

@ObjectType('RevisionChange', { description: 'A tranche or budget line added, removed or changed (line null: the tranche itself).' })
export class RevisionChangeView {
  @Field(() => ChangeKind) kind: ChangeKind;
  @Field(() => Int) tranche: number;
  @Field(() => String, { nullable: true }) line: string | null;
  @Field(() => String, { nullable: true }) titleBefore: string | null;
  @Field(() => String, { nullable: true }) titleAfter: string | null;
  @Field(() => DecimalScalar, { nullable: true }) before: string | null;
  @Field(() => DecimalScalar, { nullable: true }) after: string | null;
  @Field(() => DecimalScalar, { description: 'after - before.' }) delta: string;
  @Field(() => [ID], { description: 'For the tranche itself: needs it now carries and did not.' }) needsAdded: string[];
  @Field(() => [ID], { description: 'For the tranche itself: needs it no longer carries.' }) needsRemoved: string[];
}

@ObjectType('RevisionDiff', { description: 'How a revision differs from the one it was based on.' })
export class RevisionDiffView {
  @Field(() => Int) basedOn: number;
  @Field() scopeChanged: boolean;
  @Field(() => DecimalScalar) totalBefore: string;
  @Field(() => DecimalScalar) totalAfter: string;
  @Field(() => DecimalScalar) totalDelta: string;
  @Field(() => [RevisionChangeView]) changes: RevisionChangeView[];

  static from(basedOn: number, diff: RevisionDiff): RevisionDiffView {
    return Object.assign(new RevisionDiffView(), { basedOn, ...diff });
  }
}
