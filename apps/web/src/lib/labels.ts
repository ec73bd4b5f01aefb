import type { CaseStatus, Priority } from '../api/types';
import { OFFLINE_TIMELINE_KIND_LABELS } from '@app/contracts';
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
  starlight: '#d48806',
  shield: '#cf1322',
  compliance: '#1d39c4',
  legislation: '#08979c',
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
};

export const AUTHORITY_FALLBACK: Record<string, string> = {
  cac_city: '市委网信办',
  cac_huangpu: '黄浦区委网信办',
  cac_yangpu: '杨浦区委网信办',
};
export const ZONE_FALLBACK: Record<string, string> = { huangpu: '黄浦区集聚区', yangpu: '杨浦区集聚区' };

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录成功',
  'auth.login_failed': '登录失败',
  'auth.account_locked': '账号锁定',
  'auth.logout': '退出登录',
  'auth.logout_all': '退出全部设备',
  'auth.refresh_reuse_detected': '检测到刷新令牌重用',
  'auth.registration_code': '发送注册验证码',
  'auth.password_reset_code': '发送重置密码验证码',
  'auth.password_reset': '重置密码',
  'user.seed': '初始化账号',
  'user.register': '创作者注册',
  'user.create': '创建账号',
  'user.create_for_walk_in': '代创作者建档',
  'user.update': '修改账号',
  'user.grant_role': '授予角色',
  'user.revoke_role': '收回角色',
  'user.unlock': '解锁账号',
  'security_policy.update': '修改安全策略',
  'case.file': '登记案件',
  'case.submit': '提交案件',
  'case.accept': '受理',
  'case.reject': '不予受理',
  'case.assign': '分派',
  'case.start': '开始办理',
  'case.request_materials': '一次性告知补正',
  'case.supply_materials': '补充材料',
  'case.escalate': '上报',
  'case.acknowledge': '签收',
  'case.return': '退回服务台',
  'case.resolve': '办结',
  'case.reopen': '重新办理',
  'case.withdraw': '撤回',
  'case.close': '关闭',
  'case.rate': '评价',
  'case.public_reply': '公开回复',
  'case.internal_note': '内部备注',
  'case.read_pii': '查看个人信息',
  'attachment.upload': '上传材料',
  'attachment.download': '下载材料',
};

