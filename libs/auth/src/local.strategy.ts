import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { requestMeta } from '@app/common';
import { LoginService } from './login.service';

/** Username (or phone) and password; the outcome, with the issued session, becomes `req.user`. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: LoginService) {
    super({ usernameField: 'username', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: Request, username: string, password: string) {
    return this.auth.login(username, password, requestMeta(req));
  }
}
