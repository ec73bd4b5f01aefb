/**
 * Every error a service raises for a caller to see. Services never throw HTTP exceptions, so the
 * same service serves the api, the worker and scripts; the transport maps `kind` to a status.
 */
export type AppErrorKind =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'locked'
  | 'too_many_requests'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unavailable';

export interface FieldError {
  /** Path of the offending field in the request, e.g. `intake.urls[0]`. */
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly kind: AppErrorKind,
    /** Stable machine-readable code, e.g. `case.illegal_transition`. */
    readonly code: string,
    message: string,
    readonly extra: { errors?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}
