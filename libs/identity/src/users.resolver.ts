import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, ForbiddenError, reason, Role, Roles, type GraphQLContext } from '#libs/core';
import { InviteUserInput, SetUserStatusInput } from './dto/identity.inputs.js';
import { InviteUserPayload, MembershipView, OrganisationView, UserView } from './dto/identity.types.js';
import { InvitationsService } from './invitations.service.js';
import { OrganisationsService } from './organisations.service.js';
import { UsersService } from './users.service.js';

function assertCanSeeUser(ctx: GraphQLContext, userId: string): void {
  const viewer = ctx.req.user;
  if (!viewer || (viewer.id !== userId && !viewer.hasRole(Role.ADMIN))) {
    throw new ForbiddenError(reason('user.othersHidden'));
  }
}

@Resolver(() => UserView)
export class UsersResolver {
  constructor(
    private readonly service: UsersService,
    private readonly invitations: InvitationsService,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => [UserView], { description: 'Accounts, optionally of one organisation. Administrators only.' })
  async users(@Args('organisationId', { type: () => ID, nullable: true }) organisationId?: string): Promise<UserView[]> {
    return (await this.service.list(organisationId)).map(UserView.from);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => InviteUserPayload, { description: 'Invites a person into an organisation in a role. Administrators only.' })
  inviteUser(@CurrentUser() user: AuthUser, @Args('input') input: InviteUserInput): Promise<InviteUserPayload> {
    return this.invitations.invite(input, user);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserView, { description: 'Enables or disables an account. Administrators only.' })
  async setUserStatus(@CurrentUser() user: AuthUser, @Args('input') input: SetUserStatusInput): Promise<UserView> {
    return UserView.from(await this.service.setStatus(input.userId, input.status, user));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Takes a role away from a person. Administrators only.' })
  revokeMembership(@CurrentUser() user: AuthUser, @Args('membershipId', { type: () => ID }) membershipId: string): Promise<boolean> {
    return this.service.revokeMembership(membershipId, user);
  }

  @ResolveField(() => [MembershipView])
  async memberships(@Parent() user: UserView, @Context() ctx: GraphQLContext): Promise<MembershipView[]> {
    assertCanSeeUser(ctx, user.id);
    return ((await ctx.loaders.get(this.service.membershipsByUser).load(user.id)) ?? []).map(MembershipView.from);
  }

  @ResolveField(() => [Role], { description: 'Every role the user holds, in any organisation.' })
  async roles(@Parent() user: UserView, @Context() ctx: GraphQLContext): Promise<Role[]> {
    assertCanSeeUser(ctx, user.id);
    const memberships = (await ctx.loaders.get(this.service.membershipsByUser).load(user.id)) ?? [];
    return [...new Set(memberships.map((m) => m.role))].sort();
  }
}

@Resolver(() => MembershipView)
export class MembershipsResolver {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
  ) {}

  @ResolveField(() => OrganisationView)
  async organisation(@Parent() membership: MembershipView, @Context() ctx: GraphQLContext): Promise<OrganisationView> {
    const organisation = await ctx.loaders.get(this.organisations.byId).load(membership.organisationId);
    if (!organisation) throw new Error(`organisation ${membership.organisationId} of membership ${membership.id} is missing`);
    return OrganisationView.from(organisation);
  }

  @ResolveField(() => UserView)
  async user(@Parent() membership: MembershipView, @Context() ctx: GraphQLContext): Promise<UserView> {
    const user = await ctx.loaders.get(this.users.byId).load(membership.userId);
    if (!user) throw new Error(`user ${membership.userId} of membership ${membership.id} is missing`);
    return UserView.from(user);
  }
}
