import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, ForbiddenError, OrganisationType, reason, Role, Roles, ROLES_BY_ORGANISATION_TYPE, type GraphQLContext } from '#libs/core';
import { MemberStateView, ReferenceDataService } from '#libs/reference-data';
import { CreateOrganisationInput } from './dto/identity.inputs.js';
import { MembershipView, OrganisationView } from './dto/identity.types.js';
import { OrganisationsService } from './organisations.service.js';

@Resolver(() => OrganisationView)
export class OrganisationsResolver {
  constructor(
    private readonly service: OrganisationsService,
    private readonly referenceData: ReferenceDataService,
  ) {}

  @Query(() => [OrganisationView], { description: 'Organisations on the platform.' })
  async organisations(@Args('type', { type: () => OrganisationType, nullable: true }) type?: OrganisationType): Promise<OrganisationView[]> {
    return (await this.service.list(type)).map(OrganisationView.from);
  }

  @Query(() => OrganisationView)
  async organisation(@Args('id', { type: () => ID }) id: string): Promise<OrganisationView> {
    return OrganisationView.from(await this.service.get(id));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => OrganisationView, { description: 'Creates an organisation. Administrators only.' })
  async createOrganisation(@CurrentUser() user: AuthUser, @Args('input') input: CreateOrganisationInput): Promise<OrganisationView> {
    return OrganisationView.from(await this.service.create(input, user.id));
  }

  @ResolveField(() => MemberStateView, { nullable: true, description: 'The State the organisation speaks for.' })
  async memberState(@Parent() organisation: OrganisationView, @Context() ctx: GraphQLContext): Promise<MemberStateView | null> {
    if (!organisation.stateIso3) return null;
    const state = await ctx.loaders.get(this.referenceData.memberStatesByIso3).load(organisation.stateIso3);
    return state ? MemberStateView.from(state, ctx.req.user?.language ?? 'en') : null;
  }

  @ResolveField(() => [Role], {
    description: 'The roles its members may hold, by its type (inviteUser refuses the others).',
  })
  roles(@Parent() organisation: OrganisationView): Role[] {
    return [...ROLES_BY_ORGANISATION_TYPE[organisation.type]];
  }

  @ResolveField(() => [MembershipView], {
    description: 'Who holds which role here. Visible to administrators and to members of the organisation.',
  })
  async memberships(@Parent() organisation: OrganisationView, @Context() ctx: GraphQLContext): Promise<MembershipView[]> {
    const user = ctx.req.user;
    if (!user || !(user.hasRole(Role.ADMIN) || user.memberships.some((m) => m.organisationId === organisation.id))) {
      throw new ForbiddenError(reason('organisation.membersHidden'));
    }
    const list = await ctx.loaders.get(this.service.membershipsByOrganisation).load(organisation.id);
    return (list ?? []).map(MembershipView.from);
  }
}
