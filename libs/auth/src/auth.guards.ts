import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { Actor, ALLOWED_ROLES, createValidationPipe, IS_PUBLIC, Role } from '@app/common';
import type { Request } from 'express';
import { RateLimiter } from '@app/redis';
import { LoginDto } from './auth.dto';
import { AuthError, AuthErrorCode } from './auth.errors';

/**
 * Attempts per client address, whatever the account. There is deliberately no limit per account
 * across addresses: anyone could use it to keep the owner out. Guessing one account is stopped
 * by the lockout per account and address (LoginLockout).
 */
const LOGIN_PER_ADDRESS = { name: 'login_ip', max: 60, windowSeconds: 60 };

/** The login body is validated here, before passport-local, exactly as the api's pipe validates any DTO. */
const LOGIN_BODY = createValidationPipe();

/** Global: every route needs a valid access token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    return isPublic ? true : super.canActivate(context);
  }

  override handleRequest<T>(err: unknown, user: T): T {
    // A token that failed verification arrives as `info`; `err` is a failure of the check itself.
    if (err) throw err;
    if (!user) throw new AuthError(AuthErrorCode.TokenInvalid, '未登录或登录已过期，请重新登录');
    return user;
  }
}

/** Global: a route's @Authenticated({ roles }) is enforced here, once, for every route. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | null>(ALLOWED_ROLES, [context.getHandler(), context.getClass()]);
    if (!roles) return true;
    const actor = context.switchToHttp().getRequest<{ user?: Actor }>().user;
    if (actor && roles.includes(actor.role)) return true;
    throw new AuthError(AuthErrorCode.RoleForbidden, '当前角色无权执行此操作');
  }
}

/**
 * The login route: rate-limited per address (in Redis), and the body validated
 * like any DTO, before passport-local sees it.
 */
@Injectable()
export class LocalLoginGuard extends AuthGuard('local') {
  constructor(private readonly limits: RateLimiter) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    await LOGIN_BODY.transform(req.body ?? {}, { type: 'body', metatype: LoginDto });
    await this.limits.hit(`ip:${req.ip}`, LOGIN_PER_ADDRESS);
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err) throw err;
    if (!user) throw new AuthError(AuthErrorCode.InvalidCredentials, '账号或密码错误');
    return user;
  }
}
