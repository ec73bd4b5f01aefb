/**
 * The lifecycle table of DESIGN.md ("Case lifecycle") as data: for each action, the statuses it
 * leaves from, who may take it, what must hold first, and what it changes. The engine
 * (`case-state-machine.ts`) picks the rule; nothing here does I/O or reads a clock.
 */
import {
  CASE_ACTION_LABELS,
  type CaseStatus,
  isRatingLevel,
  NON_FINAL_STATUSES,
  type ResumableStatus,
} from './case-status';
import { AUTO_CLOSE_RESOLVED_DAYS, type CaseActionInput, type DecisionDetails, REOPEN_WINDOW_DAYS, UNANSWERED_CLOSE_DAYS } from './case-decision';
import { actingUserId, CASE_INPUT_LIMITS, optionalText, optionalTexts, requiredList, requiredText } from './case-input';
import {
  caseCreator,
  type Context,
  deny,
  districtOfficer,
  intakeAgent,
  officer,
  type Outcome,
  owner,
  type Refusal,
  refuse,
  type Rule,
  system,
  type Who,
  zoneAgent,
  zoneSupervisor,
} from './case-rule';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Every status but the draft and the final ones: where a case is being handled. */
const HANDLED: readonly CaseStatus[] = NON_FINAL_STATUSES.filter((s) => s !== 'draft');

/**
 * A precondition on the time since one of the case's stamps: the action is possible `within`
 * `days` of it, or only `after` `days`. A missing stamp is a case that contradicts its status.
 */
function timed(
  stamp: 'resolvedAt' | 'awaitingCreatorSince',
  when: 'within' | 'after',
  days: number,
  missing: string,
  refusal: () => Refusal,
): (ctx: Context) => Refusal | null {
  return (ctx) => {
    const since = ctx.snapshot[stamp];
    if (since === null) return deny('inconsistent_case', `案件数据异常：${missing}`);
    const inWindow = ctx.now.getTime() - since.getTime() < days * DAY_MS;
    return inWindow === (when === 'within') ? null : refusal();
  };
}

const mustBeAcknowledged = (ctx: Context): Refusal | null =>
  ctx.snapshot.escalationAcknowledged
    ? null
    : deny('not_acknowledged', `请先签收该上报案件，再进行「${CASE_ACTION_LABELS[ctx.action]}」`);

const withinReopenWindow = timed('resolvedAt', 'within', REOPEN_WINDOW_DAYS, '缺少办结时间，请联系服务台处理', () =>
  deny('reopen_window_expired', `办结已超过 ${REOPEN_WINDOW_DAYS} 天，不能重新办理；如有新的诉求，请提交新的申请`),
);
/** Who handles a request for materials: the agent who may take the case in, or its owner. */
const materialsHandler: Who = (a, s) => intakeAgent(a, s) || owner(a, s);
const MATERIALS_HANDLER_LABEL = '案件承办人（未分派的案件为本集聚区服务台专员）';

const resumable = (ctx: Context): Refusal | null =>
  ctx.snapshot.statusBeforeAwaiting === null
    ? deny('inconsistent_case', '案件数据异常：缺少补正前的状态，请联系服务台处理')
    : null;

/** Back to the status before the request for materials; the clocks run again. */
function resume(ctx: Context, details: DecisionDetails): Outcome {
  return {
    to: ctx.snapshot.statusBeforeAwaiting as ResumableStatus,
    changes: { statusBeforeAwaiting: null, awaitingCreatorSince: null },
    details,
  };
}

export const RULES: readonly Rule[] = [
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
    precondition: resumable,
    apply: (ctx, input) => resume(ctx, optionalTexts(ctx, input, ['note'])),
  },
  {
    // 催补: the request stands; the creator is reminded (the service limits how often).
    action: 'remind_materials',
    from: ['awaiting_creator'],
    who: materialsHandler,
    whoLabel: MATERIALS_HANDLER_LABEL,
    apply: (ctx, input) => ({ to: 'awaiting_creator', changes: {}, details: optionalTexts(ctx, input, ['note']) }),
  },
  {
    // The desk takes its request back (asked by mistake, or no longer needed): handling resumes.
    action: 'withdraw_materials_request',
    from: ['awaiting_creator'],
    who: materialsHandler,
    whoLabel: MATERIALS_HANDLER_LABEL,
    precondition: resumable,
    apply: (ctx, input) => resume(ctx, optionalTexts(ctx, input, ['reason'])),
  },
  {
    // 线下递交: the creator handed the materials in at the window; the desk records what it received.
    action: 'receive_materials',
    from: ['awaiting_creator'],
    who: materialsHandler,
    whoLabel: MATERIALS_HANDLER_LABEL,
    precondition: resumable,
    apply: (ctx, input) => resume(ctx, { note: requiredText(ctx, input, 'note', '收件说明（收到了哪些材料）', CASE_INPUT_LIMITS.note) }),
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
        ? deny('already_acknowledged', '该上报已签收，无需重复签收，请继续办理或退回服务台')
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
    precondition: withinReopenWindow,
    apply: reopen,
  },
  {
    // 回访: the creator told a return visit the problem is not solved; the desk's visit reopens it.
    action: 'reopen',
    from: ['resolved'],
    who: system,
    whoLabel: '系统（回访未解决）',
    precondition: withinReopenWindow,
    apply: reopen,
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
        throw refuse(ctx, 'invalid_input', '评价等级须为 1 至 5 的整数（5 为非常满意，1 为非常不满意）', 'level');
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
    precondition: timed('resolvedAt', 'after', AUTO_CLOSE_RESOLVED_DAYS, '缺少办结时间', () =>
      deny('not_yet_due', `办结未满 ${AUTO_CLOSE_RESOLVED_DAYS} 天，创作者仍可评价，暂不能自动关闭`),
    ),
    apply: (ctx) => ({ to: 'closed', changes: { closedAt: ctx.now, closeReason: 'auto_unrated' } }),
  },
  {
    action: 'close',
    from: ['awaiting_creator'],
    who: system,
    whoLabel: '系统（逾期未补充材料）',
    precondition: timed('awaitingCreatorSince', 'after', UNANSWERED_CLOSE_DAYS, '缺少告知补正的时间', () =>
      deny('not_yet_due', `告知补正未满 ${UNANSWERED_CLOSE_DAYS} 天，暂不能按逾期未补正关闭`),
    ),
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
    from: NON_FINAL_STATUSES.filter((s) => s !== 'resolved'),
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

/** 重新办理, by the creator or after a return visit found the problem not solved. */
function reopen(ctx: Context, input: CaseActionInput): Outcome {
  return {
    to: 'in_progress',
    changes: { resolvedAt: null, outcome: null, resolutionSummary: null, escalationAuthorityId: null, escalationAcknowledged: false },
    details: optionalTexts(ctx, input, ['reason']),
  };
}

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
