import type { CaseAction, CaseStatus } from './case-status';

/**
 * Why a case action was refused. Stable identifiers: the API exposes them (prefixed `case.`) and
 * clients may branch on them.
 */
export const CASE_TRANSITION_ERROR_CODES = [
  /** The action does not exist from the case's current status (including every final status). */
  'illegal_transition',
  /** The action exists from this status, but not for this actor. */
  'forbidden_actor',
  /** A required input (reason, list of missing materials, outcome...) is absent or blank. */
  'missing_input',
  /** An input is present but unusable (too long, out of range, wrong type...). */
  'invalid_input',
  /** The creator tried to reopen more than REOPEN_WINDOW_DAYS after resolution. */
  'reopen_window_expired',
  /** The escalation authority must acknowledge (签收) the case before acting on it. */
  'not_acknowledged',
  /** The escalation authority has already acknowledged the case. */
  'already_acknowledged',
  /** An automatic action (closing) was attempted before its deadline. */
  'not_yet_due',
  /** The action would change nothing (e.g. assigning a case to its current assignee). */
  'no_change',
  /** The stored case contradicts the lifecycle (e.g. awaiting_creator without the status it came from). */
  'inconsistent_case',
] as const;
export type CaseTransitionErrorCode = (typeof CASE_TRANSITION_ERROR_CODES)[number];

/** A refused case action. `message` is Chinese and tells a person what to do. */
export class CaseTransitionError extends Error {
  override readonly name = 'CaseTransitionError';

  constructor(
    readonly code: CaseTransitionErrorCode,
    message: string,
    readonly action: CaseAction,
    readonly status: CaseStatus,
    /** The offending input, for missing_input / invalid_input (e.g. `reason`, `missingItems[2]`). */
    readonly field?: string,
  ) {
    super(message);
  }
}
