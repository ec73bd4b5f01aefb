import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { Actor, ALLOWED_ROLES, AppError, createValidationPipe, IS_PUBLIC, Role } from '@app/common';
import type { Request } from 'express';
import { RateLimiter } from '@app/redis';
import { LoginDto } from './auth.dto';

const LOGIN_LIMITS = {
  perIp: { name: 'login_ip', max: 60, windowSeconds: 60 },
  perAccount: { name: 'login_account', max: 10, windowSeconds: 60 },
};

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
    if (err || !user) throw new AppError('unauthenticated', 'auth.token_invalid', '未登录或登录已过期，请重新登录');
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
    throw new AppError('forbidden', 'auth.role_forbidden', '当前角色无权执行此操作');
  }
}

/**
 * The login route: rate-limited per address and per account (in Redis), and the body validated
 * like any DTO, before passport-local sees it.
 */
@Injectable()
export class LocalLoginGuard extends AuthGuard('local') {
  constructor(private readonly limits: RateLimiter) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const dto: LoginDto = await LOGIN_BODY.transform(req.body ?? {}, { type: 'body', metatype: LoginDto });
    await this.limits.hit(`ip:${req.ip}`, LOGIN_LIMITS.perIp);
    await this.limits.hit(`account:${dto.username.trim().toLowerCase()}`, LOGIN_LIMITS.perAccount);
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err) throw err;
    if (!user) throw new AppError('unauthenticated', 'auth.invalid_credentials', '账号或密码错误');
    return user;
  }
}
