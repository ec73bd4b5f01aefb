import { moduleError } from '@app/common';

export enum DispatchErrorCode {
  TransferNotFound = 'dispatch.transfer_not_found',
  TransferNotAllowed = 'dispatch.transfer_not_allowed',
  TransferDecided = 'dispatch.transfer_decided',
  TransferPending = 'dispatch.transfer_pending',
  OrderNotFound = 'dispatch.order_not_found',
  OrderAnswered = 'dispatch.order_answered',
  OrderNotAllowed = 'dispatch.order_not_allowed',
  VisitNotFound = 'dispatch.visit_not_found',
  VisitRecorded = 'dispatch.visit_recorded',
  InvalidRange = 'dispatch.invalid_range',
}

export class DispatchError extends moduleError<DispatchErrorCode>('DispatchError', {
  [DispatchErrorCode.TransferNotFound]: 'not_found',
  [DispatchErrorCode.TransferNotAllowed]: 'conflict',
  [DispatchErrorCode.TransferDecided]: 'conflict',
  [DispatchErrorCode.TransferPending]: 'conflict',
  [DispatchErrorCode.OrderNotFound]: 'not_found',
  [DispatchErrorCode.OrderAnswered]: 'conflict',
  [DispatchErrorCode.OrderNotAllowed]: 'forbidden',
  [DispatchErrorCode.VisitNotFound]: 'not_found',
  [DispatchErrorCode.VisitRecorded]: 'conflict',
  [DispatchErrorCode.InvalidRange]: 'validation',
}) {}
