import 'reflect-metadata';
import { ROLES_KEY, Role, transitionRoles } from '#libs/core';
import { OFFER_LIFE_CYCLE, OfferAction as A } from './offer.state-machine.js';
import { OffersResolver } from './offers.resolver.js';

const rolesOf = (method: string): Role[] | undefined => Reflect.getMetadata(ROLES_KEY, (OffersResolver.prototype as unknown as Record<string, object>)[method]);

/** Every mutation that exists to take a step of an offer's life cycle, and the steps it takes. */
const STEPS: [string, A[]][] = [
  ['submitOffer', [A.SUBMIT]],
  ['returnOffer', [A.RETURN]],
  ['publishOffer', [A.PUBLISH]],
  ['withdrawOffer', [A.WITHDRAW]],
  ['reopenOffer', [A.REOPEN]],
  ['moderateOffers', [A.PUBLISH, A.RETURN]],
];

describe("@Roles of the offers' transition mutations: the life cycle's `by:` lists are the source", () => {
  it.each(STEPS)('%s asks for the roles the life cycle lets take its steps', (method, actions) => {
    expect(rolesOf(method)).toEqual(transitionRoles(OFFER_LIFE_CYCLE, ...actions));
  });

  it('asks donors for their own steps and UNODA for moderation', () => {
    expect(rolesOf('submitOffer')).toEqual([Role.DONOR]);
    expect(rolesOf('moderateOffers')).toEqual([Role.UNODA_MODERATOR]);
  });
});
