import { moduleError } from '@app/common';

/** Every refusal of the evidence module. The values are the `code` of the problem answer. */
export enum EvidenceErrorCode {
  /** The content is not one of the accepted evidence types (checked from the bytes, not the name). */
  TypeRefused = 'evidence.type_refused',
  /** The case is final: evidence is only added while it is handled. */
  CaseClosed = 'evidence.case_closed',
  /** No such attachment in the caller's scope. */
  NotFound = 'attachment.not_found',
  /** The attachment's bytes were removed at the end of the retention period. */
  Purged = 'attachment.purged',
}

export class EvidenceError extends moduleError<EvidenceErrorCode>('EvidenceError', {
  [EvidenceErrorCode.TypeRefused]: 'unsupported_media_type',
  [EvidenceErrorCode.CaseClosed]: 'conflict',
  [EvidenceErrorCode.NotFound]: 'not_found',
  [EvidenceErrorCode.Purged]: 'not_found',
}) {}
