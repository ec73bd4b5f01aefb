import { AppError, AppErrorKind, FieldError } from './app-error';

/**
 * Builds a module's exception class from its code enum. The `kinds` record must name every code
 * (the compiler checks it), so a new code cannot reach the HTTP filter without a status; callers
 * and the worker compare `error.code` with enum members, never with strings.
 *
 *   export enum AppointmentErrorCode { SlotFull = 'appointment.slot_full' }
 *   export class AppointmentError extends moduleError<AppointmentErrorCode>('AppointmentError', {
 *     [AppointmentErrorCode.SlotFull]: 'conflict',
 *   }) {}
 *   throw new AppointmentError(AppointmentErrorCode.SlotFull, '该时段已约满，请选择其他时段');
 */
export function moduleError<Code extends string>(name: string, kinds: Record<Code, AppErrorKind>) {
  return class ModuleError extends AppError {
    declare readonly code: Code;
    constructor(code: Code, message: string, extra: { errors?: FieldError[]; [key: string]: unknown } = {}) {
      super(kinds[code], code, message, extra);
      this.name = name;
    }
  };
}
