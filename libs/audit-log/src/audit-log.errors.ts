import { moduleError } from '@app/common';

/** Every refusal of the audit log module. The values are the `code` of the problem answer. */
export enum AuditLogErrorCode {
  /** The filtered log is larger than one export may be. */
  ExportTooLarge = 'audit_log.export_too_large',
}

export class AuditLogError extends moduleError<AuditLogErrorCode>('AuditLogError', {
  [AuditLogErrorCode.ExportTooLarge]: 'validation',
}) {}
