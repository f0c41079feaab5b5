import { registerEnumType } from '@nestjs/graphql';

/** Where a need is in its life (see need.state-machine.ts for who may move it where). */
export enum NeedStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  PUBLISHED = 'PUBLISHED',
  /** Compiled into a proposal by UNODA: the proposal now carries it to donors. */
  IN_PROPOSAL = 'IN_PROPOSAL',
  PARTIALLY_FUNDED = 'PARTIALLY_FUNDED',
  FUNDED = 'FUNDED',
  CLOSED = 'CLOSED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}
registerEnumType(NeedStatus, {
  name: 'NeedStatus',
  valuesMap: {
    RETURNED: { description: "Returned to the State for edits, with the moderator's reasons." },
    EXPIRED: { description: 'Past its valid-until date without being reconfirmed.' },
  },
});

/** Who may read a published need. */
export enum NeedVisibility {
  /** Anyone, without logging in. */
  PUBLIC = 'PUBLIC',
  /** Logged-in users: States, donors and UN staff (UNODA, regional centres). */
  STATES_AND_DONORS = 'STATES_AND_DONORS',
  /** Only the State's own users and UNODA. */
  PRIVATE = 'PRIVATE',
}
registerEnumType(NeedVisibility, { name: 'NeedVisibility' });

export enum NeedCloseReason {
  MET = 'MET',
  NO_LONGER_NEEDED = 'NO_LONGER_NEEDED',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(NeedCloseReason, { name: 'NeedCloseReason' });

/** The instrument a national report is filed under. */
export enum Instrument {
  /** UN Programme of Action on small arms and light weapons. */
  POA = 'POA',
  /** International Tracing Instrument. */
  ITI = 'ITI',
}
registerEnumType(Instrument, { name: 'Instrument' });
