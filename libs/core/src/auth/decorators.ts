import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthUser } from './auth-user.js';
import { Role } from './roles.js';

export const PUBLIC_KEY = 'gis:public';
export const ROLES_KEY = 'gis:roles';
export const SCOPE_KEY = 'gis:scope';

/** Anyone may call this, logged in or not. Everything else needs a valid access token. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The caller must hold one of these roles in some organisation. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export interface ScopeRule {
  kind: 'state' | 'organisation';
  /** Dotted path of the argument holding the State's ISO alpha-3 or the organisation id. */
  argPath: string;
  roles: Role[];
}

/** The caller must hold one of `roles` for the State named by argument `argPath`. */
export const StateScope = (argPath: string, roles: Role[] = [Role.NPC]) => SetMetadata(SCOPE_KEY, { kind: 'state', argPath, roles } satisfies ScopeRule);

/** The caller must hold one of `roles` in the organisation named by argument `argPath`. */
export const OrganisationScope = (argPath: string, roles: Role[]) => SetMetadata(SCOPE_KEY, { kind: 'organisation', argPath, roles } satisfies ScopeRule);

export function requestOf(context: ExecutionContext): { user?: AuthUser; headers: Record<string, unknown> } {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: never }>().req;
  }
  return context.switchToHttp().getRequest();
}

/** The authenticated user (undefined on a @Public operation called anonymously). */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext) => requestOf(context).user);
