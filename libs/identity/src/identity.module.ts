import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthUserLoader } from '#libs/core';
import { ReferenceDataModule } from '#libs/reference-data';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { IdentityAuthUserLoader } from './auth-user.loader.js';
import { IDENTITY_ENTITIES } from './entities/index.js';
import { InvitationsService } from './invitations.service.js';
import { LoginThrottle } from './login-throttle.service.js';
import { OrganisationsResolver } from './organisations.resolver.js';
import { OrganisationsService } from './organisations.service.js';
import { PasswordHasher } from './password-hasher.js';
import { RefreshTokensService } from './refresh-tokens.service.js';
import { SessionCookie } from './session-cookie.js';
import { UserInvitedHandler } from './user-invited.handler.js';
import { MembershipsResolver, UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';

/** Organisations, users, memberships, sessions and invitations. */
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES), ReferenceDataModule],
  providers: [
    PasswordHasher,
    LoginThrottle,
    RefreshTokensService,
    AuthService,
    InvitationsService,
    OrganisationsService,
    UsersService,
    IdentityAuthUserLoader,
    { provide: AuthUserLoader, useExisting: IdentityAuthUserLoader },
  ],
  exports: [AuthUserLoader, AuthService, InvitationsService, OrganisationsService, UsersService, PasswordHasher],
})
export class IdentityModule {}

@Module({
  imports: [IdentityModule, ReferenceDataModule],
  providers: [AuthResolver, SessionCookie, OrganisationsResolver, UsersResolver, MembershipsResolver],
  exports: [IdentityModule],
})
export class IdentityApiModule {}

@Module({
  imports: [IdentityModule],
  providers: [UserInvitedHandler],
})
export class IdentityWorkerModule {}
