import { IdentityAuthUserLoader } from './auth-user.loader.js';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan, type EntityManager } from 'typeorm';
import {
  AppConfig,
  AuditService,
  BadUserInputError,
  ConflictError,
  isUuid,
  OutboxService,
  payloadReader,
  problemAt,
  reason,
  roleAllowedIn,
  type AuthUser,
  type Language,
  type Role,
  type TypedEvent,
} from '#libs/core';
import type { ClientInfo } from './auth.service.js';
import { AuthService } from './auth.service.js';
import type { AcceptInvitationInput, InviteUserInput } from './dto/identity.inputs.js';
import {
  InvitationPreview,
  InvitationStatus,
  InvitationView,
  MembershipView,
  UserView,
  type AuthPayload,
  type InviteUserPayload,
} from './dto/identity.types.js';
import { Invitation } from './entities/invitation.entity.js';
import { Membership } from './entities/membership.entity.js';
import { Organisation } from './entities/organisation.entity.js';
import { User, UserStatus } from './entities/user.entity.js';
import { membershipAudit } from './membership-audit.js';
import { PasswordHasher } from './password-hasher.js';

export const USER_INVITED = 'user.invited';

/** The payload of each event type of identity (ids and codes: never the invitation's token). */
export type IdentityEventPayloads = {
  'user.invited': { invitationId: string; organisationId: string; role: Role };
};

/** The payload of a stored identity event, for its handlers. */
export const identityPayload = payloadReader<IdentityEventPayloads>();

/** Why acceptInvitation refuses a genuine link that can no longer be used. */
const UNUSABLE = {
  [InvitationStatus.EXPIRED]: () => reason('invitation.expired'),
  [InvitationStatus.USED]: () => reason('invitation.used'),
  [InvitationStatus.REVOKED]: () => reason('invitation.revoked'),
} satisfies Record<Exclude<InvitationStatus, InvitationStatus.PENDING>, () => unknown>;

/** Whether an invitation can still be used: used first (the person can log in), then withdrawn, then expired. */
export function invitationStatus(
  invitation: Pick<Invitation, 'acceptedAt' | 'revokedAt' | 'expiresAt'>,
  userStatus: UserStatus,
  now: Date = new Date(),
): InvitationStatus {
  if (invitation.acceptedAt) return InvitationStatus.USED;
  if (invitation.revokedAt || userStatus === UserStatus.DISABLED) return InvitationStatus.REVOKED;
  if (invitation.expiresAt.getTime() <= now.getTime()) return InvitationStatus.EXPIRED;
  return InvitationStatus.PENDING;
}

/** Inviting people into an organisation, and accepting invitations. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly passwords: PasswordHasher,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly authUsers: IdentityAuthUserLoader,
  ) {}

  /** The secret part of an invitation link: an HMAC of the id and expiry, so nothing is stored. */
  tokenFor(invitation: Pick<Invitation, 'id' | 'expiresAt'>): string {
    const mac = createHmac('sha256', this.config.jwtSecret).update(`invitation:${invitation.id}:${invitation.expiresAt.getTime()}`).digest('base64url');
    return `${invitation.id}.${mac}`;
  }

  acceptUrlFor(invitation: Pick<Invitation, 'id' | 'expiresAt'>): string {
    return `${this.config.publicUrl}/invitations/accept?token=${encodeURIComponent(this.tokenFor(invitation))}`;
  }

  /**
   * Invites a person into an organisation in a role. A new person gets an account awaiting a
   * password and an invitation (event `user.invited`); a person with an active account gets the
   * role at once. Administrators only (checked by the resolver).
   */
  async invite(input: InviteUserInput, actor: AuthUser): Promise<InviteUserPayload> {
    const email = input.email.trim().toLowerCase();
    const invited = await this.dataSource.transaction(async (manager) => {
      const organisation = await manager.findOneBy(Organisation, { id: input.organisationId });
      if (!organisation) {
        throw new BadUserInputError(problemAt('input.organisationId', reason('invitation.noSuchOrganisation')));
      }
      if (!roleAllowedIn(input.role, organisation.type)) {
        throw new BadUserInputError(problemAt('input.role', reason('invitation.roleNotAllowed', { organisationType: organisation.type, role: input.role })));
      }
      let user = await manager.findOneBy(User, { email });
      if (user?.status === UserStatus.DISABLED) {
        throw new ConflictError(reason('invitation.accountDisabled', { email }));
      }
      if (user && (await manager.existsBy(Membership, { userId: user.id, organisationId: organisation.id, role: input.role }))) {
        throw new ConflictError(reason('invitation.alreadyHoldsRole', { email, role: input.role, organisation: organisation.name }));
      }
      if (!user) {
        user = await manager.save(
          manager.create(User, {
            email,
            displayName: input.displayName.trim(),
            preferredLanguage: input.preferredLanguage ?? 'en',
            status: UserStatus.INVITED,
          }),
        );
      }
      const membership = await manager.save(manager.create(Membership, { userId: user.id, organisationId: organisation.id, role: input.role }));
      await this.audit.record(manager, membershipAudit('membership.granted', membership, actor.id));
      if (user.status === UserStatus.ACTIVE) {
        return { user: UserView.from(user), membership: MembershipView.from(membership), invitation: null, acceptUrl: null };
      }
      const invitation = await this.createInvitation(manager, user, organisation, input, actor.id);
      return {
        user: UserView.from(user),
        membership: MembershipView.from(membership),
        invitation: InvitationView.from(invitation),
        acceptUrl: this.acceptUrlFor(invitation),
      };
    });
    // An active person's new role counts from their next request.
    this.authUsers.changed(invited.user.id);
    return invited;
  }

  /**
   * What an invitation link offers and whether it can still be used, for the page the link
   * opens: an expired or used link is a status, not an error; a link that is not genuine is
   * BAD_USER_INPUT, as in acceptInvitation.
   */
  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.findByToken(token, 'token');
    const [user, organisation] = await Promise.all([
      this.dataSource.getRepository(User).findOneByOrFail({ id: invitation.userId }),
      this.dataSource.getRepository(Organisation).findOneByOrFail({ id: invitation.organisationId }),
    ]);
    return Object.assign(new InvitationPreview(), {
      email: user.email,
      displayName: user.displayName,
      preferredLanguage: user.preferredLanguage as Language,
      organisationName: organisation.name,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      status: invitationStatus(invitation, user.status),
    });
  }

  /**
   * Sets the password of an invited person, activates the account and logs them in. A link that
   * is not genuine is BAD_USER_INPUT; a genuine one that can no longer be used is a CONFLICT
   * saying why (expired, used, withdrawn).
   */
  async accept(input: AcceptInvitationInput, client: ClientInfo): Promise<AuthPayload> {
    const invitation = await this.findByToken(input.token, 'input.token');
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: invitation.userId });
    this.passwords.assertAcceptable('input.password', input.password, user.email);
    const status = invitationStatus(invitation, user.status);
    if (status !== InvitationStatus.PENDING) throw new ConflictError(UNUSABLE[status]());
    const passwordHash = await this.passwords.hash(input.password);
    const activated = await this.dataSource.transaction(async (manager) => {
      // Claim the invitation atomically, so a link works once even if clicked twice at once.
      const claimed = await manager.update(
        Invitation,
        { id: invitation.id, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        { acceptedAt: new Date() },
      );
      if (!claimed.affected) {
        const now = invitationStatus(await manager.findOneByOrFail(Invitation, { id: invitation.id }), user.status);
        throw new ConflictError(UNUSABLE[now === InvitationStatus.PENDING ? InvitationStatus.USED : now]());
      }
      await manager.update(
        User,
        { id: user.id },
        {
          passwordHash,
          status: UserStatus.ACTIVE,
          ...(input.displayName?.trim() ? { displayName: input.displayName.trim() } : {}),
        },
      );
      await this.audit.record(manager, {
        actorUserId: user.id,
        action: 'invitation.accepted',
        entityType: 'user',
        entityId: user.id,
        fromState: user.status,
        toState: UserStatus.ACTIVE,
        data: { invitationId: invitation.id },
      });
      return manager.findOneByOrFail(User, { id: user.id });
    });
    this.authUsers.changed(activated.id);
    return this.auth.startSession(activated, client);
  }

  /**
   * The invitation a genuine token stands for, whatever its status; BAD_USER_INPUT naming the
   * argument for anything else (malformed, unknown id, wrong signature), without saying which.
   */
  private async findByToken(token: string, field: string): Promise<Invitation> {
    const refused = new BadUserInputError(problemAt(field, reason('invitation.notGenuine')));
    const [id, mac] = token.split('.');
    if (!id || !mac || !isUuid(id)) throw refused;
    const invitation = await this.dataSource.getRepository(Invitation).findOneBy({ id });
    if (!invitation) throw refused;
    const expected = Buffer.from(this.tokenFor(invitation));
    const given = Buffer.from(token);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw refused;
    return invitation;
  }

  private async createInvitation(
    manager: EntityManager,
    user: User,
    organisation: Organisation,
    input: InviteUserInput,
    actorUserId: string,
  ): Promise<Invitation> {
    // One live link per person: a new invitation replaces the ones not yet accepted.
    await manager.update(Invitation, { userId: user.id, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: new Date() });
    const invitation = await manager.save(
      manager.create(Invitation, {
        userId: user.id,
        organisationId: organisation.id,
        role: input.role,
        invitedByUserId: actorUserId,
        expiresAt: new Date(Date.now() + this.config.INVITATION_TTL_HOURS * 3_600_000),
      }),
    );
    const event: TypedEvent<IdentityEventPayloads> = {
      type: USER_INVITED,
      aggregateType: 'user',
      aggregateId: user.id,
      actorUserId,
      payload: { invitationId: invitation.id, organisationId: organisation.id, role: input.role },
    };
    await this.outbox.record(manager, event);
    return invitation;
  }
}
