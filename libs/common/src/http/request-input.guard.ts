import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { isUtf8 } from 'node:buffer';
import { FieldError, RequestError, RequestErrorCode, ValidationError } from '../errors';
import { findUnsafeText, INVALID_UTF8 } from './unsafe-text';
import { UPLOAD_ROUTE } from './upload';

/** Set by the JSON parser's `verify` when the body's bytes are not UTF-8 (they are decoded leniently). */
export const INVALID_UTF8_BODY = Symbol('csd:invalid-utf8-body');
export const JSON_TYPES = ['application/json', 'application/*+json'];

type InputRequest = Request & { [INVALID_UTF8_BODY]?: boolean };

/** For the JSON parser: flags, rather than hides, a body that is not UTF-8. */
export function flagInvalidUtf8(req: InputRequest, _res: unknown, buf: Buffer): void {
  if (!isUtf8(buf)) req[INVALID_UTF8_BODY] = true;
}

function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/** The bytes a percent-encoded query part stands for. */
function percentDecoded(part: string): Buffer {
  const chunks = part.replace(/\+/g, ' ').split(/(%[0-9a-fA-F]{2})/);
  return Buffer.concat(chunks.map((c) => (/^%[0-9a-fA-F]{2}$/.test(c) ? Buffer.from([parseInt(c.slice(1), 16)]) : Buffer.from(c, 'utf8'))));
}

/** Query pairs whose percent-encoded bytes are not UTF-8 (Express would substitute U+FFFD silently). */
function invalidUtf8Query(req: Request): FieldError[] {
  const raw = req.originalUrl.split('?')[1];
  if (!raw) return [];
  return raw.split('&').flatMap((pair) => {
    const at = pair.indexOf('=');
    const [key, value] = (at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)]).map(percentDecoded);
    return isUtf8(key) && isUtf8(value) ? [] : [{ field: key.toString('utf8'), message: '含有无效的 UTF-8 字节' }];
  });
}

/**
 * The one gate every request of the api passes before its route's own guards, pipes and handler:
 * - a body is JSON (an upload route: multipart), or 415; a route that reads a body gets one;
 * - no text anywhere in the body, query or path carries what unsafeTextProblem refuses, nor bytes
 *   that are not UTF-8 — a 400 that names each field;
 * - a route that reads no body is sent none (a field it would ignore is refused, not dropped);
 * - a route without a query DTO is sent no query parameter (one with a DTO refuses the
 *   parameters the DTO does not name, through the validation pipe's whitelist).
 */
@Injectable()
export class RequestInputGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<InputRequest>();
    const upload = this.reflector.get<boolean>(UPLOAD_ROUTE, context.getHandler()) === true;
    const readsBody = this.readsBody(context);
    this.checkContentType(req, upload, readsBody);

    const errors = [
      ...invalidUtf8Query(req),
      ...findUnsafeText(req.query),
      ...findUnsafeText(req.params),
      ...findUnsafeText(req.body, '', req[INVALID_UTF8_BODY] ? INVALID_UTF8 : undefined),
    ];
    if (errors.length) throw new ValidationError(errors);
    if (!this.reads(context, RouteParamtypes.QUERY)) this.refuseQuery(req.query);
    if (!readsBody && !upload && req.body !== undefined) this.refuseBody(req.body);
    return true;
  }

  private refuseQuery(query: Request['query']): void {
    const names = Object.keys(query ?? {});
    if (names.length) throw new ValidationError(names.map((field) => ({ field, message: '此接口不接受该查询参数' })));
  }

  private checkContentType(req: Request, upload: boolean, readsBody: boolean): void {
    const types = upload ? ['multipart/form-data'] : JSON_TYPES;
    if (hasBody(req) ? req.is(types) : !(readsBody || upload)) return;
    const wanted = upload ? 'multipart/form-data（表单字段 file）' : 'JSON（Content-Type: application/json）';
    throw new RequestError(RequestErrorCode.UnsupportedMediaType, `请求体须为 ${wanted}`, {
      errors: [{ field: 'Content-Type', message: `须为 ${types[0]}` }],
    });
  }

  /** Whether the handler has a @Body() parameter: the same fact the OpenAPI document is built from. */
  private readsBody(context: ExecutionContext): boolean {
    return this.reads(context, RouteParamtypes.BODY);
  }

  /** Whether the handler has a parameter of that kind (@Body(), @Query() …). */
  private reads(context: ExecutionContext, kind: RouteParamtypes): boolean {
    const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) ?? {};
    return Object.keys(args).some((key) => key.split(':')[0] === String(kind));
  }

  private refuseBody(body: unknown): void {
    if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
      const keys = Object.keys(body);
      if (keys.length === 0) return;
      throw new ValidationError(keys.map((field) => ({ field, message: '此接口不接受该字段' })));
    }
    throw new ValidationError([{ field: 'body', message: '此接口不需要请求体' }]);
  }
}
