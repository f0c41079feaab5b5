import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-errors.js';
import { AuthUser } from './auth-user.js';
import { OrganisationScope, Roles, StateScope } from './decorators.js';
import { AccessGuard } from './guards.js';
import { OrganisationType, Role } from './roles.js';

const npcOfGhana = new AuthUser('u1', 'npc@example.org', 'en', [
  { organisationId: 'org-gha', organisationType: OrganisationType.MEMBER_STATE, stateIso3: 'GHA', regionalOrganisationCode: null, role: Role.NPC },
]);

/** A GraphQL execution context for a resolver method carrying `decorators`, called with `args`. */
function graphqlCall(decorators: MethodDecorator[], args: Record<string, unknown>, user?: AuthUser): ExecutionContext {
  class Resolver {
    handle(): void {}
  }
  const descriptor = Object.getOwnPropertyDescriptor(Resolver.prototype, 'handle')!;
  for (const decorate of decorators) decorate(Resolver.prototype, 'handle', descriptor);
  const gqlArgs = [{}, args, { req: { user, headers: {} } }, {}];
  return {
    getType: () => 'graphql',
    getHandler: () => Resolver.prototype.handle,
    getClass: () => Resolver,
    getArgs: () => gqlArgs,
    getArgByIndex: (i: number) => gqlArgs[i],
    switchToHttp: () => {
      throw new Error('not http');
    },
    switchToRpc: () => {
      throw new Error('not rpc');
    },
    switchToWs: () => {
      throw new Error('not ws');
    },
  } as unknown as ExecutionContext;
}

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector());

  it('lets through operations that ask for no role or scope', () => {
    expect(guard.canActivate(graphqlCall([], {}))).toBe(true);
  });

  it('checks roles', () => {
    expect(guard.canActivate(graphqlCall([Roles(Role.NPC, Role.DONOR)], {}, npcOfGhana))).toBe(true);
    expect(() => guard.canActivate(graphqlCall([Roles(Role.ADMIN)], {}, npcOfGhana))).toThrow(ForbiddenError);
    expect(() => guard.canActivate(graphqlCall([Roles(Role.ADMIN)], {}))).toThrow(UnauthenticatedError);
  });

  it("keeps a State's NPC to that State's records", () => {
    const scoped = [StateScope('input.stateIso3')];
    expect(guard.canActivate(graphqlCall(scoped, { input: { stateIso3: 'gha' } }, npcOfGhana))).toBe(true);
    expect(() => guard.canActivate(graphqlCall(scoped, { input: { stateIso3: 'KEN' } }, npcOfGhana))).toThrow(/for the State KEN/);
  });

  it('requires the role itself, not only membership of the State', () => {
    expect(() => guard.canActivate(graphqlCall([StateScope('stateIso3', [Role.DONOR])], { stateIso3: 'GHA' }, npcOfGhana))).toThrow(ForbiddenError);
  });

  it('keeps organisation scope to members in the role', () => {
    const scoped = [OrganisationScope('organisationId', [Role.NPC])];
    expect(guard.canActivate(graphqlCall(scoped, { organisationId: 'org-gha' }, npcOfGhana))).toBe(true);
    expect(() => guard.canActivate(graphqlCall(scoped, { organisationId: 'org-deu' }, npcOfGhana))).toThrow(/in organisation org-deu/);
  });
});
