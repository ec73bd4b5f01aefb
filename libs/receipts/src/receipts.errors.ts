import { moduleError } from '@app/common';

export enum ReceiptErrorCode {
  NotFound = 'receipt.not_found',
}

export class ReceiptError extends moduleError<ReceiptErrorCode>('ReceiptError', {
  [ReceiptErrorCode.NotFound]: 'not_found',
}) {}
