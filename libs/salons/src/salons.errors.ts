import { moduleError } from '@app/common';

export enum SalonErrorCode {
  NotFound = 'salon.not_found',
  RegistrationNotFound = 'salon.registration_not_found',
  Closed = 'salon.registration_closed',
  AlreadyRegistered = 'salon.already_registered',
  WrongState = 'salon.wrong_state',
  NotAttended = 'salon.not_attended',
  NotOver = 'salon.not_over',
  AlreadyRated = 'salon.already_rated',
  ZoneRequired = 'salon.zone_required',
  /** Every check-in code drawn was live: a rare clash, worth a retry. */
  CodeExhausted = 'salon.code_exhausted',
}

export class SalonError extends moduleError<SalonErrorCode>('SalonError', {
  [SalonErrorCode.NotFound]: 'not_found',
  [SalonErrorCode.RegistrationNotFound]: 'not_found',
  [SalonErrorCode.Closed]: 'conflict',
  [SalonErrorCode.AlreadyRegistered]: 'conflict',
  [SalonErrorCode.WrongState]: 'conflict',
  [SalonErrorCode.NotAttended]: 'conflict',
  [SalonErrorCode.NotOver]: 'conflict',
  [SalonErrorCode.AlreadyRated]: 'conflict',
  [SalonErrorCode.ZoneRequired]: 'validation',
  [SalonErrorCode.CodeExhausted]: 'unavailable',
}) {}
