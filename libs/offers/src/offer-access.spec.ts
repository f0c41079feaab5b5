import { OrganisationType, Role } from '#libs/core';
import { membership, regionalReviewer, user } from '../../core/src/auth/auth-user.fixtures.js';
import { availableOfferActions, canViewOffer, isOfferPrivileged, LISTED_OFFER_STATUSES, offerAccess, ownsOffer } from './offer-access.js';
import { OfferStatus, OfferVisibility } from './offer.enums.js';
import { OfferAction } from './offer.state-machine.js';

const FOUNDATION = 'org-foundation';
const OTHER_FOUNDATION = 'org-other-foundation';
const GHANA = 'org-ghana';
const UNODA = 'org-unoda';

const VIEWERS = {
  anonymous: undefined,
  /** A donor of the foundation that made the offers below (unless said otherwise). */
  foundationDonor: user(membership(FOUNDATION, OrganisationType.FOUNDATION, Role.DONOR)),
  otherDonor: user(membership(OTHER_FOUNDATION, OrganisationType.FOUNDATION, Role.DONOR)),
  /** NPC of Ghana, whose State organisation is also a donor. */
  ghanaNpc: user(membership(GHANA, OrganisationType.MEMBER_STATE, Role.NPC, 'GHA')),
  ghanaDonor: user(membership(GHANA, OrganisationType.MEMBER_STATE, Role.DONOR, 'GHA')),
  reviewer: regionalReviewer(),
  moderator: user(membership(UNODA, OrganisationType.UNODA, Role.UNODA_MODERATOR)),
  admin: user(membership(UNODA, OrganisationType.UNODA, Role.ADMIN)),
};
type ViewerName = keyof typeof VIEWERS;
const access = (viewer: ViewerName) => offerAccess(VIEWERS[viewer]);

const LISTED = [OfferStatus.PUBLISHED, OfferStatus.EXHAUSTED];
const UNLISTED = [OfferStatus.DRAFT, OfferStatus.SUBMITTED, OfferStatus.RETURNED, OfferStatus.WITHDRAWN, OfferStatus.EXPIRED];
const ALL_STATUSES = [...LISTED, ...UNLISTED];
const ALL_VISIBILITIES = [OfferVisibility.PUBLIC, OfferVisibility.STATES_AND_DONORS, OfferVisibility.PRIVATE];

const offer = (status: OfferStatus, visibility: OfferVisibility, organisationId = FOUNDATION) => ({ organisationId, status, visibility });
const combinations = (statuses: OfferStatus[], visibilities: OfferVisibility[]) =>
  statuses.flatMap((status) => visibilities.map((visibility) => [status, visibility] as const));

/** Logged-in viewers who neither own the foundation's offers nor work at UNODA. */
const OUTSIDERS: ViewerName[] = ['otherDonor', 'ghanaNpc', 'ghanaDonor', 'reviewer'];

describe('offerAccess', () => {
  it('gives an anonymous viewer nothing', () => {
    expect(offerAccess(undefined)).toEqual({ loggedIn: false, unoda: false, ownOrganisations: [], roles: [] });
  });

  it('lists the organisations in which the user is a donor', () => {
    expect(access('foundationDonor')).toEqual({ loggedIn: true, unoda: false, ownOrganisations: [FOUNDATION], roles: [Role.DONOR] });
    expect(access('ghanaNpc')).toEqual({ loggedIn: true, unoda: false, ownOrganisations: [], roles: [Role.NPC] });
    const both = offerAccess(
      user(
        membership(GHANA, OrganisationType.MEMBER_STATE, Role.NPC, 'GHA'),
        membership(GHANA, OrganisationType.MEMBER_STATE, Role.DONOR, 'GHA'),
        membership(FOUNDATION, OrganisationType.FOUNDATION, Role.DONOR),
      ),
    );
    expect(both.ownOrganisations).toEqual([GHANA, FOUNDATION]);
    expect(both.roles).toEqual([Role.NPC, Role.DONOR]);
  });

  it('marks UNODA moderators and administrators as UNODA', () => {
    expect(access('moderator').unoda).toBe(true);
    expect(access('admin').unoda).toBe(true);
    expect(access('reviewer').unoda).toBe(false);
    expect(access('foundationDonor').unoda).toBe(false);
  });
});

describe('LISTED_OFFER_STATUSES', () => {
  it('are PUBLISHED and EXHAUSTED', () => {
    expect([...LISTED_OFFER_STATUSES].sort()).toEqual([...LISTED].sort());
  });
});

describe('canViewOffer', () => {
  describe('anonymous viewer', () => {
    it.each(combinations(LISTED, [OfferVisibility.PUBLIC]))('sees a %s %s offer', (status, visibility) => {
      expect(canViewOffer(access('anonymous'), offer(status, visibility))).toBe(true);
    });

    it.each([...combinations(LISTED, [OfferVisibility.STATES_AND_DONORS, OfferVisibility.PRIVATE]), ...combinations(UNLISTED, ALL_VISIBILITIES)])(
      'does not see a %s %s offer',
      (status, visibility) => {
        expect(canViewOffer(access('anonymous'), offer(status, visibility))).toBe(false);
      },
    );
  });

  describe.each(OUTSIDERS)('logged-in %s, of another organisation', (viewer) => {
    it.each(combinations(LISTED, [OfferVisibility.PUBLIC, OfferVisibility.STATES_AND_DONORS]))('sees a %s %s offer', (status, visibility) => {
      expect(canViewOffer(access(viewer), offer(status, visibility))).toBe(true);
    });

    it.each(combinations(LISTED, [OfferVisibility.PRIVATE]))('does not see a %s %s offer', (status, visibility) => {
      expect(canViewOffer(access(viewer), offer(status, visibility))).toBe(false);
    });

    it.each(combinations(UNLISTED, ALL_VISIBILITIES))('does not see a %s %s offer', (status, visibility) => {
      expect(canViewOffer(access(viewer), offer(status, visibility))).toBe(false);
    });
  });

  it.each(combinations(ALL_STATUSES, ALL_VISIBILITIES))('a donor of the organisation sees its %s %s offer', (status, visibility) => {
    expect(canViewOffer(access('foundationDonor'), offer(status, visibility))).toBe(true);
  });

  it.each(combinations(ALL_STATUSES, ALL_VISIBILITIES))('UNODA moderators and administrators see a %s %s offer', (status, visibility) => {
    expect(canViewOffer(access('moderator'), offer(status, visibility))).toBe(true);
    expect(canViewOffer(access('admin'), offer(status, visibility))).toBe(true);
  });

  it("an NPC of the State does not own its organisation's offers, a donor of it does", () => {
    const draft = offer(OfferStatus.DRAFT, OfferVisibility.PUBLIC, GHANA);
    const privatePublished = offer(OfferStatus.PUBLISHED, OfferVisibility.PRIVATE, GHANA);
    expect(canViewOffer(access('ghanaNpc'), draft)).toBe(false);
    expect(canViewOffer(access('ghanaNpc'), privatePublished)).toBe(false);
    expect(canViewOffer(access('ghanaDonor'), draft)).toBe(true);
    expect(canViewOffer(access('ghanaDonor'), privatePublished)).toBe(true);
  });

  it("a donor does not see another organisation's private or unpublished offers through their own", () => {
    const donor = access('foundationDonor');
    expect(canViewOffer(donor, offer(OfferStatus.SUBMITTED, OfferVisibility.PUBLIC, OTHER_FOUNDATION))).toBe(false);
    expect(canViewOffer(donor, offer(OfferStatus.PUBLISHED, OfferVisibility.PRIVATE, OTHER_FOUNDATION))).toBe(false);
    expect(canViewOffer(donor, offer(OfferStatus.PUBLISHED, OfferVisibility.STATES_AND_DONORS, OTHER_FOUNDATION))).toBe(true);
  });
});

describe('ownsOffer and isOfferPrivileged', () => {
  const theirs = { organisationId: FOUNDATION };

  it.each([
    ['foundationDonor', true, true],
    ['otherDonor', false, false],
    ['ghanaNpc', false, false],
    ['ghanaDonor', false, false],
    ['reviewer', false, false],
    ['moderator', false, true],
    ['admin', false, true],
    ['anonymous', false, false],
  ] as [ViewerName, boolean, boolean][])('%s: owns %j, privileged %j', (viewer, owns, privileged) => {
    expect(ownsOffer(access(viewer), theirs)).toBe(owns);
    expect(isOfferPrivileged(access(viewer), theirs)).toBe(privileged);
  });

  it("does not make the State's NPC privileged on its organisation's offers", () => {
    expect(isOfferPrivileged(access('ghanaNpc'), { organisationId: GHANA })).toBe(false);
    expect(isOfferPrivileged(access('ghanaDonor'), { organisationId: GHANA })).toBe(true);
  });
});

describe('availableOfferActions', () => {
  const on = (status: OfferStatus, organisationId = FOUNDATION) => ({ organisationId, status });

  it.each(ALL_STATUSES)('offers nothing to an anonymous viewer (%s)', (status) => {
    expect(availableOfferActions(access('anonymous'), on(status))).toEqual([]);
  });

  it.each([
    [OfferStatus.DRAFT, [OfferAction.SUBMIT, OfferAction.WITHDRAW]],
    [OfferStatus.SUBMITTED, [OfferAction.WITHDRAW]],
    [OfferStatus.RETURNED, [OfferAction.SUBMIT, OfferAction.WITHDRAW]],
    [OfferStatus.PUBLISHED, [OfferAction.WITHDRAW]],
    [OfferStatus.EXHAUSTED, []],
    [OfferStatus.WITHDRAWN, []],
    [OfferStatus.EXPIRED, [OfferAction.REOPEN]],
  ])('gives a donor of the organisation, for a %s offer, %j', (status, actions) => {
    expect(availableOfferActions(access('foundationDonor'), on(status))).toEqual(actions);
  });

  it.each(ALL_STATUSES)('gives a donor of another organisation nothing (%s)', (status) => {
    expect(availableOfferActions(access('otherDonor'), on(status))).toEqual([]);
  });

  it.each(ALL_STATUSES)("gives the State's NPC nothing on its organisation's %s offer", (status) => {
    expect(availableOfferActions(access('ghanaNpc'), on(status, GHANA))).toEqual([]);
  });

  it("gives a donor of the State's organisation its donor actions", () => {
    expect(availableOfferActions(access('ghanaDonor'), on(OfferStatus.DRAFT, GHANA))).toEqual([OfferAction.SUBMIT, OfferAction.WITHDRAW]);
  });

  it('gives a moderator RETURN and PUBLISH on a submitted offer only', () => {
    expect(availableOfferActions(access('moderator'), on(OfferStatus.SUBMITTED))).toEqual([OfferAction.RETURN, OfferAction.PUBLISH]);
    for (const status of ALL_STATUSES.filter((s) => s !== OfferStatus.SUBMITTED)) {
      expect(availableOfferActions(access('moderator'), on(status))).toEqual([]);
    }
  });

  it('never offers the system actions to a person', () => {
    for (const viewer of Object.keys(VIEWERS) as ViewerName[]) {
      const actions = availableOfferActions(access(viewer), on(OfferStatus.PUBLISHED));
      expect(actions).not.toContain(OfferAction.EXHAUST);
      expect(actions).not.toContain(OfferAction.EXPIRE);
    }
  });

  it('uses ownership per organisation for someone who is a donor in one and an NPC in another', () => {
    const mixed = offerAccess(
      user(membership(FOUNDATION, OrganisationType.FOUNDATION, Role.DONOR), membership(GHANA, OrganisationType.MEMBER_STATE, Role.NPC, 'GHA')),
    );
    expect(availableOfferActions(mixed, on(OfferStatus.DRAFT, FOUNDATION))).toEqual([OfferAction.SUBMIT, OfferAction.WITHDRAW]);
    expect(availableOfferActions(mixed, on(OfferStatus.DRAFT, GHANA))).toEqual([]);
  });
});
