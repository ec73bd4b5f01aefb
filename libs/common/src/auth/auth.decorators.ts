import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ROLES } from './actor';
import type { Request } from 'express';
import { Actor, RequestMeta, Role } from './actor';

export const IS_PUBLIC = 'csd:public';
export const ALLOWED_ROLES = 'csd:roles';

/** A route anyone may call without a token. Everything else requires one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * A route for signed-in users, optionally only for some roles. Zone and ownership scope are not
 * decided here but in the scoped repositories, so a route cannot forget them.
 */
export function Authenticated(options: { roles?: readonly Role[] } = {}) {
  return applyDecorators(
    SetMetadata(ALLOWED_ROLES, options.roles ?? null),
    ApiBearerAuth(),
    ApiExtension('x-roles', options.roles ?? ROLES),
    ApiUnauthorizedResponse({ description: '未登录或登录已过期' }),
    ApiForbiddenResponse({ description: '无权执行此操作' }),
  );
}

export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const req = ctx.switchToHttp().getRequest<Request & { user: Actor }>();
  return req.user;
});

export function requestMeta(req: Request & { id?: unknown }): RequestMeta {
  return {
    ip: req.ip ?? null,
    userAgent: req.get('user-agent') ?? null,
    requestId: req.id === undefined ? null : String(req.id),
  };
}

/** Where the request came from, for the audit log. */
export const ReqMeta = createParamDecorator((_data: unknown, ctx: ExecutionContext): RequestMeta =>
  requestMeta(ctx.switchToHttp().getRequest()),
);
