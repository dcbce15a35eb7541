import { ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { Caller, unauthenticated } from '@qcdc/shared/contracts';
import { TenantContext } from '@qcdc/shared/db';

const PUBLIC_KEY = 'qcdc:public';
/** Marks an operation that needs no token (login, the province list of the login screen). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Whether the operation being run is marked @Public() (it has no caller). */
export const isPublicOperation = (reflector: Reflector, context: ExecutionContext): boolean =>
  reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]) ?? false;

/**
 * Global guard of every subgraph: verifies the bearer token (passport-jwt) and puts the caller, and with
 * it the tenant, into the request's context. Operations are closed unless marked @Public().
 */
@Injectable()
export class GqlJwtGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly tenantContext: TenantContext,
  ) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext().req
      : context.switchToHttp().getRequest();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (isPublicOperation(this.reflector, context)) return true;
    // Federation's entity resolution (_entities) carries the caller's token like any other operation.
    await super.canActivate(context);
    const caller = this.getRequest(context).user as Caller;
    this.tenantContext.setCaller(caller);
    return true;
  }

  override handleRequest<TUser>(error: unknown, user: TUser): TUser {
    if (error || !user) throw unauthenticated();
    return user;
  }
}
