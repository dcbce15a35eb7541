import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { GqlJwtGuard } from './auth.guard';
import { JwtStrategy } from './jwt.strategy';

/** Token verification for a subgraph: every operation is guarded unless marked @Public(). */
@Module({
  imports: [PassportModule],
  providers: [JwtStrategy, { provide: APP_GUARD, useClass: GqlJwtGuard }],
})
export class AuthModule {}
