import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { ValidationError } from '../errors';

/**
 * The Idempotency-Key header (documented once, with @ApiHeader, in that spelling), checked for
 * its format. A custom decorator rather than @Headers(), which would document a second spelling.
 */
export const IdempotencyKey = createParamDecorator((_data: unknown, ctx: ExecutionContext): string | undefined => {
  const key = ctx.switchToHttp().getRequest<Request>().get('idempotency-key');
  if (key !== undefined && !/^[\w-]{8,100}$/.test(key)) {
    throw new ValidationError([{ field: 'Idempotency-Key', message: 'Idempotency-Key 须为 8–100 位字母、数字、- 或 _' }]);
  }
  return key;
});
