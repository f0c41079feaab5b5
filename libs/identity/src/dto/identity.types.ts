import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Language, OrganisationType, Role } from '#libs/core';
import type { Invitation } from '../entities/invitation.entity.js';
import type { Membership } from '../entities/membership.entity.js';
import type { Organisation } from '../entities/organisation.entity.js';
import { UserStatus, type User } from '../entities/user.entity.js';

registerEnumType(UserStatus, { name: 'UserStatus' });

@ObjectType('Organisation')
export class OrganisationView {
  @Field(() => ID) id: string;
  @Field(() => OrganisationType) type: OrganisationType;
  @Field() name: string;
  @Field(() => String, { nullable: true }) acronym: string | null;
  @Field(() => String, { nullable: true, description: 'ISO alpha-3 of the State the organisation speaks for.' })
  stateIso3: string | null;
  @Field(() => String, { nullable: true, description: 'Code of the regional organisation or UN regional centre it is.' })
  regionalOrganisationCode: string | null;
  @Field() createdAt: Date;

  static from(e: Organisation): OrganisationView {
    return Object.assign(new OrganisationView(), {
      id: e.id,
      type: e.type,
      name: e.name,
      acronym: e.acronym,
      stateIso3: e.stateIso3,
      regionalOrganisationCode: e.regionalOrganisationCode,
      createdAt: e.createdAt,
    });
  }
}

@ObjectType('Membership', { description: "A user's role in an organisation." })
export class MembershipView {
  @Field(() => ID) id: string;
  @Field(() => Role) role: Role;
  @Field(() => ID) organisationId: string;
  @Field(() => ID) userId: string;
  @Field() createdAt: Date;

  static from(e: Membership): MembershipView {
    return Object.assign(new MembershipView(), {
      id: e.id,
      role: e.role,
      organisationId: e.organisationId,
      userId: e.userId,
      createdAt: e.createdAt,
    });
  }
}

@ObjectType('User')
export class UserView {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => Language) preferredLanguage: Language;
  @Field() timeZone: string;
  @Field(() => UserStatus) status: UserStatus;
  @Field(() => Date, { nullable: true }) lastLoginAt: Date | null;
  @Field() createdAt: Date;

  static from(e: User): UserView {
    return Object.assign(new UserView(), {
      id: e.id,
      email: e.email,
      displayName: e.displayName,
      preferredLanguage: e.preferredLanguage as Language,
      timeZone: e.timeZone,
      status: e.status,
      lastLoginAt: e.lastLoginAt,
      createdAt: e.createdAt,
    });
  }
}

@ObjectType('AuthPayload', { description: 'A new session: keep the refresh token secret; send the access token as a Bearer token.' })
export class AuthPayload {
  @Field() accessToken: string;
  @Field() accessTokenExpiresAt: Date;
  @Field(() => String, { nullable: true, description: 'Null when the refresh token was sent in the session cookie (refreshTokenIn: COOKIE).' })
  refreshToken: string | null;
  @Field() refreshTokenExpiresAt: Date;
  @Field(() => UserView) user: UserView;
}

@ObjectType('Invitation')
export class InvitationView {
  @Field(() => ID) id: string;
  @Field(() => ID) userId: string;
  @Field(() => ID) organisationId: string;
  @Field(() => Role) role: Role;
  @Field() expiresAt: Date;
  @Field(() => Date, { nullable: true }) acceptedAt: Date | null;

  static from(e: Invitation): InvitationView {
    return Object.assign(new InvitationView(), {
      id: e.id,
      userId: e.userId,
      organisationId: e.organisationId,
      role: e.role,
      expiresAt: e.expiresAt,
      acceptedAt: e.acceptedAt,
    });
  }
}

export enum InvitationStatus {
  PENDING = 'PENDING',
  EXPIRED = 'EXPIRED',
  USED = 'USED',
  REVOKED = 'REVOKED',
}
registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  description: 'Whether an invitation link can still be used, and if not, why.',
  valuesMap: {
    PENDING: { description: 'The link can be used: set a password to join.' },
    EXPIRED: { description: 'Past its expiry: an administrator must invite the person again.' },
    USED: { description: 'Already used: the person has an account and logs in with e-mail and password.' },
    REVOKED: { description: 'Withdrawn: replaced by a newer invitation, or the account was disabled.' },
  },
});

@ObjectType('InvitationPreview', {
  description: 'What an invitation link offers, shown before the invited person sets a password. Readable by whoever holds the link.',
})
export class InvitationPreview {
  @Field() email: string;
  @Field({ description: 'The name the administrator gave; the person may change it when accepting.' }) displayName: string;
  @Field(() => Language, { description: 'The language chosen for the invited person, for the page that shows the invitation.' })
  preferredLanguage: Language;
  @Field() organisationName: string;
  @Field(() => Role) role: Role;
  @Field() expiresAt: Date;
  @Field(() => InvitationStatus) status: InvitationStatus;
}

@ObjectType()
export class InviteUserPayload {
  @Field(() => UserView) user: UserView;
  @Field(() => MembershipView) membership: MembershipView;
  @Field(() => InvitationView, {
    nullable: true,
    description: 'Null when the user already had an active account: the role was granted at once.',
  })
  invitation: InvitationView | null;
  @Field(() => String, {
    nullable: true,
    description: 'The link the invited person opens to set a password. Shown once, to the administrator.',
  })
  acceptUrl: string | null;
}
