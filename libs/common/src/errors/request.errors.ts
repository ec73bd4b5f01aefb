import { FieldError } from './app-error';
import { moduleError } from './module-error';

/** Refusals of a request as a whole, before any module looks at it (the shared pipes and guards). */
export enum RequestErrorCode {
  /** A field is missing or malformed; `errors` names each field. */
  ValidationFailed = 'validation_failed',
  /** The body is not of a type the route reads (JSON, or multipart for uploads). */
  UnsupportedMediaType = 'unsupported_media_type',
}

export class RequestError extends moduleError<RequestErrorCode>('RequestError', {
  [RequestErrorCode.ValidationFailed]: 'validation',
  [RequestErrorCode.UnsupportedMediaType]: 'unsupported_media_type',
}) {}

/** Bad input, naming each offending field (`validation_failed`). */
export class ValidationError extends RequestError {
  constructor(errors: FieldError[], message = '请求参数有误，请按提示修改后重试') {
    super(RequestErrorCode.ValidationFailed, message, { errors });
  }
}

/**
 * Codes of problem answers that no module raised: the transport's own (an unexpected error, a
 * dependency down). A Nest or body-parser refusal keeps its `http_<status>` or parser type code.
 */
export enum TransportProblemCode {
  DependencyUnavailable = 'dependency_unavailable',
  Internal = 'internal_error',
}
