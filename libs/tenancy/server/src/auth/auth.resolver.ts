import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, Public } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { AuthSession, Viewer } from '../graphql-types';
import { LoginInput, RefreshTokenArgs } from '../inputs';
import { toAuthSession, toViewer } from '../to-graphql';
import { AuthService } from './auth.service';
import { GqlLoginGuard } from './local.strategy';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(GqlLoginGuard)
  @Mutation(() => AuthSession, { description: 'Đăng nhập: province code (empty for platform admins), username, password' })
  async login(@Args('input') _input: LoginInput, @CurrentCaller() caller: Caller): Promise<AuthSession> {
    return toAuthSession(await this.auth.startSession(caller));
  }

  @Public()
  @Mutation(() => AuthSession, { description: 'Exchanges a refresh token for a new session; each token works once' })
  async refreshSession(@Args() { refreshToken }: RefreshTokenArgs): Promise<AuthSession> {
    return toAuthSession(await this.auth.refresh(refreshToken));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Đăng xuất: revokes the refresh token and every token rotated from it' })
  logout(@Args() { refreshToken }: RefreshTokenArgs): Promise<boolean> {
    return this.auth.logout(refreshToken);
  }

  @Query(() => Viewer, { description: 'The signed-in user and their memberships' })
  async me(@CurrentCaller() caller: Caller): Promise<Viewer> {
    return toViewer(await this.auth.viewer(caller));
  }
}
