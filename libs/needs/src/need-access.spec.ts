import { OrganisationType, Role, type AuthUser } from '#libs/core';
import { membership, user } from '../../core/src/auth/auth-user.fixtures.js';
import { availableNeedActions, canReadNationalReports, canViewNeed, isPrivileged, LISTED_STATUSES, needAccess, ownsNeed } from './need-access.js';
import { NeedStatus, NeedVisibility } from './need.enums.js';
import { NeedAction } from './need.state-machine.js';

const ghanaNpc = user(membership('org-NPC', OrganisationType.MEMBER_STATE, Role.NPC, 'GHA'));
const kenyaNpc = user(membership('org-NPC', OrganisationType.MEMBER_STATE, Role.NPC, 'KEN'));
const donor = user(membership('org-DONOR', OrganisationType.DONOR_GOVERNMENT, Role.DONOR));
/** A State's organisation can be donor as well as requester: a DONOR of Ghana is not its NPC. */
const ghanaDonor = user(membership('org-DONOR', OrganisationType.MEMBER_STATE, Role.DONOR, 'GHA'));
const moderator = user(membership('org-UNODA_MODERATOR', OrganisationType.UNODA, Role.UNODA_MODERATOR));
const admin = user(membership('org-ADMIN', OrganisationType.UNODA, Role.ADMIN));

const STATUSES = Object.values(NeedStatus);
const VISIBILITIES = Object.values(NeedVisibility);
const everyNeed = (stateIso3: string) => STATUSES.flatMap((status) => VISIBILITIES.map((visibility) => ({ stateIso3, status, visibility })));
const label = (n: { status: NeedStatus; visibility: NeedVisibility }) => `${n.status}/${n.visibility}`;
/** What anyone logged in reads of another State's needs: the listed statuses, PUBLIC or STATES_AND_DONORS. */
const LISTED_FOR_LOGGED_IN = [
  'CLOSED/PUBLIC',
  'CLOSED/STATES_AND_DONORS',
  'FUNDED/PUBLIC',
  'FUNDED/STATES_AND_DONORS',
  'IN_PROPOSAL/PUBLIC',
  'IN_PROPOSAL/STATES_AND_DONORS',
  'PARTIALLY_FUNDED/PUBLIC',
  'PARTIALLY_FUNDED/STATES_AND_DONORS',
  'PUBLISHED/PUBLIC',
  'PUBLISHED/STATES_AND_DONORS',
];
/** The needs of `stateIso3` that `viewer` can read, as "STATUS/VISIBILITY". */
const visible = (viewer: AuthUser | undefined, stateIso3 = 'GHA') =>
  everyNeed(stateIso3)
    .filter((n) => canViewNeed(needAccess(viewer), n))
    .map(label)
    .sort();
const all = (stateIso3: string) => everyNeed(stateIso3).map(label).sort();

describe('needAccess', () => {
  it('gives an anonymous viewer nothing', () => {
    expect(needAccess(undefined)).toEqual({ loggedIn: false, unoda: false, ownStates: [], roles: [] });
  });

  it('gives an NPC their State and roles', () => {
    expect(needAccess(ghanaNpc)).toEqual({ loggedIn: true, unoda: false, ownStates: ['GHA'], roles: [Role.NPC] });
  });

  it('does not give a donor of a Member State that State', () => {
    expect(needAccess(ghanaDonor)).toEqual({ loggedIn: true, unoda: false, ownStates: [], roles: [Role.DONOR] });
  });

  it('marks UNODA moderators and administrators as UNODA', () => {
    expect(needAccess(moderator).unoda).toBe(true);
    expect(needAccess(admin).unoda).toBe(true);
    expect(needAccess(donor).unoda).toBe(false);
  });

  it('lists the States of an NPC of several', () => {
    const both = user(
      membership('org-gha', OrganisationType.MEMBER_STATE, Role.NPC, 'GHA'),
      membership('org-ken', OrganisationType.MEMBER_STATE, Role.NPC, 'KEN'),
    );
    expect(needAccess(both).ownStates.sort()).toEqual(['GHA', 'KEN']);
    expect(ownsNeed(needAccess(both), { stateIso3: 'KEN' })).toBe(true);
    expect(ownsNeed(needAccess(both), { stateIso3: 'NGA' })).toBe(false);
  });
});

describe('canViewNeed', () => {
  it('lists published needs (also in a proposal or funded) and closed ones only', () => {
    expect([...LISTED_STATUSES].sort()).toEqual([
      NeedStatus.CLOSED,
      NeedStatus.FUNDED,
      NeedStatus.IN_PROPOSAL,
      NeedStatus.PARTIALLY_FUNDED,
      NeedStatus.PUBLISHED,
    ]);
  });

  it('shows an anonymous viewer only listed PUBLIC needs', () => {
    expect(visible(undefined)).toEqual(['CLOSED/PUBLIC', 'FUNDED/PUBLIC', 'IN_PROPOSAL/PUBLIC', 'PARTIALLY_FUNDED/PUBLIC', 'PUBLISHED/PUBLIC']);
  });

  it.each([
    ['a donor', donor],
    ["a donor of the State's own organisation", ghanaDonor],
    ["another State's NPC", kenyaNpc],
  ])('shows %s listed PUBLIC and STATES_AND_DONORS needs, never the rest', (_label, viewer) => {
    expect(visible(viewer)).toEqual(LISTED_FOR_LOGGED_IN);
  });

  it.each([NeedStatus.DRAFT, NeedStatus.SUBMITTED, NeedStatus.RETURNED, NeedStatus.WITHDRAWN, NeedStatus.EXPIRED])(
    'hides a PUBLIC need that is %s from anyone but the State and UNODA',
    (status) => {
      const need = { stateIso3: 'GHA', status, visibility: NeedVisibility.PUBLIC };
      expect(canViewNeed(needAccess(undefined), need)).toBe(false);
      expect(canViewNeed(needAccess(donor), need)).toBe(false);
      expect(canViewNeed(needAccess(kenyaNpc), need)).toBe(false);
      expect(canViewNeed(needAccess(ghanaNpc), need)).toBe(true);
      expect(canViewNeed(needAccess(moderator), need)).toBe(true);
    },
  );

  it('hides a PRIVATE published need from donors and other States', () => {
    const need = { stateIso3: 'GHA', status: NeedStatus.PUBLISHED, visibility: NeedVisibility.PRIVATE };
    expect(canViewNeed(needAccess(donor), need)).toBe(false);
    expect(canViewNeed(needAccess(kenyaNpc), need)).toBe(false);
    expect(canViewNeed(needAccess(undefined), need)).toBe(false);
  });

  it("shows an NPC every status and visibility of their own State's needs", () => {
    expect(visible(ghanaNpc, 'GHA')).toEqual(all('GHA'));
    expect(visible(ghanaNpc, 'GHA')).toHaveLength(30);
  });

  it('shows an NPC only the listed needs of another State', () => {
    expect(visible(ghanaNpc, 'KEN')).toEqual(LISTED_FOR_LOGGED_IN);
  });

  it.each([
    ['a UNODA moderator', moderator],
    ['an administrator', admin],
  ])('shows %s every need of every State', (_label, viewer) => {
    expect(visible(viewer, 'GHA')).toEqual(all('GHA'));
    expect(visible(viewer, 'KEN')).toEqual(all('KEN'));
  });
});

/** Everyone, and whether they are Ghana's NPC or UNODA: who sees a Ghana need's workings and Ghana's reports. */
const GHANA_AND_UNODA: [string, AuthUser | undefined, boolean][] = [
  ['anonymous', undefined, false],
  ['a donor', donor, false],
  ["a donor of the State's organisation", ghanaDonor, false],
  ["another State's NPC", kenyaNpc, false],
  ["the State's NPC", ghanaNpc, true],
  ['a UNODA moderator', moderator, true],
  ['an administrator', admin, true],
];

describe('isPrivileged', () => {
  it.each(GHANA_AND_UNODA)('%s sees the workings of a Ghana need: %s', (_label, viewer, expected) => {
    expect(isPrivileged(needAccess(viewer), { stateIso3: 'GHA' })).toBe(expected);
  });
});

describe('canReadNationalReports', () => {
  it.each(GHANA_AND_UNODA)("%s reads Ghana's national reports (and which one a need came from): %s", (_label, viewer, expected) => {
    expect(canReadNationalReports(needAccess(viewer), 'GHA')).toBe(expected);
    expect(canReadNationalReports(needAccess(viewer), 'gha')).toBe(expected);
  });
});

describe('availableNeedActions', () => {
  const need = (status: NeedStatus) => ({ stateIso3: 'GHA', status });

  it('offers an anonymous viewer nothing', () => {
    for (const status of STATUSES) expect(availableNeedActions(needAccess(undefined), need(status))).toEqual([]);
  });

  it("offers the State's NPC submitting and withdrawing a draft", () => {
    expect(availableNeedActions(needAccess(ghanaNpc), need(NeedStatus.DRAFT)).sort()).toEqual([NeedAction.SUBMIT, NeedAction.WITHDRAW]);
  });

  it("offers the State's NPC closing and withdrawing a published need, and reopening an expired one", () => {
    expect(availableNeedActions(needAccess(ghanaNpc), need(NeedStatus.PUBLISHED)).sort()).toEqual([NeedAction.CLOSE, NeedAction.WITHDRAW]);
    expect(availableNeedActions(needAccess(ghanaNpc), need(NeedStatus.EXPIRED))).toEqual([NeedAction.REOPEN]);
  });

  it('offers a moderator returning and publishing a submitted need', () => {
    expect(availableNeedActions(needAccess(moderator), need(NeedStatus.SUBMITTED)).sort()).toEqual([NeedAction.PUBLISH, NeedAction.RETURN]);
  });

  it("offers another State's NPC nothing, whatever the status", () => {
    expect(availableNeedActions(needAccess(kenyaNpc), need(NeedStatus.PUBLISHED))).toEqual([]);
    for (const status of STATUSES) expect(availableNeedActions(needAccess(kenyaNpc), need(status))).toEqual([]);
  });

  it('offers a donor nothing, even a donor of the State', () => {
    for (const status of STATUSES) {
      expect(availableNeedActions(needAccess(donor), need(status))).toEqual([]);
      expect(availableNeedActions(needAccess(ghanaDonor), need(status))).toEqual([]);
    }
  });

  it('offers an administrator without a moderator role nothing', () => {
    expect(availableNeedActions(needAccess(admin), need(NeedStatus.SUBMITTED))).toEqual([]);
  });
});
