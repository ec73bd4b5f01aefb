/**
 * What a lifecycle rule is made of: who may act, the context a rule reads, what it decides, and
 * how it refuses. The rules themselves are in `case-rules.ts`.
 */
import type { CaseAction, CaseStatus } from './case-status';
import type { ActorRelation, CaseActionInput, CaseChanges, CaseSnapshot, DecisionDetails } from './case-decision';
import { CaseTransitionError, type CaseTransitionErrorCode } from './case-transition.error';

// ---------------------------------------------------------------------------------------------
// Who may act

export type Who = (actor: ActorRelation, snapshot: CaseSnapshot) => boolean;

export const caseCreator: Who = (a) => a.role === 'creator' && a.isCaseCreator;
export const zoneAgent: Who = (a) => a.role === 'agent' && a.isZoneStaff;
/** An agent of the zone, and the case is unassigned or assigned to them. */
export const intakeAgent: Who = (a, s) => zoneAgent(a, s) && (s.assigneeId === null || a.isAssignee);
/** The case's owner: its assignee, agent (or supervisor) of its zone. */
export const owner: Who = (a) => (a.role === 'agent' || a.role === 'supervisor') && a.isZoneStaff && a.isAssignee;
export const zoneSupervisor: Who = (a) => a.role === 'supervisor' && a.isZoneStaff;
export const officer: Who = (a) => a.role === 'cac_officer' && a.isEscalationOfficer;
export const districtOfficer: Who = (a, s) => officer(a, s) && a.authorityLevel === 'district';
export const system: Who = (a) => a.role === 'system';

// ---------------------------------------------------------------------------------------------
// A rule

export interface Context {
  snapshot: CaseSnapshot;
  actor: ActorRelation;
  action: CaseAction;
  now: Date;
}

export interface Outcome {
  to: CaseStatus;
  changes: Omit<CaseChanges, 'status'>;
  details?: DecisionDetails;
}

export interface Rule {
  action: CaseAction;
  from: readonly CaseStatus[];
  who: Who;
  /** Chinese description of `who`, for refusals. */
  whoLabel: string;
  /** Checks on the case and the clock (not the input); returns a refusal or null. */
  precondition?: (ctx: Context) => Refusal | null;
  /** Reads and checks the input; throws on bad input. */
  apply: (ctx: Context, input: CaseActionInput) => Outcome;
}

/** A refusal not yet turned into an error (errors are costly; allowedActions makes many refusals). */
export interface Refusal {
  code: CaseTransitionErrorCode;
  message: string;
}

export function refuse(ctx: Context, code: CaseTransitionErrorCode, message: string, field?: string): CaseTransitionError {
  return new CaseTransitionError(code, message, ctx.action, ctx.snapshot.status, field);
}

export function deny(code: CaseTransitionErrorCode, message: string): Refusal {
  return { code, message };
}
