import { registerEnumType } from '@nestjs/graphql';

/** Where an offer is in its life (see offer.state-machine.ts for who may move it where). */
export enum OfferStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  PUBLISHED = 'PUBLISHED',
  /** Nothing left to give: the remaining amount reached zero. */
  EXHAUSTED = 'EXHAUSTED',
  WITHDRAWN = 'WITHDRAWN',
  /** Past the end of its availability window. */
  EXPIRED = 'EXPIRED',
}
registerEnumType(OfferStatus, { name: 'OfferStatus' });

/** Who may read a published offer. */
export enum OfferVisibility {
  PUBLIC = 'PUBLIC',
  /** Logged-in users: States, donors and UN staff. */
  STATES_AND_DONORS = 'STATES_AND_DONORS',
  /** The donor organisation and UNODA only. */
  PRIVATE = 'PRIVATE',
}
registerEnumType(OfferVisibility, { name: 'OfferVisibility' });
