import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, AuthUserLoader, CurrentUser, Public, type GraphQLContext } from '#libs/core';
import { AuthService, type ClientInfo } from './auth.service.js';
import { AcceptInvitationInput, LoginInput, UpdateMeInput } from './dto/identity.inputs.js';
import { AuthPayload, UserView } from './dto/identity.types.js';
import { InvitationsService } from './invitations.service.js';
import { UsersService } from './users.service.js';

function clientOf(ctx: GraphQLContext): ClientInfo {
  const agent = ctx.req.headers['user-agent'];
  return { ip: ctx.req.ip, userAgent: typeof agent === 'string' ? agent : null };
}

/** Sessions: log in, refresh, log out, accept an invitation; and the caller's own account. */
@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: InvitationsService,
    private readonly users: UsersService,
    private readonly authUsers: AuthUserLoader,
  ) {}

  /** The rest of the operation (e.g. `user { roles }`) runs as the person who just logged in. */
  private async actAs(ctx: GraphQLContext, payload: Promise<AuthPayload>): Promise<AuthPayload> {
    const result = await payload;
    ctx.req.user = (await this.authUsers.load(result.user.id)) ?? undefined;
    return result;
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Logs in. Wrong e-mail or password gives UNAUTHENTICATED; repeated failures, TOO_MANY_REQUESTS.',
  })
  login(@Args('input') input: LoginInput, @Context() ctx: GraphQLContext): Promise<AuthPayload> {
    return this.actAs(ctx, this.auth.login(input.email, input.password, clientOf(ctx)));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Exchanges a refresh token for a new token pair (the old one stops working).' })
  refreshSession(@Args('refreshToken') refreshToken: string, @Context() ctx: GraphQLContext): Promise<AuthPayload> {
    return this.actAs(ctx, this.auth.refresh(refreshToken, clientOf(ctx)));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session of this refresh token.' })
  logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    return this.auth.logout(refreshToken);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sets a password from an invitation link and logs in.' })
  acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() ctx: GraphQLContext): Promise<AuthPayload> {
    return this.actAs(ctx, this.invitations.accept(input, clientOf(ctx)));
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
