import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, DecimalScalar, LocalDateScalar } from '#libs/core';
import { sumDecimals } from '#libs/reference-data';
import type { ProposalDocument } from '../../entities/proposal-document.entity.js';
import type { ProposalParty } from '../../entities/proposal-party.entity.js';
import { RevisionStatus, type ProposalRevision, type Tranche } from '../../entities/proposal-revision.entity.js';
import type { Proposal } from '../../entities/proposal.entity.js';
import { ProposalPartyKind, ProposalStatus } from '../proposal.enums.js';

registerEnumType(RevisionStatus, { name: 'ProposalRevisionStatus' });

@ObjectType('BudgetLine')
export class BudgetLineView {
  @Field() description: string;
  @Field(() => DecimalScalar) amount: string;
}

@ObjectType('Tranche', { description: 'A titled group of budget lines, funded as a unit.' })
export class TrancheView {
  @Field(() => Int) number: number;
  @Field() title: string;
  @Field(() => DecimalScalar) total: string;
  @Field(() => [BudgetLineView]) lines: BudgetLineView[];
  @Field(() => [ID], { description: 'The needs it carries; empty: it carries every need that no tranche names.' }) needIds: string[];

  static from(t: Tranche): TrancheView {
    return Object.assign(new TrancheView(), {
      number: t.number,
      title: t.title,
      total: sumDecimals(t.lines.map((l) => l.amount)),
      lines: t.lines,
      needIds: t.needIds ?? [],
    });
  }
}

@ObjectType('ProposalRevision', { description: 'A version of the scope and budget.' })
export class ProposalRevisionView {
  entity: ProposalRevision;
  // note and proposedByOrganisationId: the parties' (field resolvers in DealRoomResolver).
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field(() => RevisionStatus) status: RevisionStatus;
  @Field() scope: string;
  @Field(() => [TrancheView]) tranches: TrancheView[];
  @Field(() => DecimalScalar) total: string;
  note: string | null;
  proposedByOrganisationId: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) agreedAt: Date | null;

  static from(r: ProposalRevision): ProposalRevisionView {
    return Object.assign(new ProposalRevisionView(), {
      entity: r,
      id: r.id,
      number: r.number,
      status: r.status,
      scope: r.scope,
      tranches: r.tranches.map(TrancheView.from),
      total: r.total,
      note: r.note,
      proposedByOrganisationId: r.proposedByOrganisationId,
      createdAt: r.createdAt,
      agreedAt: r.agreedAt,
    });
  }
}

@ObjectType('ProposalParty')
export class ProposalPartyView {
  @Field(() => ProposalPartyKind) kind: ProposalPartyKind;
  @Field(() => ID) organisationId: string;
  @Field(() => String, { nullable: true }) stateIso3: string | null;
  @Field(() => Date, { nullable: true, description: 'For a requesting State: when it endorsed the proposal.' }) endorsedAt: Date | null;
  @Field() addedAt: Date;

  static from(p: ProposalParty): ProposalPartyView {
    return Object.assign(new ProposalPartyView(), {
      kind: p.kind,
      organisationId: p.organisationId,
      stateIso3: p.stateIso3,
      endorsedAt: p.endorsedAt,
      addedAt: p.addedAt,
    });
  }
}

@ObjectType('ProposalDocument')
export class ProposalDocumentView {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int) version: number;
  @Field() url: string;
  @Field(() => String, { nullable: true }) mediaType: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => ID, { nullable: true }) addedByOrganisationId: string | null;
  @Field() addedAt: Date;
  @Field({ description: 'A party made this version public: anyone who sees the proposal reads it (else the parties only).' }) public: boolean;

  static from(d: ProposalDocument): ProposalDocumentView {
    return Object.assign(new ProposalDocumentView(), {
      id: d.id,
      name: d.name,
      version: d.version,
      url: d.url,
      mediaType: d.mediaType,
      note: d.note,
      addedByOrganisationId: d.addedByOrganisationId,
      addedAt: d.addedAt,
      public: d.public,
    });
  }
}

@ObjectType('Proposal', { description: 'Needs compiled by UNODA into something donors can fund.' })
export class ProposalView {
  entity: Proposal;
  @Field(() => ID) id: string;
  @Field({ description: 'e.g. GIS-2026-0007' }) reference: string;
  @Field() title: string;
  @Field() summary: string;
  @Field() implementingAgency: string;
  @Field() currency: string;
  @Field(() => DecimalScalar, { description: "The current revision's total." }) targetAmount: string;
  @Field(() => ProposalStatus) status: ProposalStatus;
  /** The parties' (field resolver in ProposalsResolver). */
  statusReason: string | null;
  @Field() statusChangedAt: Date;
  @Field() technicalReview: boolean;
  @Field(() => LocalDateScalar, { nullable: true }) reviewDeadline: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) fundingDeadline: string | null;
  @Field() allowOverFunding: boolean;
  @Field(() => String, { nullable: true }) regionalCentreCode: string | null;
  @Field() createdAt: Date;
  @Field(() => Int) version: number;

  static from(p: Proposal): ProposalView {
    return Object.assign(new ProposalView(), {
      entity: p,
      id: p.id,
      reference: p.reference,
      title: p.title,
      summary: p.summary,
      implementingAgency: p.implementingAgency,
      currency: p.currency,
      targetAmount: p.targetAmount,
      status: p.status,
      statusReason: p.statusReason,
      statusChangedAt: p.statusChangedAt,
      technicalReview: p.technicalReview,
      reviewDeadline: p.reviewDeadline,
      fundingDeadline: p.fundingDeadline,
      allowOverFunding: p.allowOverFunding,
      regionalCentreCode: p.regionalCentreCode,
      createdAt: p.createdAt,
      version: p.version,
    });
  }
}

@ObjectType('ProposalConnection')
export class ProposalConnection extends Connection(ProposalView, 'Proposal', { totalCount: 'How many proposals the filters select (counted when asked).' }) {}
