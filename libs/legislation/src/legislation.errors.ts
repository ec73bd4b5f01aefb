import { moduleError } from '@app/common';

export enum LegislationErrorCode {
  NotCityOfficer = 'legislation.not_city_officer',
  ConsultationNotFound = 'legislation.consultation_not_found',
  SuggestionNotFound = 'legislation.suggestion_not_found',
  WindowClosed = 'legislation.window_closed',
  NotForwarded = 'legislation.not_forwarded',
  AlreadyAnswered = 'legislation.already_answered',
  CannotForward = 'legislation.cannot_forward',
}

export class LegislationError extends moduleError<LegislationErrorCode>('LegislationError', {
  [LegislationErrorCode.NotCityOfficer]: 'forbidden',
  [LegislationErrorCode.ConsultationNotFound]: 'not_found',
  [LegislationErrorCode.SuggestionNotFound]: 'not_found',
  [LegislationErrorCode.WindowClosed]: 'conflict',
  [LegislationErrorCode.NotForwarded]: 'conflict',
  [LegislationErrorCode.AlreadyAnswered]: 'conflict',
  [LegislationErrorCode.CannotForward]: 'conflict',
}) {}
