import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-errors.js';
import { reason } from '../errors/reasons.js';
import { AccessTokenService } from './access-token.service.js';
import { AuthUserLoader, type AuthUser } from './auth-user.js';
import { PUBLIC_KEY, requestOf, ROLES_KEY, SCOPE_KEY, type ScopeRule } from './decorators.js';
import type { Role } from './roles.js';

/** The token of an `Authorization: Bearer …` header, if any (the response cache reads it too). */
export function bearerToken(headers: Record<string, unknown>): string | undefined {
  const header = headers['authorization'];
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}

/**
 * Authentication, applied to every operation: reads the bearer token, loads the user and their
 * memberships. A missing token is refused unless the operation is @Public; a bad token always is.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  /** The user being loaded for a request: its root fields are guarded in parallel, one query serves all. */
  private readonly loading = new WeakMap<object, Promise<AuthUser | null>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly users: AuthUserLoader,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    const request = requestOf(context);
    if (request.user) return true;
    const token = bearerToken(request.headers);
    if (!token) {
      if (isPublic) return true;
      throw new UnauthenticatedError();
    }
    const userId = this.tokens.verify(token);
    let loading = this.loading.get(request);
    if (!loading) {
      loading = this.users.load(userId);
      this.loading.set(request, loading);
    }
    const user = await loading;
    if (!user) throw new UnauthenticatedError(reason('auth.accountUnusable'));
    request.user = user;
    return true;
  }
}

/** Authorization by role and by State or organisation scope (see @Roles, @StateScope). */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const scope = this.reflector.getAllAndOverride<ScopeRule | undefined>(SCOPE_KEY, targets);
    if (!roles && !scope) return true;
    const user = requestOf(context).user;
    if (!user) throw new UnauthenticatedError();
    if (roles && !user.hasRole(...roles)) {
      throw new ForbiddenError(reason('access.needsOneOfRoles', { roles }));
    }
    if (scope) {
      const value = readPath(argsOf(context), scope.argPath);
      if (typeof value !== 'string') return true; // a missing argument is the validation's business
      const allowed = scope.kind === 'state' ? user.canActForState(value, scope.roles) : user.canActForOrganisation(value, scope.roles);
      if (!allowed) {
        throw new ForbiddenError(
          scope.kind === 'state'
            ? reason('access.stateRoleMissing', { roles: scope.roles, state: value })
            : reason('access.organisationRoleMissing', { roles: scope.roles, organisationId: value }),
        );
      }
    }
    return true;
  }
}

function argsOf(context: ExecutionContext): Record<string, unknown> {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getArgs();
  const req = context.switchToHttp().getRequest<{ params?: object; query?: object; body?: object }>();
  return { ...req.query, ...req.body, ...req.params };
}

function readPath(source: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], source);
}
