import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard, PassportStrategy } from '@nestjs/passport';
import { Request } from 'express';
import { Strategy } from 'passport-local';
import { CLIENT_ADDRESS_HEADER } from '@qcdc/shared/auth';
import { AppError, Caller, parseInput, unauthenticated } from '@qcdc/shared/contracts';
import { LoginCredentials, loginInput } from '@qcdc/tenancy/domain';
import { AuthService } from './auth.service';

/** passport-local: province, username and password from the login mutation's input. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'username', passwordField: 'password', passReqToCallback: true });
  }

  /**
   * `req.body` is the login input as its schema left it (GqlLoginGuard): province code and username normalised.
   * The caller's address is the one the gateway set (subgraphs answer signed gateway requests only).
   */
  validate(req: Request, username: string, password: string): Promise<Caller> {
    const clientAddress = req.header(CLIENT_ADDRESS_HEADER) || req.ip || 'unknown';
    return this.auth.verifyCredentials((req.body as LoginCredentials).province, username, password, clientAddress);
  }
}

/** Runs the local strategy on the GraphQL `login(input)` arguments, once its schema has checked them (guards run before pipes). */
@Injectable()
export class GqlLoginGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext) {
    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext().req;
    req.body = parseInput(loginInput, gql.getArgs().input);
    return req;
  }

  override handleRequest<TUser>(error: unknown, user: TUser): TUser {
    if (error instanceof AppError) throw error;
    if (error || !user) throw unauthenticated('Vui lòng nhập tên đăng nhập và mật khẩu.', 'Enter a username and a password.');
    return user;
  }
}
