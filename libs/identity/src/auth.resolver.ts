import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, AuthUserLoader, CurrentUser, Public, reason, UnauthenticatedError, type GraphQLContext } from '#libs/core';
import { AuthService, type ClientInfo } from './auth.service.js';
import { AcceptInvitationInput, LoginInput, UpdateMeInput } from './dto/identity.inputs.js';
import { AuthPayload, InvitationPreview, UserView } from './dto/identity.types.js';
import { InvitationsService } from './invitations.service.js';
import { RefreshTokenDelivery, SessionCookie } from './session-cookie.js';
import { UsersService } from './users.service.js';

function clientOf(ctx: GraphQLContext): ClientInfo {
  const agent = ctx.req.headers['user-agent'];
  return { ip: ctx.req.ip, userAgent: typeof agent === 'string' ? agent : null };
}

const DELIVERY_ARG = {
  type: () => RefreshTokenDelivery,
  defaultValue: RefreshTokenDelivery.BODY,
  description: 'COOKIE for the web app: the refresh token goes in the HttpOnly session cookie, not in the response.',
};

/** Sessions: log in, refresh, log out, accept an invitation; and the caller's own account. */
@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: InvitationsService,
    private readonly users: UsersService,
    private readonly authUsers: AuthUserLoader,
    private readonly cookie: SessionCookie,
  ) {}

  /** The rest of the operation (e.g. `user { roles }`) runs as the person who just logged in. */
  private async actAs(ctx: GraphQLContext, payload: Promise<AuthPayload>): Promise<AuthPayload> {
    const result = await payload;
    ctx.req.user = (await this.authUsers.load(result.user.id)) ?? undefined;
    return result;
  }

  /** Starts a session, with its refresh token in the body or, for the web app, in the cookie only. */
  private async startSession(ctx: GraphQLContext, delivery: RefreshTokenDelivery, session: () => Promise<AuthPayload>): Promise<AuthPayload> {
    if (delivery === RefreshTokenDelivery.BODY) return this.actAs(ctx, session());
    this.cookie.assertMayUse(ctx.req);
    return this.inCookie(ctx, await this.actAs(ctx, session()));
  }

  private inCookie(ctx: GraphQLContext, payload: AuthPayload): AuthPayload {
    this.cookie.set(ctx.reply, payload.refreshToken!);
    return { ...payload, refreshToken: null };
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Logs in. Wrong e-mail or password gives UNAUTHENTICATED; repeated failures, TOO_MANY_REQUESTS.',
  })
  login(
    @Args('input') input: LoginInput,
    @Args('refreshTokenIn', DELIVERY_ARG) delivery: RefreshTokenDelivery,
    @Context() ctx: GraphQLContext,
  ): Promise<AuthPayload> {
    return this.startSession(ctx, delivery, () => this.auth.login(input.email, input.password, clientOf(ctx)));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Exchanges a refresh token for a new token pair (the old one stops working). Without refreshToken, uses the session ' +
      'cookie and replaces it (web app; the request must come from this site: Origin header, JSON POST).',
  })
  async refreshSession(
    @Args('refreshToken', { type: () => String, nullable: true }) refreshToken: string | null | undefined,
    @Context() ctx: GraphQLContext,
  ): Promise<AuthPayload> {
    if (refreshToken != null) return this.actAs(ctx, this.auth.refresh(refreshToken, clientOf(ctx)));
    this.cookie.assertMayUse(ctx.req);
    const fromCookie = this.cookie.read(ctx.req);
    if (!fromCookie) throw new UnauthenticatedError(reason('session.noCookie'));
    try {
      return this.inCookie(ctx, await this.actAs(ctx, this.auth.refresh(fromCookie, clientOf(ctx))));
    } catch (error) {
      // A cookie that no longer opens a session is of no use to keep.
      if (error instanceof UnauthenticatedError) this.cookie.clear(ctx.reply);
      throw error;
    }
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Ends the session of this refresh token; false if there was none. Without refreshToken, ends the session of the ' +
      'session cookie and clears it (same conditions as refreshSession).',
  })
  async logout(
    @Args('refreshToken', { type: () => String, nullable: true }) refreshToken: string | null | undefined,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    if (refreshToken != null) return this.auth.logout(refreshToken);
    this.cookie.assertMayUse(ctx.req);
    const fromCookie = this.cookie.read(ctx.req);
    this.cookie.clear(ctx.reply);
    return fromCookie ? this.auth.logout(fromCookie) : false;
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Sets a password from an invitation link and logs in. A link that is not genuine gives BAD_USER_INPUT; ' + 'an expired, used or withdrawn one, CONFLICT.',
  })
  acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Args('refreshTokenIn', DELIVERY_ARG) delivery: RefreshTokenDelivery,
    @Context() ctx: GraphQLContext,
  ): Promise<AuthPayload> {
    return this.startSession(ctx, delivery, () => this.invitations.accept(input, clientOf(ctx)));
  }

  @Public()
  @Query(() => InvitationPreview, {
    description:
      'What an invitation link offers (e-mail, organisation, role, expiry) and whether it can still be used. ' +
      'A link that is not genuine gives BAD_USER_INPUT.',
  })
  invitation(@Args('token') token: string): Promise<InvitationPreview> {
    return this.invitations.preview(token);
  }

  @Query(() => UserView, { description: 'The logged-in user, with memberships and roles.' })
  async me(@CurrentUser() user: AuthUser): Promise<UserView> {
    return UserView.from(await this.users.get(user.id));
  }

  @Mutation(() => UserView, { description: 'Changes your own name, language or time zone.' })
  async updateMe(@CurrentUser() user: AuthUser, @Args('input') input: UpdateMeInput): Promise<UserView> {
    return UserView.from(await this.users.updateMe(user, input));
  }
}
