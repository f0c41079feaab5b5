import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, BadUserInputError, CurrentUser, OrganisationScope, problemAt, reason, Role, Roles } from '#libs/core';
import { NeedsService } from '#libs/needs';
import { CreateStandingCriteriaInput, StandingCriteriaPreviewView, StandingCriteriaView, UpdateStandingCriteriaInput } from './dto/criteria.types.js';
import { StandingCriteriaService } from './standing-criteria.service.js';

/** Donors' standing criteria (saved searches): their donors manage them. */
@Resolver(() => StandingCriteriaView)
export class StandingCriteriaResolver {
  constructor(
    private readonly service: StandingCriteriaService,
    private readonly needs: NeedsService,
  ) {}

  @OrganisationScope('organisationId', [Role.DONOR])
  @Query(() => [StandingCriteriaView], { description: "Your donor organisation's standing criteria." })
  async standingCriteria(@CurrentUser() user: AuthUser, @Args('organisationId', { type: () => ID }) organisationId: string): Promise<StandingCriteriaView[]> {
    return (await this.service.list(organisationId, user)).map(StandingCriteriaView.from);
  }

  @Roles(Role.DONOR)
  @Query(() => StandingCriteriaPreviewView, { description: 'The published needs these criteria fit now.' })
  async standingCriteriaPreview(
    @CurrentUser() user: AuthUser,
    @Args('criteriaId', { type: () => ID }) criteriaId: string,
    @Args('first', { type: () => Int, nullable: true, description: '1 to 100; default 20.' }) first?: number,
  ): Promise<StandingCriteriaPreviewView> {
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 1 || size > 100) throw new BadUserInputError(problemAt('first', reason('field.notInRange', { min: 1, max: 100 })));
    const { needs, total } = await this.service.preview(criteriaId, size, user);
    return Object.assign(new StandingCriteriaPreviewView(), { needs: needs.map((n) => this.needs.view(n, user)), totalCount: total });
  }

  @OrganisationScope('input.organisationId', [Role.DONOR])
  @Mutation(() => StandingCriteriaView, { description: 'Saves criteria: needs published later that fit them are announced to you.' })
  async createStandingCriteria(@CurrentUser() user: AuthUser, @Args('input') input: CreateStandingCriteriaInput): Promise<StandingCriteriaView> {
    return StandingCriteriaView.from(await this.service.create(input, user));
  }

  @Roles(Role.DONOR)
  @Mutation(() => StandingCriteriaView)
  async updateStandingCriteria(@CurrentUser() user: AuthUser, @Args('input') input: UpdateStandingCriteriaInput): Promise<StandingCriteriaView> {
    return StandingCriteriaView.from(await this.service.update(input, user));
  }

  @Roles(Role.DONOR)
  @Mutation(() => StandingCriteriaView, { description: 'Pauses (false) or resumes (true) criteria.' })
  async setStandingCriteriaActive(
    @CurrentUser() user: AuthUser,
    @Args('criteriaId', { type: () => ID }) criteriaId: string,
    @Args('active') active: boolean,
  ): Promise<StandingCriteriaView> {
    return StandingCriteriaView.from(await this.service.setActive(criteriaId, active, user));
  }

  @Roles(Role.DONOR)
  @Mutation(() => Boolean)
  deleteStandingCriteria(@CurrentUser() user: AuthUser, @Args('criteriaId', { type: () => ID }) criteriaId: string): Promise<boolean> {
    return this.service.delete(criteriaId, user);
  }
}
