import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request } from 'express';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, Observable } from 'rxjs';
import { Actor, ValidationError } from '@app/common';
import { Tx } from '@app/database';
import { IdempotencyError, IdempotencyErrorCode } from './idempotency.errors';
import { IdempotencyRepository } from './idempotency.repository';

const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_FORMAT = /^[\w-]{8,100}$/;

/** What makes two requests "the same": method, path and the exact body bytes received. */
function requestFingerprint(req: Pick<Request, 'method' | 'originalUrl'> & { rawBody?: Buffer; body?: unknown }): string {
  const hash = createHash('sha256').update(`${req.method} ${req.originalUrl.split('?')[0]}\n`);
  hash.update(req.rawBody ?? Buffer.from(JSON.stringify(req.body ?? null)));
  return hash.digest('hex');
}

/**
 * With an `Idempotency-Key`, the route runs once per user and key: the key is claimed in the
 * transaction the handler runs in (the handler's `@Transactional()` joins it), the answer is
 * kept with it, and a retry gets that answer without running again. A key reused for a
 * different request is refused (409); without a key the route runs as it is.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly txHost: Tx,
    private readonly keys: IdempotencyRepository,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request & { user?: Actor; rawBody?: Buffer }>();
    const key = req.headers[IDEMPOTENCY_HEADER];
    if (key === undefined) return next.handle();
    if (typeof key !== 'string' || !KEY_FORMAT.test(key)) {
      throw new ValidationError([{ field: 'Idempotency-Key', message: 'Idempotency-Key 须为 8–100 位字母、数字、- 或 _' }]);
    }
    const userId = req.user!.userId;
    const fingerprint = requestFingerprint(req);
    return from(
      this.txHost.withTransaction(async () => {
        const earlier = await this.keys.claim(userId, key, fingerprint);
        if (earlier) {
          if (earlier.requestHash !== fingerprint) {
            throw new IdempotencyError(IdempotencyErrorCode.KeyReused, '同一个 Idempotency-Key 已用于内容不同的请求，请为新的提交使用新的 Key');
          }
          return earlier.response;
        }
        const response = await lastValueFrom(next.handle(), { defaultValue: null });
        await this.keys.remember(userId, key, response);
        return response;
      }),
    );
  }
}

/** Makes a route idempotent under an `Idempotency-Key` header (see IdempotencyInterceptor). */
export const Idempotent = () =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: '同一提交的重试使用同一个 Key，不会重复执行' }),
  );
