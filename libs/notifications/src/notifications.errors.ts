import { moduleError } from '@app/common';

/** Every refusal of the notifications module. The values are the `code` of the problem answer. */
export enum NotificationErrorCode {
  /** No such message in the caller's own inbox. */
  NotFound = 'notification.not_found',
}

export class NotificationError extends moduleError<NotificationErrorCode>('NotificationError', {
  [NotificationErrorCode.NotFound]: 'not_found',
}) {}
