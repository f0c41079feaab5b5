import { ForbiddenError, OrganisationType, Role } from '#libs/core';
import { membership, regionalReviewer, user } from '../../core/src/auth/auth-user.fixtures.js';
import { availableMatchActions, canViewMatch, matchAccess, matchActor, type MatchParties } from './match-access.js';
import { MatchStatus } from './match.enums.js';
import { MATCH_LIFE_CYCLE, MatchAction } from './match.state-machine.js';

const FOUNDATION = 'org-foundation';
const OTHER_FOUNDATION = 'org-other-foundation';
const GHANA = 'org-ghana';
const KENYA = 'org-kenya';
const UNODA = 'org-unoda';

const VIEWERS = {
  anonymous: undefined,
  /** NPC of Ghana, the State of the need below. */
  ghanaNpc: user(membership(GHANA, OrganisationType.MEMBER_STATE, Role.NPC, 'GHA')),
  kenyaNpc: user(membership(KENYA, OrganisationType.MEMBER_STATE, Role.NPC, 'KEN')),
  /** Donor of the foundation that made the offer below. */
  foundationDonor: user(membership(FOUNDATION, OrganisationType.FOUNDATION, Role.DONOR)),
  otherDonor: user(membership(OTHER_FOUNDATION, OrganisationType.FOUNDATION, Role.DONOR)),
  /** A donor of Ghana's own State organisation: not an NPC of Ghana. */
  ghanaDonor: user(membership(GHANA, OrganisationType.MEMBER_STATE, Role.DONOR, 'GHA')),
  moderator: user(membership(UNODA, OrganisationType.UNODA, Role.UNODA_MODERATOR)),
  admin: user(membership(UNODA, OrganisationType.UNODA, Role.ADMIN)),
  reviewer: regionalReviewer(),
  /** NPC of the need's State and donor of another organisation than the offer's. */
  npcAndOtherDonor: user(
    membership(GHANA, OrganisationType.MEMBER_STATE, Role.NPC, 'GHA'),
    membership(OTHER_FOUNDATION, OrganisationType.FOUNDATION, Role.DONOR),
  ),
  /** Donor of the offer's organisation and NPC of another State than the need's. */
  donorAndOtherNpc: user(membership(FOUNDATION, OrganisationType.FOUNDATION, Role.DONOR), membership(KENYA, OrganisationType.MEMBER_STATE, Role.NPC, 'KEN')),
};
type ViewerName = keyof typeof VIEWERS;
const access = (viewer: ViewerName) => matchAccess(VIEWERS[viewer]);

/** A need of Ghana matched with an offer of the foundation. */
const PARTIES: MatchParties = { stateIso3: 'GHA', organisationId: FOUNDATION };
const ALL_STATUSES = Object.values(MatchStatus);
const PERSON_ACTIONS = [MatchAction.CONFIRM, MatchAction.DISMISS, MatchAction.EXPRESS_INTEREST, MatchAction.ACCEPT_INTEREST, MatchAction.DECLINE_INTEREST];

describe('matchAccess', () => {
  it('gives an anonymous viewer nothing', () => {
    expect(matchAccess(undefined)).toEqual({ unoda: false, roles: [], npcStates: [], donorOrganisations: [] });
  });

  it.each([
    ['ghanaNpc', { unoda: false, roles: [Role.NPC], npcStates: ['GHA'], donorOrganisations: [] }],
    ['foundationDonor', { unoda: false, roles: [Role.DONOR], npcStates: [], donorOrganisations: [FOUNDATION] }],
    ['ghanaDonor', { unoda: false, roles: [Role.DONOR], npcStates: [], donorOrganisations: [GHANA] }],
    ['moderator', { unoda: true, roles: [Role.UNODA_MODERATOR], npcStates: [], donorOrganisations: [] }],
    ['admin', { unoda: true, roles: [Role.ADMIN], npcStates: [], donorOrganisations: [] }],
    ['reviewer', { unoda: false, roles: [Role.REGIONAL_REVIEWER], npcStates: [], donorOrganisations: [] }],
    ['npcAndOtherDonor', { unoda: false, roles: [Role.NPC, Role.DONOR], npcStates: ['GHA'], donorOrganisations: [OTHER_FOUNDATION] }],
  ] as [ViewerName, object][])('reads the memberships of %s', (viewer, expected) => {
    expect(access(viewer)).toEqual(expected);
  });
});

describe('canViewMatch', () => {
  it.each([
    ['anonymous', false],
    ['ghanaNpc', true],
    ['kenyaNpc', false],
    ['foundationDonor', true],
    ['otherDonor', false],
    ['ghanaDonor', false],
    ['moderator', true],
    ['admin', true],
    ['reviewer', false],
    ['npcAndOtherDonor', true],
    ['donorAndOtherNpc', true],
  ] as [ViewerName, boolean][])('%s sees a match of a Ghana need and a foundation offer: %j', (viewer, sees) => {
    expect(canViewMatch(access(viewer), PARTIES)).toBe(sees);
  });

  it("lets the State's donor see the matches of its own organisation's offers", () => {
    expect(canViewMatch(access('ghanaDonor'), { stateIso3: 'KEN', organisationId: GHANA })).toBe(true);
  });

  it('lets UNODA see any match', () => {
    for (const parties of [PARTIES, { stateIso3: 'PER', organisationId: 'org-elsewhere' }]) {
      expect(canViewMatch(access('moderator'), parties)).toBe(true);
      expect(canViewMatch(access('admin'), parties)).toBe(true);
    }
  });
});

describe('matchActor', () => {
  it.each([
    ['anonymous', []],
    ['ghanaNpc', [Role.NPC]],
    ['kenyaNpc', []],
    ['foundationDonor', [Role.DONOR]],
    ['otherDonor', []],
    ['ghanaDonor', []],
    ['moderator', [Role.UNODA_MODERATOR]],
    ['admin', []],
    ['reviewer', []],
    ['npcAndOtherDonor', [Role.NPC]],
    ['donorAndOtherNpc', [Role.DONOR]],
  ] as [ViewerName, Role[]][])('keeps the roles %s holds over this match: %j', (viewer, roles) => {
    expect(matchActor(access(viewer), PARTIES)).toEqual({ roles, owns: true });
  });
});

describe('availableMatchActions', () => {
  const actions = (viewer: ViewerName, status: MatchStatus, parties: MatchParties = PARTIES) => availableMatchActions(access(viewer), status, parties);

  it.each(ALL_STATUSES)('offers nothing to an anonymous viewer, an outsider or an administrator (%s)', (status) => {
    for (const viewer of ['anonymous', 'kenyaNpc', 'otherDonor', 'ghanaDonor', 'admin', 'reviewer'] as ViewerName[]) {
      expect(actions(viewer, status)).toEqual([]);
    }
  });

  it.each([
    [MatchStatus.SUGGESTED, []],
    [MatchStatus.CONFIRMED, []],
    [MatchStatus.INTEREST_EXPRESSED, [MatchAction.ACCEPT_INTEREST, MatchAction.DECLINE_INTEREST]],
    [MatchStatus.INTEREST_ACCEPTED, []],
  ])("gives the need's NPC, on a %s match, %j", (status, expected) => {
    expect(actions('ghanaNpc', status)).toEqual(expected);
  });

  it.each([
    [MatchStatus.SUGGESTED, [MatchAction.EXPRESS_INTEREST]],
    [MatchStatus.CONFIRMED, [MatchAction.EXPRESS_INTEREST]],
    [MatchStatus.DISMISSED, [MatchAction.EXPRESS_INTEREST]],
    [MatchStatus.WITHDRAWN, [MatchAction.EXPRESS_INTEREST]],
    [MatchStatus.INTEREST_EXPRESSED, []],
    [MatchStatus.INTEREST_DECLINED, []],
  ])("gives the offer's donor, on a %s match, %j", (status, expected) => {
    expect(actions('foundationDonor', status)).toEqual(expected);
  });

  it.each([
    [MatchStatus.SUGGESTED, [MatchAction.CONFIRM, MatchAction.DISMISS]],
    [MatchStatus.CONFIRMED, [MatchAction.DISMISS]],
    [MatchStatus.DISMISSED, []],
    [MatchStatus.WITHDRAWN, []],
    [MatchStatus.INTEREST_EXPRESSED, []],
  ])('gives a UNODA moderator, on a %s match of anyone, %j', (status, expected) => {
    expect(actions('moderator', status)).toEqual(expected);
    expect(actions('moderator', status, { stateIso3: 'PER', organisationId: 'org-elsewhere' })).toEqual(expected);
  });

  it('gives an NPC nothing on the matches of another State', () => {
    expect(actions('ghanaNpc', MatchStatus.INTEREST_EXPRESSED, { stateIso3: 'KEN', organisationId: FOUNDATION })).toEqual([]);
    expect(actions('kenyaNpc', MatchStatus.INTEREST_EXPRESSED)).toEqual([]);
  });

  it("gives a donor nothing on another organisation's offers", () => {
    expect(actions('foundationDonor', MatchStatus.SUGGESTED, { stateIso3: 'GHA', organisationId: OTHER_FOUNDATION })).toEqual([]);
  });

  it("does not let the need's NPC who is a donor elsewhere express interest in the offer", () => {
    const mixed = access('npcAndOtherDonor');
    for (const status of ALL_STATUSES) expect(availableMatchActions(mixed, status, PARTIES)).not.toContain(MatchAction.EXPRESS_INTEREST);
    expect(availableMatchActions(mixed, MatchStatus.INTEREST_EXPRESSED, PARTIES)).toEqual([MatchAction.ACCEPT_INTEREST, MatchAction.DECLINE_INTEREST]);
    expect(() => MATCH_LIFE_CYCLE.apply(MatchAction.EXPRESS_INTEREST, MatchStatus.SUGGESTED, matchActor(mixed, PARTIES))).toThrow(ForbiddenError);
    // On a match of their own organisation's offer, they may.
    const theirs = { stateIso3: 'GHA', organisationId: OTHER_FOUNDATION };
    expect(availableMatchActions(mixed, MatchStatus.SUGGESTED, theirs)).toEqual([MatchAction.EXPRESS_INTEREST]);
  });

  it("does not let the offer's donor who is an NPC elsewhere answer the interest", () => {
    const mixed = access('donorAndOtherNpc');
    expect(availableMatchActions(mixed, MatchStatus.INTEREST_EXPRESSED, PARTIES)).toEqual([]);
    expect(availableMatchActions(mixed, MatchStatus.SUGGESTED, PARTIES)).toEqual([MatchAction.EXPRESS_INTEREST]);
    expect(() => MATCH_LIFE_CYCLE.apply(MatchAction.ACCEPT_INTEREST, MatchStatus.INTEREST_EXPRESSED, matchActor(mixed, PARTIES))).toThrow(ForbiddenError);
  });

  it("does not make the State's donor an NPC of its State", () => {
    expect(actions('ghanaDonor', MatchStatus.INTEREST_EXPRESSED)).toEqual([]);
    expect(actions('ghanaDonor', MatchStatus.SUGGESTED, { stateIso3: 'KEN', organisationId: GHANA })).toEqual([MatchAction.EXPRESS_INTEREST]);
  });

  it('gives a moderator who is also the offer donor both sets of actions', () => {
    const both = matchAccess(
      user(membership(UNODA, OrganisationType.UNODA, Role.UNODA_MODERATOR), membership(FOUNDATION, OrganisationType.FOUNDATION, Role.DONOR)),
    );
    expect(availableMatchActions(both, MatchStatus.SUGGESTED, PARTIES)).toEqual([MatchAction.CONFIRM, MatchAction.DISMISS, MatchAction.EXPRESS_INTEREST]);
  });

  it('never offers the engine actions to anyone', () => {
    for (const viewer of Object.keys(VIEWERS) as ViewerName[]) {
      for (const status of ALL_STATUSES) {
        for (const action of actions(viewer, status)) expect(PERSON_ACTIONS).toContain(action);
      }
    }
  });
});
