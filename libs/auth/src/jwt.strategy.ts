import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { Actor } from '@app/common';
import { AppConfig } from '@app/config';
import { jwtSecretKey } from './jwt-key';
import { AccessClaims, TokensService } from './tokens.service';

/**
 * Verifies HS256 access tokens only (no `none`, no algorithm switching), then checks on every
 * request that the session behind the token is still live: a logout, a revoked family, a disabled
 * or deleted account, or a changed role, zone or authority ends it at once, in every api process.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly tokens: TokensService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt hands the key to jsonwebtoken as it is; its types predate KeyObject.
      secretOrKey: jwtSecretKey(config.JWT_SECRET) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  /** Null (401) for a token that is not, or no longer, good; database errors go on as they are (503). */
  validate(claims: AccessClaims): Promise<Actor | null> {
    return this.tokens.actorFor(claims);
  }
}
