import { moduleError } from '@app/common';

export enum AppointmentErrorCode {
  SlotNotFound = 'appointment.slot_not_found',
  NotFound = 'appointment.not_found',
  SlotFull = 'appointment.slot_full',
  SlotClosed = 'appointment.slot_closed',
  PastCutoff = 'appointment.past_cutoff',
  Overlap = 'appointment.overlapping_booking',
  SlotExists = 'appointment.slot_exists',
  WrongState = 'appointment.wrong_state',
  NotToday = 'appointment.not_today',
  ZoneRequired = 'appointment.zone_required',
  Forbidden = 'appointment.forbidden',
  /** Every check-in code drawn was live: a rare clash, worth a retry. */
  CodeExhausted = 'appointment.code_exhausted',
}

export class AppointmentError extends moduleError<AppointmentErrorCode>('AppointmentError', {
  [AppointmentErrorCode.SlotNotFound]: 'not_found',
  [AppointmentErrorCode.NotFound]: 'not_found',
  [AppointmentErrorCode.SlotFull]: 'conflict',
  [AppointmentErrorCode.SlotClosed]: 'conflict',
  [AppointmentErrorCode.PastCutoff]: 'conflict',
  [AppointmentErrorCode.Overlap]: 'conflict',
  [AppointmentErrorCode.SlotExists]: 'conflict',
  [AppointmentErrorCode.WrongState]: 'conflict',
  [AppointmentErrorCode.NotToday]: 'conflict',
  [AppointmentErrorCode.ZoneRequired]: 'validation',
  [AppointmentErrorCode.Forbidden]: 'forbidden',
  [AppointmentErrorCode.CodeExhausted]: 'unavailable',
}) {}
