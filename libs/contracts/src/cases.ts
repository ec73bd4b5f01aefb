import { ROLE_LABELS, type Role } from './roles';
/**
 * Vocabulary of the case lifecycle: statuses, actions, roles, priorities, channels, ratings and
 * close reasons, each with the Chinese label the UI shows. Identifiers are the ones used in code,
 * the API and the database (see DESIGN.md, "Case lifecycle").
 * The web app and the server both import it (as `@app/contracts`), so the labels exist once.
 */

export const CASE_STATUSES = [
  'draft',
  'submitted',
  'accepted',
  'in_progress',
  'awaiting_creator',
  'escalated',
  'resolved',
  'closed',
  'rejected',
  'withdrawn',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  draft: '草稿',
  submitted: '待受理',
  accepted: '已受理',
  in_progress: '办理中',
  awaiting_creator: '待补充材料',
  escalated: '已上报',
  resolved: '已办结',
  closed: '已关闭',
  rejected: '不予受理',
  withdrawn: '已撤回',
};

/**
 * Statuses from which no action is possible. The one list: every other list of final, open or
 * non-final statuses (in TypeScript and in SQL) is derived from it.
 */
const FINAL = ['closed', 'rejected', 'withdrawn'] as const satisfies readonly CaseStatus[];
export type FinalStatus = (typeof FINAL)[number];
export const FINAL_STATUSES: readonly CaseStatus[] = FINAL;

/** Takes a string, so that code holding a status read from a row or a job can ask too. */
export function isFinalStatus(status: string): boolean {
  return (FINAL_STATUSES as readonly string[]).includes(status);
}

/** Statuses from which some action is still possible (the draft included). */
export const NON_FINAL_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => !isFinalStatus(s));

/** Statuses whose case no longer weighs on its owner's load. */
export const OFF_LOAD_STATUSES: readonly CaseStatus[] = ['resolved', ...FINAL];
export type OffLoadStatus = 'resolved' | FinalStatus;

/** Statuses a request for materials may come from, and that supplying materials returns to. */
export const RESUMABLE_STATUSES = ['submitted', 'accepted', 'in_progress'] as const;
export type ResumableStatus = (typeof RESUMABLE_STATUSES)[number];

export const CASE_ACTIONS = [
  'submit',
  'accept',
  'reject',
  'assign',
  'start',
  'request_materials',
  'supply_materials',
  'remind_materials',
  'withdraw_materials_request',
  'receive_materials',
  'escalate',
  'acknowledge',
  'return',
  'resolve',
  'reopen',
  'withdraw',
  'close',
  'rate',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const CASE_ACTION_LABELS: Readonly<Record<CaseAction, string>> = {
  submit: '提交',
  accept: '受理',
  reject: '不予受理',
  assign: '分派',
  start: '开始办理',
  request_materials: '一次性告知补正',
  supply_materials: '补充材料',
  remind_materials: '催补材料',
  withdraw_materials_request: '撤回补正要求',
  receive_materials: '登记线下递交',
  escalate: '上报',
  acknowledge: '签收',
  return: '退回服务台',
  resolve: '办结',
  reopen: '重新办理',
  withdraw: '撤回',
  close: '关闭',
  rate: '评价',
};

/**
 * Who acts on a case: a user in one of the roles, or the system itself (timers and sweeps:
 * automatic closing, SLA escalation). `system` is not a role a user can hold.
 */
export type ActorKind = Role | 'system';
export const ACTOR_KIND_LABELS: Readonly<Record<ActorKind, string>> = { ...ROLE_LABELS, system: '系统' };

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const PRIORITY_LABELS: Readonly<Record<Priority, string>> = {
  low: '低',
  normal: '普通',
  high: '高',
  urgent: '紧急',
};

/** How a case reached the desk. */
export const CHANNELS = ['online', 'walk_in', 'phone', 'onsite', 'salon'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  online: '线上',
  walk_in: '窗口',
  phone: '电话',
  onsite: '上门服务',
  salon: '大V沙龙',
};

/** Why a case reached `closed`. */
export const CLOSE_REASONS = ['rated', 'auto_unrated', 'supervisor', 'unanswered'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export const CLOSE_REASON_LABELS: Readonly<Record<CloseReason, string>> = {
  rated: '创作者已评价',
  auto_unrated: '办结后逾期未评价，自动关闭',
  supervisor: '主管关闭',
  unanswered: '逾期未补充材料，自动关闭',
};

/** Level of a 网信 authority. */
export type AuthorityLevel = 'district' | 'city';
