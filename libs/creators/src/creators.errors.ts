import { moduleError } from '@app/common';

/** Every refusal of the creators module. The values are the `code` of the problem answer. */
export enum CreatorErrorCode {
  /** No such creator, or none whose case the caller can see. */
  NotFound = 'creator.not_found',
}

export class CreatorError extends moduleError<CreatorErrorCode>('CreatorError', {
  [CreatorErrorCode.NotFound]: 'not_found',
}) {}
