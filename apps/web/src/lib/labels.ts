import type { CaseStatus, Priority } from '../api/types';
import { DISPATCH_TIMELINE_KIND_LABELS, OFFLINE_TIMELINE_KIND_LABELS } from '@app/contracts';
import {
  ACTOR_KIND_LABELS,
  CASE_ACTION_LABELS,
  CASE_STATUS_LABELS,
  CHANNEL_LABELS,
  CLOSE_REASON_LABELS as CLOSE_REASONS,
  PRIORITY_LABELS,
  RATING_LABELS as RATINGS,
  OPEN_STATUSES as OPEN_CASE_STATUSES,
  ROLE_LABELS,
} from '@app/contracts';

// Labels of the case vocabulary are shared with the server (libs/contracts), so they exist once.
export { CHANNEL_LABELS, PRIORITY_LABELS, ROLE_LABELS };
export const STATUS_LABELS = CASE_STATUS_LABELS;
// The API answers with plain numbers and strings for these.
export const RATING_LABELS: Readonly<Record<number, string>> = RATINGS;
export const CLOSE_REASON_LABELS: Readonly<Record<string, string>> = CLOSE_REASONS;
/** Reopening is the creator's request (申请), wherever the web names it. */
export const ACTION_LABELS = { ...CASE_ACTION_LABELS, reopen: '申请重新办理' };

export const PRODUCT_NAME = '集聚区创作者服务台';

export const roleLabel = (r: string | null | undefined) => (r ? (ACTOR_KIND_LABELS as Record<string, string>)[r] ?? r : '未授权');

export const STATUS_COLORS: Record<CaseStatus, string> = {
  draft: 'default',
  submitted: 'gold',
  accepted: 'cyan',
  in_progress: 'processing',
  awaiting_creator: 'orange',
  escalated: 'purple',
  resolved: 'success',
  closed: 'default',
  rejected: 'error',
  withdrawn: 'default',
};

/** Statuses of a case still being handled (the dashboards' open backlog). */
export const OPEN_STATUSES: readonly CaseStatus[] = OPEN_CASE_STATUSES;

/** What happens next, in the creator's words. */
export const CREATOR_NEXT_STEP: Record<CaseStatus, string> = {
  draft: '尚未提交，请完成并提交',
  submitted: '等待服务台受理',
  accepted: '服务台已受理，即将开始办理',
  in_progress: '正在办理，请留意回复',
  awaiting_creator: '请按要求补充材料',
  escalated: '已上报网信部门处理',
  resolved: '已办结，请评价本次服务',
  closed: '已结束',
  rejected: '不予受理，可查看原因',
  withdrawn: '您已撤回',
};

export const PRIORITY_COLORS: Record<Priority, string> = { low: 'default', normal: 'blue', high: 'orange', urgent: 'red' };

export const PROGRAMME_LABELS: Record<string, string> = {
  starlight: '星光计划',
  shield: '盾牌行动',
  compliance: '合规引擎',
  legislation: '众智平台',
};
export const PROGRAMME_COLORS: Record<string, string> = {
  // Dark enough for text on white (WCAG AA, 4.5:1): the programme cards print their names in it.
  starlight: '#9e5f00',
  shield: '#cf1322',
  compliance: '#1d39c4',
  legislation: '#006d75',
};

/** Fallback category labels, for when /programmes has not answered. */
export const CATEGORY_LABELS: Record<string, string> = {
  honour_recommendation: '精品推荐',
  self_nomination: '自荐',
  extortion: '敲诈勒索',
  defamation: '造谣诽谤',
  smear: '抹黑攻击',
  cyberviolence: '网络暴力',
  impersonation: '账号假冒仿冒',
  doxxing: '人肉搜索/隐私泄露',
  other: '其他侵权',
  policy_interpretation: '政策解读',
  compliance_guidance: '合规指导',
  tech_matching: '安全技术对接',
  law_revision_suggestion: '法规修订建议',
};

export const RATING_COLORS: Record<number, string> = { 5: 'green', 4: 'lime', 3: 'gold', 2: 'orange', 1: 'red' };

export const SLA_CLOCK_LABELS: Record<string, string> = {
  accept: '受理时限',
  first_response: '首次响应',
  resolve: '办结时限',
};
export const SLA_STATE_LABELS: Record<string, string> = {
  running: '计时中',
  paused: '已暂停',
  met: '已达标',
  breached: '已超时',
};
export const SLA_STATE_COLORS: Record<string, string> = {
  running: 'processing',
  paused: 'default',
  met: 'success',
  breached: 'error',
};

export const TIMELINE_KIND_LABELS: Record<string, string> = {
  status_change: '状态变更',
  assignment: '分派',
  escalation: '上报',
  public_reply: '公开回复',
  internal_note: '内部备注',
  attachment: '材料上传',
  nomination_stage: '星光计划评审',
  case_link: '串并案',
  evidence_packet: '证据包',
  platform_request: '平台处置函',
  platform_response: '平台处置结果',
  police_referral: '移送公安',
  ...OFFLINE_TIMELINE_KIND_LABELS,
  ...DISPATCH_TIMELINE_KIND_LABELS,
};

export const AUTHORITY_FALLBACK: Record<string, string> = {
  cac_city: '市委网信办',
  cac_huangpu: '黄浦区委网信办',
  cac_yangpu: '杨浦区委网信办',
};
export const ZONE_FALLBACK: Record<string, string> = { huangpu: '黄浦区集聚区', yangpu: '杨浦区集聚区' };


