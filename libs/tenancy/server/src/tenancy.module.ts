import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AppConfig, APP_CONFIG } from '@qcdc/shared/config';
import { JWT_ALGORITHM } from '@qcdc/shared/auth';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { LocalStrategy } from './auth/local.strategy';
import { PasswordHasher } from './auth/password-hasher';
import { RefreshTokenRepository } from './auth/refresh-token.repository';
import { SessionRepository } from './auth/session.repository';
import { SignInLimits } from './auth/sign-in-limits';
import { RedisModule } from './redis/redis.module';
import { ImportsModule } from './imports/imports.module';
import { OrgUnitRepository } from './org-units/org-unit.repository';
import { OrgUnitResolver } from './org-units/org-unit.resolver';
import { OrgUnitService } from './org-units/org-unit.service';
import { PeopleResolver } from './people/people.resolver';
import { PeopleService } from './people/people.service';
import { UserTokenRepository } from './people/user-token.repository';
import { ProvinceResolver } from './provinces/province.resolver';
import { ProvinceService } from './provinces/province.service';
import { TenantRepository } from './provinces/tenant.repository';
import { UserRepository } from './users/user.repository';
import { UserResolver } from './users/user.resolver';
import { UserService } from './users/user.service';
import { UnitProfileRepository } from './unit-profiles/unit-profile.repository';
import { UnitProfileResolver } from './unit-profiles/unit-profile.resolver';
import { UnitProfileService } from './unit-profiles/unit-profile.service';
import { UnitTypeRepository } from './unit-types/unit-type.repository';
import { UnitTypeResolver } from './unit-types/unit-type.resolver';
import { UnitTypeService } from './unit-types/unit-type.service';

/** Tenant management: provinces, the org tree and its unit types, unit profiles, users, memberships and sign-in. */
@Module({
  imports: [
    PassportModule,
    RedisModule,
    ImportsModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        privateKey: config.jwt.privateKeyPem ?? undefined,
        publicKey: config.jwt.publicKeyPem,
        signOptions: { algorithm: JWT_ALGORITHM, issuer: config.jwt.issuer },
      }),
    }),
  ],
  providers: [
    AuthResolver,
    AuthService,
    LocalStrategy,
    PasswordHasher,
    RefreshTokenRepository,
    SessionRepository,
    SignInLimits,
    OrgUnitRepository,
    OrgUnitResolver,
    OrgUnitService,
    PeopleResolver,
    PeopleService,
    ProvinceResolver,
    ProvinceService,
    TenantRepository,
    UserRepository,
    UserResolver,
    UserService,
    UserTokenRepository,
    UnitProfileRepository,
    UnitProfileResolver,
    UnitProfileService,
    UnitTypeRepository,
    UnitTypeResolver,
    UnitTypeService,
  ],
})
export class TenancyModule {}
