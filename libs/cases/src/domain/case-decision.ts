/**
 * What the lifecycle engine (`case-state-machine.ts`) takes and gives: the case as the rules see
 * it, the actor's relation to it, the action's input and the decision. Pure data, no rules.
 */
import type { ActorKind, AuthorityLevel, CaseAction, CaseStatus, CloseReason, RatingLevel, ResumableStatus } from './case-status';

/** A creator may reopen a resolved case within this many days of its resolution. */
export const REOPEN_WINDOW_DAYS = 7;
/** A resolved case that the creator has not rated closes by itself after this many days. */
export const AUTO_CLOSE_RESOLVED_DAYS = 7;
/** A case waiting for materials closes as unanswered after this many days. */
export const UNANSWERED_CLOSE_DAYS = 30;

/** What the lifecycle rules need to know about a case; nothing more. */
export interface CaseSnapshot {
  status: CaseStatus;
  /** The owner (首问负责制): the agent who accepted the case, or whom a supervisor assigned. */
  assigneeId: string | null;
  /** Set while `awaiting_creator`: the status that supplying the materials returns to. */
  statusBeforeAwaiting: ResumableStatus | null;
  /** Set while `awaiting_creator`: when the request for materials was sent. */
  awaitingCreatorSince: Date | null;
  /** The authority the case is (or was last) escalated to. */
  escalationAuthorityId: string | null;
  /** Whether that authority has acknowledged (签收) the escalation. */
  escalationAcknowledged: boolean;
  /** When the case was resolved; set while `resolved` (and kept once closed). */
  resolvedAt: Date | null;
}

/**
 * The acting user's relation to the case, computed by the caller from the account and the case.
 * The rules look at nothing else.
 */
export interface ActorRelation {
  /** A role, or `system` for timers and sweeps. */
  role: ActorKind;
  /** null only for the system. */
  userId: string | null;
  /** The actor is the creator the case belongs to. */
  isCaseCreator: boolean;
  /** The actor is the case's assignee (owner). */
  isAssignee: boolean;
  /** Agent or supervisor of the case's zone, or a city-wide supervisor. */
  isZoneStaff: boolean;
  /** cac_officer of the authority the case is currently escalated to. */
  isEscalationOfficer: boolean;
  /** Level of the officer's authority; null for everyone but officers. */
  authorityLevel: AuthorityLevel | null;
}

/** The system as an actor (automatic closing, SLA escalation). */
export const SYSTEM_ACTOR: Readonly<ActorRelation> = Object.freeze({
  role: 'system',
  userId: null,
  isCaseCreator: false,
  isAssignee: false,
  isZoneStaff: false,
  isEscalationOfficer: false,
  authorityLevel: null,
});

/**
 * Input of an action. Which fields an action reads:
 * - reject: `reason` (required)
 * - assign: `assigneeId` (required)
 * - request_materials: `missingItems` (required, non-empty: 一次性告知 lists everything at once)
 * - escalate: `reason`, `targetAuthorityId` (both required)
 * - return: `instructions` (required)
 * - resolve: `outcome`, `summary` (both required; the caller checks the outcome against the programme)
 * - rate: `level` 1..5 (required), `comment` (optional)
 * - submit, accept, start, supply_materials, acknowledge, reopen, withdraw, close: `note` / `reason` optional
 */
export interface CaseActionInput {
  reason?: string | null;
  missingItems?: readonly string[] | null;
  targetAuthorityId?: string | null;
  instructions?: string | null;
  outcome?: string | null;
  summary?: string | null;
  assigneeId?: string | null;
  level?: number | null;
  comment?: string | null;
  note?: string | null;
}

/** Fields to write on the case. `status` is always present; absent keys stay as they are. */
export interface CaseChanges {
  status: CaseStatus;
  assigneeId?: string | null;
  statusBeforeAwaiting?: ResumableStatus | null;
  awaitingCreatorSince?: Date | null;
  escalationAuthorityId?: string | null;
  escalationAcknowledged?: boolean;
  resolvedAt?: Date | null;
  submittedAt?: Date;
  acceptedAt?: Date;
  rejectionReason?: string;
  outcome?: string | null;
  resolutionSummary?: string | null;
  closedAt?: Date;
  closeReason?: CloseReason;
  rating?: RatingLevel;
  ratingComment?: string | null;
}

/** Normalised (trimmed) input worth recording on the timeline and in the audit log. */
export interface DecisionDetails {
  reason?: string;
  note?: string;
  missingItems?: string[];
  instructions?: string;
  outcome?: string;
  summary?: string;
  comment?: string;
  level?: RatingLevel;
  targetAuthorityId?: string;
  previousAuthorityId?: string | null;
  assigneeId?: string;
  previousAssigneeId?: string | null;
}

export interface Decision {
  action: CaseAction;
  from: CaseStatus;
  to: CaseStatus;
  changes: CaseChanges;
  details: DecisionDetails;
}

/** The snapshot of a new draft. */
export function draftSnapshot(): CaseSnapshot {
  return {
    status: 'draft',
    assigneeId: null,
    statusBeforeAwaiting: null,
    awaitingCreatorSince: null,
    escalationAuthorityId: null,
    escalationAcknowledged: false,
    resolvedAt: null,
  };
}
