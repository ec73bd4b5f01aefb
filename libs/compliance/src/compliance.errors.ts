import { moduleError } from '@app/common';

export enum ComplianceErrorCode {
  ArticleNotFound = 'compliance.article_not_found',
  NotDraft = 'compliance.not_draft',
  RuleNotFound = 'compliance.rule_not_found',
  RuleVersionConflict = 'compliance.rule_version_conflict',
  CannedNotFound = 'compliance.canned_not_found',
  StartNotFound = 'compliance.start_not_found',
  StartEnded = 'compliance.start_ended',
}

export class ComplianceError extends moduleError<ComplianceErrorCode>('ComplianceError', {
  [ComplianceErrorCode.ArticleNotFound]: 'not_found',
  [ComplianceErrorCode.NotDraft]: 'conflict',
  [ComplianceErrorCode.RuleNotFound]: 'not_found',
  [ComplianceErrorCode.RuleVersionConflict]: 'conflict',
  [ComplianceErrorCode.CannedNotFound]: 'not_found',
  [ComplianceErrorCode.StartNotFound]: 'not_found',
  [ComplianceErrorCode.StartEnded]: 'conflict',
}) {}
