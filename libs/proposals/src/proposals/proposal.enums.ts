import { registerEnumType } from '@nestjs/graphql';

/** Where a proposal is in its life (see proposal.state-machine.ts for who may move it where). */
export enum ProposalStatus {
  /** Being compiled by UNODA. */
  DRAFT = 'DRAFT',
  /** Waiting for the requesting State(s) to endorse it. */
  AWAITING_ENDORSEMENT = 'AWAITING_ENDORSEMENT',
  /** Returned to UNODA for edits, with reasons (by a State or the regional centre). */
  RETURNED = 'RETURNED',
  /** Endorsed; the UN regional centre gives its technical review. */
  TECHNICAL_REVIEW = 'TECHNICAL_REVIEW',
  OPEN_FOR_FUNDING = 'OPEN_FOR_FUNDING',
  /** A party proposed a revision of scope or budget; nothing committed yet. */
  UNDER_NEGOTIATION = 'UNDER_NEGOTIATION',
  PARTIALLY_FUNDED = 'PARTIALLY_FUNDED',
  FUNDED = 'FUNDED',
  IN_IMPLEMENTATION = 'IN_IMPLEMENTATION',
  /** Implemented; outcome reports given by the State(s) and every funding donor. */
  COMPLETED = 'COMPLETED',
  CLOSED = 'CLOSED',
  WITHDRAWN = 'WITHDRAWN',
  /** A requesting State declined to endorse it. */
  DECLINED = 'DECLINED',
  ON_HOLD = 'ON_HOLD',
  /** Its funding deadline passed before it was funded. */
  EXPIRED = 'EXPIRED',
}
registerEnumType(ProposalStatus, { name: 'ProposalStatus' });

/** What a party is to a proposal. */
export enum ProposalPartyKind {
  /** A requesting State (its NPCs act for it). */
  STATE = 'STATE',
  DONOR = 'DONOR',
  UNODA = 'UNODA',
  /** The UN regional centre of the requesting States' region, for the technical review. */
  REGIONAL_CENTRE = 'REGIONAL_CENTRE',
}
registerEnumType(ProposalPartyKind, { name: 'ProposalPartyKind' });
