import { moduleError, ValidationError } from '@app/common';
import { CaseTransitionError } from './domain';

/** Every refusal of the cases module. The values are the `code` of the problem answer. */
export enum CaseErrorCode {
  NotFound = 'case.not_found',
  /** A case action that does not exist (only reachable when the parameter check lets one through). */
  UnknownAction = 'case.unknown_action',
  FilingForbidden = 'case.filing_forbidden',
  VersionConflict = 'case.version_conflict',
  ClosedForComments = 'case.closed_for_comments',
  IllegalTransition = 'case.illegal_transition',
  ForbiddenActor = 'case.forbidden_actor',
  ReopenWindowExpired = 'case.reopen_window_expired',
  NotAcknowledged = 'case.not_acknowledged',
  AlreadyAcknowledged = 'case.already_acknowledged',
  NotYetDue = 'case.not_yet_due',
  NoChange = 'case.no_change',
  InconsistentCase = 'case.inconsistent_case',
}

export class CaseError extends moduleError<CaseErrorCode>('CaseError', {
  [CaseErrorCode.NotFound]: 'not_found',
  [CaseErrorCode.UnknownAction]: 'not_found',
  [CaseErrorCode.FilingForbidden]: 'forbidden',
  [CaseErrorCode.VersionConflict]: 'conflict',
  [CaseErrorCode.ClosedForComments]: 'conflict',
  [CaseErrorCode.IllegalTransition]: 'conflict',
  [CaseErrorCode.ForbiddenActor]: 'forbidden',
  [CaseErrorCode.ReopenWindowExpired]: 'conflict',
  [CaseErrorCode.NotAcknowledged]: 'conflict',
  [CaseErrorCode.AlreadyAcknowledged]: 'conflict',
  [CaseErrorCode.NotYetDue]: 'conflict',
  [CaseErrorCode.NoChange]: 'conflict',
  [CaseErrorCode.InconsistentCase]: 'conflict',
}) {}

export const caseNotFound = (id: string) => new CaseError(CaseErrorCode.NotFound, `案件不存在或无权查看（${id}）`);

/** The domain's refusals as the API answers them: who may not → 403, bad input → 400, wrong state → 409. */
export function transitionProblem(error: CaseTransitionError): CaseError | ValidationError {
  const extra = { currentStatus: error.status };
  switch (error.code) {
    case 'missing_input':
    case 'invalid_input':
      return new ValidationError([{ field: inputField(error.field), message: error.message }], error.message);
    case 'forbidden_actor':
      return new CaseError(CaseErrorCode.ForbiddenActor, error.message, extra);
    case 'illegal_transition':
      return new CaseError(CaseErrorCode.IllegalTransition, error.message, extra);
    case 'reopen_window_expired':
      return new CaseError(CaseErrorCode.ReopenWindowExpired, error.message, extra);
    case 'not_acknowledged':
      return new CaseError(CaseErrorCode.NotAcknowledged, error.message, extra);
    case 'already_acknowledged':
      return new CaseError(CaseErrorCode.AlreadyAcknowledged, error.message, extra);
    case 'not_yet_due':
      return new CaseError(CaseErrorCode.NotYetDue, error.message, extra);
    case 'no_change':
      return new CaseError(CaseErrorCode.NoChange, error.message, extra);
    case 'inconsistent_case':
      return new CaseError(CaseErrorCode.InconsistentCase, error.message, extra);
  }
}

/** The domain's input names as the API spells them. */
function inputField(field: string | undefined): string {
  if (!field) return 'body';
  return field.replace(/^missingItems/, 'items').replace(/^targetAuthorityId/, 'authorityId');
}
