import { Role } from '#libs/core';
import { itAsksTheRolesOfItsSteps, rolesOf, type TransitionSteps } from '../../core/src/workflow/transition-roles.fixtures.js';
import { OFFER_LIFE_CYCLE, OfferAction as A } from './offer.state-machine.js';
import { OffersResolver } from './offers.resolver.js';

/** Every mutation that exists to take a step of an offer's life cycle, and the steps it takes. */
const STEPS: TransitionSteps<A> = [
  ['submitOffer', [A.SUBMIT]],
  ['returnOffer', [A.RETURN]],
  ['publishOffer', [A.PUBLISH]],
  ['withdrawOffer', [A.WITHDRAW]],
  ['reopenOffer', [A.REOPEN]],
  ['moderateOffers', [A.PUBLISH, A.RETURN]],
];

describe("@Roles of the offers' transition mutations: the life cycle's `by:` lists are the source", () => {
  itAsksTheRolesOfItsSteps(OffersResolver, OFFER_LIFE_CYCLE, STEPS);

  it('asks donors for their own steps and UNODA for moderation', () => {
    expect(rolesOf(OffersResolver, 'submitOffer')).toEqual([Role.DONOR]);
    expect(rolesOf(OffersResolver, 'moderateOffers')).toEqual([Role.UNODA_MODERATOR]);
  });
});
