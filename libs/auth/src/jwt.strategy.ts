import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { Actor } from '@app/common';
import { AppConfig } from '@app/config';
import { jwtSecretKey } from './jwt-key';
import { AccessClaims } from './tokens.service';

/** Verifies HS256 access tokens only (no `none`, no algorithm switching) and turns them into an Actor. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt hands the key to jsonwebtoken as it is; its types predate KeyObject.
      secretOrKey: jwtSecretKey(config.JWT_SECRET) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessClaims): Actor {
    return { userId: claims.sub, role: claims.role, zoneId: claims.zone, authorityId: claims.auth };
  }
}
