import { moduleError } from '@app/common';

export enum DocumentErrorCode {
  NotFound = 'document.not_found',
  BadCode = 'document.bad_verification_code',
}

export class DocumentError extends moduleError<DocumentErrorCode>('DocumentError', {
  [DocumentErrorCode.NotFound]: 'not_found',
  [DocumentErrorCode.BadCode]: 'validation',
}) {}
