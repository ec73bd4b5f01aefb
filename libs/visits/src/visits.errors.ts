import { moduleError } from '@app/common';

export enum VisitErrorCode {
  NotFound = 'visit.not_found',
  WrongState = 'visit.wrong_state',
  CaseClosed = 'visit.case_closed',
  Forbidden = 'visit.forbidden',
}

export class VisitError extends moduleError<VisitErrorCode>('VisitError', {
  [VisitErrorCode.NotFound]: 'not_found',
  [VisitErrorCode.WrongState]: 'conflict',
  [VisitErrorCode.CaseClosed]: 'conflict',
  [VisitErrorCode.Forbidden]: 'forbidden',
}) {}
