import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig, HandlesDomainEvent, type DomainEventHandler, type OutboxEvent } from '#libs/core';
import { Invitation } from './entities/invitation.entity.js';
import { User } from './entities/user.entity.js';
import { identityPayload, InvitationsService, USER_INVITED } from './invitations.service.js';

/**
 * Until e-mail notifications exist (they consume this same event), announces each new invitation
 * in the worker's log; in development with its link, the way development mail is logged rather
 * than sent. The administrator also receives the link in the inviteUser response.
 */
@HandlesDomainEvent(USER_INVITED, 'identity.invitation-notice')
@Injectable()
export class UserInvitedHandler implements DomainEventHandler {
  private readonly logger = new Logger(UserInvitedHandler.name);

  constructor(
    private readonly invitations: InvitationsService,
    private readonly config: AppConfig,
  ) {}

  async handle(event: OutboxEvent, manager: EntityManager): Promise<void> {
    const invitationId = String(identityPayload(event, USER_INVITED).invitationId ?? '');
    const invitation = await manager.findOneBy(Invitation, { id: invitationId });
    if (!invitation || invitation.acceptedAt || invitation.revokedAt) {
      this.logger.log(`invitation ${invitationId} is no longer pending; nothing to announce`);
      return;
    }
    const user = await manager.findOneByOrFail(User, { id: invitation.userId });
    if (this.config.isDevelopment) {
      this.logger.log(`invitation for ${user.email} (not e-mailed in development): ${this.invitations.acceptUrlFor(invitation)}`);
    } else {
      this.logger.log(`invitation ${invitation.id} for user ${user.id} is pending acceptance`);
    }
  }
}
