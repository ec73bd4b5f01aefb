/**
 * The case lifecycle of DESIGN.md as one pure function. Given what the case is now, who is
 * acting (as far as the rules care) and the action's input, `decide` either returns the next
 * status with the fields to change, or throws a `CaseTransitionError`. No I/O, no clock: the
 * caller passes `now`. The rules are in `case-rules.ts`, the input readers in `case-input.ts`.
 */
import { ADMIN_ROLES, type Role } from '@app/contracts';
import {
  ACTOR_KIND_LABELS,
  CASE_ACTION_LABELS,
  CASE_ACTIONS,
  CASE_STATUS_LABELS,
  type CaseAction,
  isFinalStatus,
} from './case-status';
import type { ActorRelation, CaseActionInput, CaseSnapshot, Decision } from './case-decision';
import { type Context, deny, type Refusal, refuse, type Rule } from './case-rule';
import { RULES } from './case-rules';
import type { CaseTransitionError } from './case-transition.error';

/**
 * Everything about `action` except its input: is it possible from this status, for this actor,
 * at this time? Returns the rule that applies, or the refusal.
 */
function gate(
  snapshot: CaseSnapshot,
  action: CaseAction,
  actor: ActorRelation,
  now: Date,
): { rule: Rule; ctx: Context } | { error: Refusal; ctx: Context } {
  const ctx: Context = { snapshot, actor, action, now };
  const actionLabel = CASE_ACTION_LABELS[action];
  if (actor.role !== 'system' && ADMIN_ROLES.includes(actor.role as Role)) {
    return {
      ctx,
      error: deny('forbidden_actor', `三员分立：${ACTOR_KIND_LABELS[actor.role]}不办理案件，不能执行「${actionLabel}」`),
    };
  }
  const candidates = RULES.filter((r) => r.action === action && r.from.includes(snapshot.status));
  if (candidates.length === 0) {
    const statusLabel = CASE_STATUS_LABELS[snapshot.status];
    const message = isFinalStatus(snapshot.status)
      ? `案件状态为「${statusLabel}」，流程已结束，不能再「${actionLabel}」`
      : `案件当前状态为「${statusLabel}」，不能执行「${actionLabel}」`;
    return { ctx, error: deny('illegal_transition', message) };
  }
  const rule = candidates.find((r) => r.who(actor, snapshot));
  if (rule === undefined) {
    const who = [...new Set(candidates.map((r) => r.whoLabel))].join('或');
    return { ctx, error: deny('forbidden_actor', `「${actionLabel}」仅限${who}操作`) };
  }
  const refusal = rule.precondition?.(ctx) ?? null;
  return refusal === null ? { rule, ctx } : { ctx, error: refusal };
}

/**
 * Decides what `action` by `actor` does to the case: the next status and the fields to change.
 * Throws `CaseTransitionError` when the action is refused; never returns a no-op silently.
 */
export function decide(
  snapshot: CaseSnapshot,
  action: CaseAction,
  actor: ActorRelation,
  input: CaseActionInput,
  now: Date,
): Decision {
  const gated = gate(snapshot, action, actor, now);
  if ('error' in gated) throw refuse(gated.ctx, gated.error.code, gated.error.message);
  const outcome = gated.rule.apply(gated.ctx, input ?? {});
  return {
    action,
    from: snapshot.status,
    to: outcome.to,
    changes: { status: outcome.to, ...outcome.changes },
    details: outcome.details ?? {},
  };
}

/**
 * Why `action` is refused regardless of its input, or null when this actor may take it now.
 * Input problems (missing reason...) are only found by `decide`.
 */
export function checkAction(
  snapshot: CaseSnapshot,
  action: CaseAction,
  actor: ActorRelation,
  now: Date,
): CaseTransitionError | null {
  const gated = gate(snapshot, action, actor, now);
  return 'error' in gated ? refuse(gated.ctx, gated.error.code, gated.error.message) : null;
}

/** The actions this actor may take on the case now, in `CASE_ACTIONS` order (what the UI shows). */
export function allowedActions(snapshot: CaseSnapshot, actor: ActorRelation, now: Date): CaseAction[] {
  return CASE_ACTIONS.filter((action) => !('error' in gate(snapshot, action, actor, now)));
}

/** The snapshot after a decision (the lifecycle fields only; the caller persists the rest). */
export function applyDecision(snapshot: CaseSnapshot, decision: Decision): CaseSnapshot {
  const c = decision.changes;
  return {
    status: c.status,
    assigneeId: c.assigneeId !== undefined ? c.assigneeId : snapshot.assigneeId,
    statusBeforeAwaiting: c.statusBeforeAwaiting !== undefined ? c.statusBeforeAwaiting : snapshot.statusBeforeAwaiting,
    awaitingCreatorSince: c.awaitingCreatorSince !== undefined ? c.awaitingCreatorSince : snapshot.awaitingCreatorSince,
    escalationAuthorityId:
      c.escalationAuthorityId !== undefined ? c.escalationAuthorityId : snapshot.escalationAuthorityId,
    escalationAcknowledged:
      c.escalationAcknowledged !== undefined ? c.escalationAcknowledged : snapshot.escalationAcknowledged,
    resolvedAt: c.resolvedAt !== undefined ? c.resolvedAt : snapshot.resolvedAt,
  };
}
