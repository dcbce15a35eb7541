import { UseGuards } from '@nestjs/common';
import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { CLIENT_ADDRESS_HEADER, CLIENT_USER_AGENT_HEADER, CurrentCaller, Public, REFRESH_TOKEN_HEADER } from '@qcdc/shared/auth';
import { Caller, unauthenticated } from '@qcdc/shared/contracts';
import { AuthSession, SessionInfo, Viewer } from '../graphql-types';
import { LoginInput, RefreshTokenArgs, SessionIdArgs } from '../inputs';
import { toAuthSession, toSessionInfo, toViewer } from '../to-graphql';
import { AuthService, Session } from './auth.service';
import { GqlLoginGuard } from './local.strategy';

interface HttpContext {
  req: Request;
  res: Response;
}

/**
 * The refresh token never appears in an answer's body: it goes back in a header that the gateway turns into
 * the browser's httpOnly cookie (and an API client reads from Set-Cookie). It comes in as the mutation's
 * argument (API clients) or, from a browser, as the cookie the gateway passes on.
 */
const refreshTokenOf = (given: string | null | undefined, { req }: HttpContext): string | null =>
  given ?? (req.header(REFRESH_TOKEN_HEADER) || null);

function handOut(session: Session, { res }: HttpContext): AuthSession {
  res.setHeader(REFRESH_TOKEN_HEADER, session.refreshToken);
  return toAuthSession(session);
}

/** The browser's cookie is cleared: its session has ended. */
const forget = ({ res }: HttpContext) => res.setHeader(REFRESH_TOKEN_HEADER, '');

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(GqlLoginGuard)
  @Mutation(() => AuthSession, {
    description: 'Đăng nhập: province code (empty for platform admins), username, password. The refresh token comes back as a cookie',
  })
  async login(@Args('input') _input: LoginInput, @CurrentCaller() caller: Caller, @Context() http: HttpContext): Promise<AuthSession> {
    const session = await this.auth.startSession(caller, {
      clientAddress: http.req.header(CLIENT_ADDRESS_HEADER) || 'unknown',
      userAgent: http.req.header(CLIENT_USER_AGENT_HEADER) ?? '',
      previousRefreshToken: refreshTokenOf(null, http),
    });
    return handOut(session, http);
  }

  @Public()
  @Mutation(() => AuthSession, {
    description: 'Renews the session: the refresh token (the argument, or the cookie) for a new access token and the next refresh token; each works once',
  })
  async refreshSession(@Args() { refreshToken }: RefreshTokenArgs, @Context() http: HttpContext): Promise<AuthSession> {
    const token = refreshTokenOf(refreshToken, http);
    if (!token) throw unauthenticated();
    try {
      return handOut(await this.auth.refresh(token), http);
    } catch (error) {
      forget(http);
      throw error;
    }
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Đăng xuất: ends the session of the refresh token (the argument, or the cookie), its access tokens included' })
  async logout(@Args() { refreshToken }: RefreshTokenArgs, @Context() http: HttpContext): Promise<boolean> {
    const token = refreshTokenOf(refreshToken, http);
    forget(http);
    return token ? this.auth.logout(token) : true;
  }

  @Mutation(() => Int, { description: 'Đăng xuất khỏi mọi thiết bị: ends every session of the caller, this one included; returns how many' })
  async logoutEverywhere(@CurrentCaller() caller: Caller, @Context() http: HttpContext): Promise<number> {
    const ended = await this.auth.logoutEverywhere(caller);
    forget(http);
    return ended;
  }

  @Query(() => [SessionInfo], { description: 'Các phiên đăng nhập: the caller’s own sessions that are still open, the most recently used first' })
  async mySessions(@CurrentCaller() caller: Caller): Promise<SessionInfo[]> {
    return (await this.auth.sessionsOf(caller)).map((s) => toSessionInfo(s, caller));
  }

  @Mutation(() => Boolean, { description: 'Ends one of the caller’s own sessions (a lost phone, a shared PC)' })
  endSession(@CurrentCaller() caller: Caller, @Args() { sessionId }: SessionIdArgs): Promise<boolean> {
    return this.auth.endSession(caller, sessionId);
  }

  @Query(() => Viewer, { description: 'The signed-in user and their memberships' })
  async me(@CurrentCaller() caller: Caller): Promise<Viewer> {
    return toViewer(await this.auth.viewer(caller));
  }
}
