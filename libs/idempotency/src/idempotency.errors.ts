import { moduleError } from '@app/common';

export enum IdempotencyErrorCode {
  KeyReused = 'idempotency.key_reused',
}

export class IdempotencyError extends moduleError<IdempotencyErrorCode>('IdempotencyError', {
  [IdempotencyErrorCode.KeyReused]: 'conflict',
}) {}
