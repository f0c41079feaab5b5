import { AuthUser, type AuthMembership } from './auth-user.js';
import { OrganisationType, Role, roleAllowedIn, ROLES_BY_ORGANISATION_TYPE } from './roles.js';

const ghanaNpc: AuthMembership = {
  organisationId: 'org-ghana',
  organisationType: OrganisationType.MEMBER_STATE,
  stateIso3: 'GHA',
  regionalOrganisationCode: null,
  role: Role.NPC,
};
const ghanaDonor: AuthMembership = { ...ghanaNpc, role: Role.DONOR };
const unrecReviewer: AuthMembership = {
  organisationId: 'org-unrec',
  organisationType: OrganisationType.UN_REGIONAL_CENTRE,
  stateIso3: null,
  regionalOrganisationCode: 'UNREC',
  role: Role.REGIONAL_REVIEWER,
};
const foundationDonor: AuthMembership = {
  organisationId: 'org-foundation',
  organisationType: OrganisationType.FOUNDATION,
  stateIso3: null,
  regionalOrganisationCode: null,
  role: Role.DONOR,
};

const user = (...memberships: AuthMembership[]) => new AuthUser('user-1', 'npc@example.org', 'en', memberships);

describe('AuthUser', () => {
  const npc = user(ghanaNpc, ghanaDonor, unrecReviewer, foundationDonor);

  it('lists each role once', () => {
    expect(npc.roles).toEqual([Role.NPC, Role.DONOR, Role.REGIONAL_REVIEWER]);
    expect(user().roles).toEqual([]);
  });

  it('hasRole is true when any membership holds one of the roles', () => {
    expect(npc.hasRole(Role.NPC)).toBe(true);
    expect(npc.hasRole(Role.ADMIN, Role.REGIONAL_REVIEWER)).toBe(true);
    expect(npc.hasRole(Role.ADMIN, Role.UNODA_MODERATOR)).toBe(false);
    expect(user().hasRole(Role.NPC)).toBe(false);
  });

  it('canActForState matches the State in any case and only for the given roles', () => {
    expect(npc.canActForState('GHA', [Role.NPC])).toBe(true);
    expect(npc.canActForState('gha', [Role.NPC])).toBe(true);
    expect(npc.canActForState('NGA', [Role.NPC])).toBe(false);
    expect(user(ghanaDonor).canActForState('GHA', [Role.NPC])).toBe(false);
    expect(user(ghanaDonor).canActForState('GHA', [Role.NPC, Role.DONOR])).toBe(true);
  });

  it('canActForOrganisation needs the role in that organisation', () => {
    expect(npc.canActForOrganisation('org-foundation', [Role.DONOR])).toBe(true);
    expect(npc.canActForOrganisation('org-unrec', [Role.DONOR])).toBe(false);
    expect(npc.canActForOrganisation('org-other', [Role.DONOR, Role.NPC])).toBe(false);
  });

  it('canActForRegionalOrganisation needs the role in that regional centre', () => {
    expect(npc.canActForRegionalOrganisation('UNREC', [Role.REGIONAL_REVIEWER])).toBe(true);
    expect(npc.canActForRegionalOrganisation('UNREC', [Role.DONOR])).toBe(false);
    expect(npc.canActForRegionalOrganisation('UNLIREC', [Role.REGIONAL_REVIEWER])).toBe(false);
  });

  it('statesFor lists the States once, for the given roles only', () => {
    const nigeriaNpc = { ...ghanaNpc, organisationId: 'org-nigeria', stateIso3: 'NGA' };
    expect(user(ghanaNpc, ghanaDonor, nigeriaNpc, foundationDonor).statesFor(Role.NPC, Role.DONOR)).toEqual(['GHA', 'NGA']);
    expect(npc.statesFor(Role.REGIONAL_REVIEWER)).toEqual([]);
    expect(npc.statesFor()).toEqual([]);
  });

  it('organisationsFor lists the organisations once, for the given roles only', () => {
    expect(npc.organisationsFor(Role.DONOR)).toEqual(['org-ghana', 'org-foundation']);
    expect(npc.organisationsFor(Role.NPC, Role.DONOR)).toEqual(['org-ghana', 'org-foundation']);
    expect(npc.organisationsFor(Role.ADMIN)).toEqual([]);
  });
});

describe('roleAllowedIn', () => {
  const types = Object.values(OrganisationType);
  const typesAllowing = (role: Role) => types.filter((type) => roleAllowedIn(role, type));

  it('has a rule for every organisation type', () => {
    expect(Object.keys(ROLES_BY_ORGANISATION_TYPE).sort()).toEqual([...types].sort());
  });

  it('allows NPC only in a Member State', () => {
    expect(typesAllowing(Role.NPC)).toEqual([OrganisationType.MEMBER_STATE]);
  });

  it('allows ADMIN and UNODA_MODERATOR only in UNODA', () => {
    expect(typesAllowing(Role.ADMIN)).toEqual([OrganisationType.UNODA]);
    expect(typesAllowing(Role.UNODA_MODERATOR)).toEqual([OrganisationType.UNODA]);
  });

  it('allows REGIONAL_REVIEWER only in a UN regional centre', () => {
    expect(typesAllowing(Role.REGIONAL_REVIEWER)).toEqual([OrganisationType.UN_REGIONAL_CENTRE]);
  });

  it('allows DONOR everywhere but UNODA and the UN regional centres', () => {
    expect(typesAllowing(Role.DONOR).sort()).toEqual(
      [
        OrganisationType.MEMBER_STATE,
        OrganisationType.DONOR_GOVERNMENT,
        OrganisationType.REGIONAL_ORGANISATION,
        OrganisationType.INTERNATIONAL_ORGANISATION,
        OrganisationType.FOUNDATION,
      ].sort(),
    );
    expect(roleAllowedIn(Role.DONOR, OrganisationType.UNODA)).toBe(false);
  });
});
