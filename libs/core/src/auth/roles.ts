import { registerEnumType } from '@nestjs/graphql';

/** What a user may do within one organisation. */
export enum Role {
  /** National Point of Contact of a Member State. */
  NPC = 'NPC',
  DONOR = 'DONOR',
  UNODA_MODERATOR = 'UNODA_MODERATOR',
  /** Technical reviewer of a UN regional centre. */
  REGIONAL_REVIEWER = 'REGIONAL_REVIEWER',
  /** Platform administrator: organisations, users, exchange rates. */
  ADMIN = 'ADMIN',
}
registerEnumType(Role, { name: 'Role' });

export enum OrganisationType {
  MEMBER_STATE = 'MEMBER_STATE',
  DONOR_GOVERNMENT = 'DONOR_GOVERNMENT',
  REGIONAL_ORGANISATION = 'REGIONAL_ORGANISATION',
  INTERNATIONAL_ORGANISATION = 'INTERNATIONAL_ORGANISATION',
  FOUNDATION = 'FOUNDATION',
  UNODA = 'UNODA',
  UN_REGIONAL_CENTRE = 'UN_REGIONAL_CENTRE',
}
registerEnumType(OrganisationType, {
  name: 'OrganisationType',
  valuesMap: {
    FOUNDATION: { description: 'A foundation or non-governmental organisation.' },
    DONOR_GOVERNMENT: { description: 'A government acting as a donor (development agency, ministry).' },
  },
});

/**
 * Which roles an organisation of each type can hold. A State's own organisation can be donor as
 * well as requester ("a State can be both"); administrators sit in UNODA.
 */
export const ROLES_BY_ORGANISATION_TYPE: Record<OrganisationType, readonly Role[]> = {
  [OrganisationType.MEMBER_STATE]: [Role.NPC, Role.DONOR],
  [OrganisationType.DONOR_GOVERNMENT]: [Role.DONOR],
  [OrganisationType.REGIONAL_ORGANISATION]: [Role.DONOR],
  [OrganisationType.INTERNATIONAL_ORGANISATION]: [Role.DONOR],
  [OrganisationType.FOUNDATION]: [Role.DONOR],
  [OrganisationType.UNODA]: [Role.UNODA_MODERATOR, Role.ADMIN],
  [OrganisationType.UN_REGIONAL_CENTRE]: [Role.REGIONAL_REVIEWER],
};

export function roleAllowedIn(role: Role, type: OrganisationType): boolean {
  return ROLES_BY_ORGANISATION_TYPE[type].includes(role);
}
