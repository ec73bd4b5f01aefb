/**
 * The case lifecycle of DESIGN.md as one pure function. Given what the case is now, who is
 * acting (as far as the rules care) and the action's input, `decide` either returns the next
 * status with the fields to change, or throws a `CaseTransitionError`. No I/O, no clock: the
 * caller passes `now`.
 */
import { ADMIN_ROLES, type Role } from '@app/common';
import {
  ACTOR_KIND_LABELS,
  type ActorKind,
  type AuthorityLevel,
  CASE_ACTION_LABELS,
  CASE_ACTIONS,
  CASE_STATUS_LABELS,
  type CaseAction,
  type CaseStatus,
  type CloseReason,
  isFinalStatus,
  isRatingLevel,
  type RatingLevel,
  ratingNeedsReview,
  type ResumableStatus,
} from './case-status';
import { CaseTransitionError, type CaseTransitionErrorCode } from './case-transition.error';

/** A creator may reopen a resolved case within this many days of its resolution. */
export const REOPEN_WINDOW_DAYS = 7;
/** A resolved case that the creator has not rated closes by itself after this many days. */
export const AUTO_CLOSE_RESOLVED_DAYS = 7;
/** A case waiting for materials closes as unanswered after this many days. */
export const UNANSWERED_CLOSE_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Input limits (characters). The HTTP layer may be stricter, never looser. */
export const CASE_INPUT_LIMITS = {
  reason: 1000,
  instructions: 2000,
  outcome: 64,
  summary: 5000,
  comment: 1000,
  note: 1000,
  missingItem: 200,
  missingItems: 30,
  id: 128,
} as const;

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
  /** A rating of 不满意 or worse: open a review (差评整改) for the zone supervisor. */
  reviewRequired: boolean;
}

// ---------------------------------------------------------------------------------------------
// Who may act

type Who = (actor: ActorRelation, snapshot: CaseSnapshot) => boolean;

const caseCreator: Who = (a) => a.role === 'creator' && a.isCaseCreator;
const zoneAgent: Who = (a) => a.role === 'agent' && a.isZoneStaff;
/** An agent of the zone, and the case is unassigned or assigned to them. */
const intakeAgent: Who = (a, s) => zoneAgent(a, s) && (s.assigneeId === null || a.isAssignee);
/** The case's owner: its assignee, agent (or supervisor) of its zone. */
const owner: Who = (a) => (a.role === 'agent' || a.role === 'supervisor') && a.isZoneStaff && a.isAssignee;
const zoneSupervisor: Who = (a) => a.role === 'supervisor' && a.isZoneStaff;
const officer: Who = (a) => a.role === 'cac_officer' && a.isEscalationOfficer;
const districtOfficer: Who = (a, s) => officer(a, s) && a.authorityLevel === 'district';
const system: Who = (a) => a.role === 'system';

// ---------------------------------------------------------------------------------------------
// Rules

interface Context {
  snapshot: CaseSnapshot;
  actor: ActorRelation;
  action: CaseAction;
  now: Date;
}

interface Outcome {
  to: CaseStatus;
  changes: Omit<CaseChanges, 'status'>;
  details?: DecisionDetails;
  reviewRequired?: boolean;
}

interface Rule {
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

const NON_FINAL: readonly CaseStatus[] = [
  'draft',
  'submitted',
  'accepted',
  'in_progress',
  'awaiting_creator',
  'escalated',
  'resolved',
];
const HANDLED: readonly CaseStatus[] = NON_FINAL.filter((s) => s !== 'draft');

function refuse(ctx: Context, code: CaseTransitionErrorCode, message: string, field?: string): CaseTransitionError {
  return new CaseTransitionError(code, message, ctx.action, ctx.snapshot.status, field);
}

/** A refusal not yet turned into an error (errors are costly; allowedActions makes many refusals). */
interface Refusal {
  code: CaseTransitionErrorCode;
  message: string;
}

function deny(_ctx: Context, code: CaseTransitionErrorCode, message: string): Refusal {
  return { code, message };
}

function elapsedMs(since: Date, now: Date): number {
  return now.getTime() - since.getTime();
}

const mustBeAcknowledged = (ctx: Context): Refusal | null =>
  ctx.snapshot.escalationAcknowledged
    ? null
    : deny(ctx, 'not_acknowledged', `请先签收该上报案件，再进行「${CASE_ACTION_LABELS[ctx.action]}」`);

const RULES: readonly Rule[] = [
  {
    action: 'submit',
    from: ['draft'],
    who: (a, s) => caseCreator(a, s) || zoneAgent(a, s),
    whoLabel: '案件所属创作者或本集聚区服务台专员（代为登记）',
    apply: (ctx, input) => ({
      to: 'submitted',
      changes: { submittedAt: ctx.now },
      details: optionalTexts(ctx, input, ['note']),
    }),
  },
  {
    action: 'accept',
    from: ['submitted'],
    who: intakeAgent,
    whoLabel: '本集聚区服务台专员（已分派的案件仅限被分派的专员）',
    apply: (ctx, input) => ({
      to: 'accepted',
      changes: { assigneeId: actingUserId(ctx), acceptedAt: ctx.now },
      details: optionalTexts(ctx, input, ['note']),
    }),
  },
  {
    action: 'reject',
    from: ['submitted'],
    who: intakeAgent,
    whoLabel: '本集聚区服务台专员（已分派的案件仅限被分派的专员）',
    apply: (ctx, input) => {
      const reason = requiredText(ctx, input, 'reason', '不予受理的理由', CASE_INPUT_LIMITS.reason);
      return { to: 'rejected', changes: { rejectionReason: reason }, details: { reason } };
    },
  },
  {
    action: 'assign',
    from: HANDLED,
    who: zoneSupervisor,
    whoLabel: '本集聚区主管或市级主管',
    apply: (ctx, input) => {
      const assigneeId = requiredText(ctx, input, 'assigneeId', '承办人', CASE_INPUT_LIMITS.id);
      if (assigneeId === ctx.snapshot.assigneeId) {
        throw refuse(ctx, 'no_change', '该案件已由此人承办，无需重复分派，请选择其他承办人', 'assigneeId');
      }
      return {
        to: ctx.snapshot.status,
        changes: { assigneeId },
        details: { assigneeId, previousAssigneeId: ctx.snapshot.assigneeId, ...optionalTexts(ctx, input, ['note']) },
      };
    },
  },
  {
    action: 'start',
    from: ['accepted'],
    who: owner,
    whoLabel: '案件承办人',
    apply: (ctx, input) => ({ to: 'in_progress', changes: {}, details: optionalTexts(ctx, input, ['note']) }),
  },
  {
    action: 'request_materials',
    from: ['submitted'],
    who: intakeAgent,
    whoLabel: '本集聚区服务台专员（已分派的案件仅限被分派的专员）',
    apply: requestMaterials,
  },
  {
    action: 'request_materials',
    from: ['accepted', 'in_progress'],
    who: owner,
    whoLabel: '案件承办人',
    apply: requestMaterials,
  },
  {
    action: 'supply_materials',
    from: ['awaiting_creator'],
    who: caseCreator,
    whoLabel: '案件所属创作者',
    precondition: (ctx) =>
      ctx.snapshot.statusBeforeAwaiting === null
        ? deny(ctx, 'inconsistent_case', '案件数据异常：缺少补正前的状态，请联系服务台处理')
        : null,
    apply: (ctx, input) => ({
      to: ctx.snapshot.statusBeforeAwaiting as ResumableStatus,
      changes: { statusBeforeAwaiting: null, awaitingCreatorSince: null },
      details: optionalTexts(ctx, input, ['note']),
    }),
  },
  {
    action: 'escalate',
    from: ['accepted', 'in_progress'],
    who: owner,
    whoLabel: '案件承办人',
    apply: escalate,
  },
  {
    action: 'escalate',
    from: ['accepted', 'in_progress'],
    who: system,
    whoLabel: '系统（超时自动上报）',
    apply: escalate,
  },
  {
    action: 'escalate',
    from: ['escalated'],
    who: districtOfficer,
    whoLabel: '受理该上报的区级网信办联络员（报送市委网信办）',
    precondition: mustBeAcknowledged,
    apply: escalate,
  },
  {
    action: 'acknowledge',
    from: ['escalated'],
    who: officer,
    whoLabel: '受理该上报的网信办联络员',
    precondition: (ctx) =>
      ctx.snapshot.escalationAcknowledged
        ? deny(ctx, 'already_acknowledged', '该上报已签收，无需重复签收，请继续办理或退回服务台')
        : null,
    apply: (ctx, input) => ({
      to: 'escalated',
      changes: { escalationAcknowledged: true },
      details: optionalTexts(ctx, input, ['note']),
    }),
  },
  {
    action: 'return',
    from: ['escalated'],
    who: officer,
    whoLabel: '受理该上报的网信办联络员',
    precondition: mustBeAcknowledged,
    apply: (ctx, input) => {
      const instructions = requiredText(ctx, input, 'instructions', '办理意见', CASE_INPUT_LIMITS.instructions);
      return {
        to: 'in_progress',
        changes: { escalationAuthorityId: null, escalationAcknowledged: false },
        details: { instructions, previousAuthorityId: ctx.snapshot.escalationAuthorityId },
      };
    },
  },
  {
    action: 'resolve',
    from: ['in_progress'],
    who: owner,
    whoLabel: '案件承办人',
    apply: resolve,
  },
  {
    action: 'resolve',
    from: ['escalated'],
    who: officer,
    whoLabel: '受理该上报的网信办联络员',
    precondition: mustBeAcknowledged,
    apply: resolve,
  },
  {
    action: 'reopen',
    from: ['resolved'],
    who: caseCreator,
    whoLabel: '案件所属创作者',
    precondition: (ctx) => {
      const { resolvedAt } = ctx.snapshot;
      if (resolvedAt === null) {
        return deny(ctx, 'inconsistent_case', '案件数据异常：缺少办结时间，请联系服务台处理');
      }
      return elapsedMs(resolvedAt, ctx.now) < REOPEN_WINDOW_DAYS * DAY_MS
        ? null
        : deny(
            ctx,
            'reopen_window_expired',
            `办结已超过 ${REOPEN_WINDOW_DAYS} 天，不能重新办理；如有新的诉求，请提交新的申请`,
          );
    },
    apply: (ctx, input) => ({
      to: 'in_progress',
      changes: {
        resolvedAt: null,
        outcome: null,
        resolutionSummary: null,
        escalationAuthorityId: null,
        escalationAcknowledged: false,
      },
      details: optionalTexts(ctx, input, ['reason']),
    }),
  },
  {
    action: 'rate',
    from: ['resolved'],
    who: caseCreator,
    whoLabel: '案件所属创作者',
    apply: (ctx, input) => {
      const level = input.level;
      if (level === undefined || level === null) {
        throw refuse(ctx, 'missing_input', '请选择评价等级（非常满意、满意、基本满意、不满意、非常不满意）', 'level');
      }
      if (!isRatingLevel(level)) {
        throw refuse(ctx, 'invalid_input', '评价等级须为 1 至 5 的整数（1 为非常满意，5 为非常不满意）', 'level');
      }
      const comment = optionalText(ctx, input, 'comment', '评价意见', CASE_INPUT_LIMITS.comment);
      return {
        to: 'closed',
        changes: {
          closedAt: ctx.now,
          closeReason: 'rated',
          rating: level,
          ratingComment: comment ?? null,
        },
        details: { level, ...(comment === undefined ? {} : { comment }) },
        reviewRequired: ratingNeedsReview(level),
      };
    },
  },
  {
    action: 'close',
    from: ['resolved'],
    who: zoneSupervisor,
    whoLabel: '本集聚区主管、市级主管或系统（逾期未评价）',
    apply: (ctx, input) => ({
      to: 'closed',
      changes: { closedAt: ctx.now, closeReason: 'supervisor' },
      details: optionalTexts(ctx, input, ['reason']),
    }),
  },
  {
    action: 'close',
    from: ['resolved'],
    who: system,
    whoLabel: '本集聚区主管、市级主管或系统（逾期未评价）',
    precondition: (ctx) => {
      const { resolvedAt } = ctx.snapshot;
      if (resolvedAt === null) {
        return deny(ctx, 'inconsistent_case', '案件数据异常：缺少办结时间');
      }
      return elapsedMs(resolvedAt, ctx.now) >= AUTO_CLOSE_RESOLVED_DAYS * DAY_MS
        ? null
        : deny(ctx, 'not_yet_due', `办结未满 ${AUTO_CLOSE_RESOLVED_DAYS} 天，创作者仍可评价，暂不能自动关闭`);
    },
    apply: (ctx) => ({ to: 'closed', changes: { closedAt: ctx.now, closeReason: 'auto_unrated' } }),
  },
  {
    action: 'close',
    from: ['awaiting_creator'],
    who: system,
    whoLabel: '系统（逾期未补充材料）',
    precondition: (ctx) => {
      const { awaitingCreatorSince } = ctx.snapshot;
      if (awaitingCreatorSince === null) {
        return deny(ctx, 'inconsistent_case', '案件数据异常：缺少告知补正的时间');
      }
      return elapsedMs(awaitingCreatorSince, ctx.now) >= UNANSWERED_CLOSE_DAYS * DAY_MS
        ? null
        : deny(ctx, 'not_yet_due', `告知补正未满 ${UNANSWERED_CLOSE_DAYS} 天，暂不能按逾期未补正关闭`);
    },
    apply: (ctx) => ({
      to: 'closed',
      changes: {
        closedAt: ctx.now,
        closeReason: 'unanswered',
        statusBeforeAwaiting: null,
        awaitingCreatorSince: null,
      },
    }),
  },
  {
    // Not from `resolved`: the desk's work is done; the creator rates it or asks to reopen it.
    action: 'withdraw',
    from: NON_FINAL.filter((s) => s !== 'resolved'),
    who: caseCreator,
    whoLabel: '案件所属创作者',
    apply: (ctx, input) => ({
      to: 'withdrawn',
      changes:
        ctx.snapshot.status === 'awaiting_creator' ? { statusBeforeAwaiting: null, awaitingCreatorSince: null } : {},
      details: optionalTexts(ctx, input, ['reason']),
    }),
  },
];

function requestMaterials(ctx: Context, input: CaseActionInput): Outcome {
  const missingItems = requiredList(ctx, input);
  return {
    to: 'awaiting_creator',
    changes: {
      statusBeforeAwaiting: ctx.snapshot.status as ResumableStatus,
      awaitingCreatorSince: ctx.now,
    },
    details: { missingItems, ...optionalTexts(ctx, input, ['note']) },
  };
}

function escalate(ctx: Context, input: CaseActionInput): Outcome {
  const reason = requiredText(ctx, input, 'reason', '上报理由', CASE_INPUT_LIMITS.reason);
  const targetAuthorityId = requiredText(ctx, input, 'targetAuthorityId', '上报对象（网信办）', CASE_INPUT_LIMITS.id);
  const previousAuthorityId = ctx.snapshot.status === 'escalated' ? ctx.snapshot.escalationAuthorityId : null;
  if (ctx.snapshot.status === 'escalated' && targetAuthorityId === previousAuthorityId) {
    throw refuse(ctx, 'invalid_input', '案件已在本机构办理，请选择上级网信办（市委网信办）作为上报对象', 'targetAuthorityId');
  }
  return {
    to: 'escalated',
    changes: { escalationAuthorityId: targetAuthorityId, escalationAcknowledged: false },
    details: { reason, targetAuthorityId, previousAuthorityId },
  };
}

function resolve(ctx: Context, input: CaseActionInput): Outcome {
  const outcome = requiredText(ctx, input, 'outcome', '办理结果', CASE_INPUT_LIMITS.outcome);
  const summary = requiredText(ctx, input, 'summary', '办结说明（创作者可见）', CASE_INPUT_LIMITS.summary);
  return {
    to: 'resolved',
    changes: { resolvedAt: ctx.now, outcome, resolutionSummary: summary },
    details: { outcome, summary },
  };
}

// ---------------------------------------------------------------------------------------------
// Input helpers

type TextField = 'reason' | 'targetAuthorityId' | 'instructions' | 'outcome' | 'summary' | 'assigneeId' | 'comment' | 'note';

function actingUserId(ctx: Context): string {
  if (ctx.actor.userId === null || ctx.actor.userId.trim() === '') {
    throw refuse(ctx, 'forbidden_actor', '无法识别当前用户身份，请重新登录后再试');
  }
  return ctx.actor.userId;
}

function optionalText(
  ctx: Context,
  input: CaseActionInput,
  field: TextField,
  label: string,
  max: number,
): string | undefined {
  const raw = input[field];
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') {
    throw refuse(ctx, 'invalid_input', `「${label}」应为文字`, field);
  }
  const value = raw.trim();
  if (value === '') return undefined;
  if ([...value].length > max) {
    throw refuse(ctx, 'invalid_input', `「${label}」不能超过 ${max} 个字，请精简后重试`, field);
  }
  return value;
}

function requiredText(ctx: Context, input: CaseActionInput, field: TextField, label: string, max: number): string {
  const value = optionalText(ctx, input, field, label, max);
  if (value === undefined) {
    throw refuse(ctx, 'missing_input', `「${CASE_ACTION_LABELS[ctx.action]}」须填写${label}`, field);
  }
  return value;
}

const OPTIONAL_TEXT_LABELS = { note: '备注', reason: '原因' } as const;

/** Optional free texts (note, reason), trimmed and length-checked. */
function optionalTexts(ctx: Context, input: CaseActionInput, fields: readonly ('note' | 'reason')[]): DecisionDetails {
  const out: DecisionDetails = {};
  for (const field of fields) {
    const value = optionalText(ctx, input, field, OPTIONAL_TEXT_LABELS[field], CASE_INPUT_LIMITS[field]);
    if (value !== undefined) out[field] = value;
  }
  return out;
}

function requiredList(ctx: Context, input: CaseActionInput): string[] {
  const raw = input.missingItems;
  const missing = (): CaseTransitionError =>
    refuse(ctx, 'missing_input', '请一次性列明需要补充的全部材料（至少一项）', 'missingItems');
  if (raw === undefined || raw === null) throw missing();
  if (!Array.isArray(raw)) {
    throw refuse(ctx, 'invalid_input', '「需补充的材料」应为清单（逐项列出）', 'missingItems');
  }
  const items: string[] = [];
  raw.forEach((item: unknown, index: number) => {
    if (typeof item !== 'string') {
      throw refuse(ctx, 'invalid_input', `「需补充的材料」第 ${index + 1} 项应为文字`, `missingItems[${index}]`);
    }
    const value = item.trim();
    if ([...value].length > CASE_INPUT_LIMITS.missingItem) {
      throw refuse(
        ctx,
        'invalid_input',
        `「需补充的材料」第 ${index + 1} 项不能超过 ${CASE_INPUT_LIMITS.missingItem} 个字`,
        `missingItems[${index}]`,
      );
    }
    if (value !== '' && !items.includes(value)) items.push(value);
  });
  if (items.length === 0) throw missing();
  if (items.length > CASE_INPUT_LIMITS.missingItems) {
    throw refuse(
      ctx,
      'invalid_input',
      `「需补充的材料」最多列 ${CASE_INPUT_LIMITS.missingItems} 项，请合并相近的材料`,
      'missingItems',
    );
  }
  return items;
}

// ---------------------------------------------------------------------------------------------
// Public API

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
      error: deny(
        ctx,
        'forbidden_actor',
        `三员分立：${ACTOR_KIND_LABELS[actor.role]}不办理案件，不能执行「${actionLabel}」`,
      ),
    };
  }
  const candidates = RULES.filter((r) => r.action === action && r.from.includes(snapshot.status));
  if (candidates.length === 0) {
    const statusLabel = CASE_STATUS_LABELS[snapshot.status];
    const message = isFinalStatus(snapshot.status)
      ? `案件状态为「${statusLabel}」，流程已结束，不能再「${actionLabel}」`
      : `案件当前状态为「${statusLabel}」，不能执行「${actionLabel}」`;
    return { ctx, error: deny(ctx, 'illegal_transition', message) };
  }
  const rule = candidates.find((r) => r.who(actor, snapshot));
  if (rule === undefined) {
    const who = [...new Set(candidates.map((r) => r.whoLabel))].join('或');
    return { ctx, error: deny(ctx, 'forbidden_actor', `「${actionLabel}」仅限${who}操作`) };
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
    reviewRequired: outcome.reviewRequired ?? false,
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
