import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig, APP_CONFIG } from '@qcdc/shared/config';
import { Caller } from '@qcdc/shared/contracts';
import { AccessTokenClaims, JWT_ALGORITHM, callerFromClaims } from './access-token';

/** Every subgraph verifies the bearer token itself with the public key; the gateway only forwards it. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwt.publicKeyPem,
      algorithms: [JWT_ALGORITHM],
      issuer: config.jwt.issuer,
      ignoreExpiration: false,
    });
  }

  validate(claims: Partial<AccessTokenClaims>): Caller | false {
    return callerFromClaims(claims) ?? false;
  }
}
