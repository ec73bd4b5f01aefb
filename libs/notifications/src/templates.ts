/** Chinese message texts. In-app and e-mail share a title and body; SMS has its own short texts. */

const SIGNATURE = '【集聚区创作者服务台】';

const NOTIFICATION_KINDS = [
  'case_received',
  'case_queued',
  'case_accepted',
  'case_rejected',
  'materials_requested',
  'materials_supplied',
  'public_reply',
  'creator_reply',
  'case_assigned',
  'case_reassigned',
  'case_escalated',
  'escalation_received',
  'case_returned',
  'case_resolved',
  'case_reopened',
  'case_closed',
  'rating_review',
  'sla_warning',
  'sla_breach',
  'sla_escalated',
  'programme_progress',
  'appointment_booked',
  'appointment_cancelled',
  'appointment_reminder',
  'appointment_closed',
  'salon_registered',
  'salon_waitlisted',
  'salon_promoted',
  'visit_requested',
  'visit_scheduled',
  'visit_confirmed',
  'visit_reschedule_requested',
  'visit_recorded',
  'rectification_overdue',
  'rectification_done',
  'rating_appeal',
  'appeal_decided',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Readonly<Record<NotificationKind, string>> = {
  case_received: '受理回执',
  case_queued: '新案件待受理',
  case_accepted: '案件受理',
  case_rejected: '不予受理',
  materials_requested: '补正告知',
  materials_supplied: '材料已补充',
  public_reply: '服务台回复',
  creator_reply: '创作者回复',
  case_assigned: '案件分派',
  case_reassigned: '案件改派',
  case_escalated: '案件上报',
  escalation_received: '收到上报',
  case_returned: '上报退回',
  case_resolved: '案件办结',
  case_reopened: '重新办理',
  case_closed: '案件关闭',
  rating_review: '差评整改',
  sla_warning: '时限预警',
  sla_breach: '超时',
  sla_escalated: '超时上报',
  programme_progress: '办理进展',
  appointment_booked: '预约成功',
  appointment_cancelled: '预约取消',
  appointment_reminder: '预约提醒',
  appointment_closed: '预约时段关闭',
  salon_registered: '沙龙报名',
  salon_waitlisted: '沙龙候补',
  salon_promoted: '候补转正',
  visit_requested: '上门服务申请',
  visit_scheduled: '上门服务安排',
  visit_confirmed: '上门时间确认',
  visit_reschedule_requested: '申请改期',
  visit_recorded: '上门服务记录',
  rectification_overdue: '差评整改逾期',
  rectification_done: '差评整改完成',
  rating_appeal: '评价申诉',
  appeal_decided: '申诉审核结果',
};

/** What a template may use; every field optional so a missing one reads as empty, not "undefined". */
export interface TemplateParams {
  reference?: string;
  title?: string;
  assignee?: string;
  reason?: string;
  items?: string[];
  authority?: string;
  instructions?: string;
  summary?: string;
  clock?: string;
  dueAt?: string;
  level?: string;
  closeReason?: string;
  body?: string;
  programmeName?: string;
  /** Offline service: a check-in code, when and where. */
  code?: string;
  when?: string;
  place?: string;
  note?: string;
}

export interface RenderedNotice {
  title: string;
  body: string;
}

const ref = (p: TemplateParams) => `「${p.title ?? ''}」（${p.reference ?? ''}）`;

const NOTICE_TEMPLATES: Readonly<Record<NotificationKind, (p: TemplateParams) => RenderedNotice>> = {
  case_received: (p) => ({ title: '已收到您的案件', body: `您提交的${ref(p)}已收到，案件编号 ${p.reference ?? ''}。服务台将在受理时限内决定是否受理，进展会在案件页面和消息中心通知您。` }),
  case_queued: (p) => ({ title: '新案件待受理', body: `${p.programmeName ?? ''}队列收到新案件${ref(p)}，请及时受理。` }),
  case_accepted: (p) => ({ title: '您的案件已受理', body: `您提交的${ref(p)}已由服务台受理${p.assignee ? `，承办人：${p.assignee}` : ''}。办理进展将在案件页面和消息中心通知您。` }),
  case_rejected: (p) => ({ title: '您的案件不予受理', body: `您提交的${ref(p)}不予受理，理由：${sentence(p.reason)}如有疑问可联系服务台或重新提交。` }),
  materials_requested: (p) => ({
    title: '请补充材料',
    body: `您的案件${ref(p)}需要补充以下材料：${(p.items ?? []).map((item, i) => `${i + 1}. ${item}`).join('；')}。请在 30 天内登录服务台补充，逾期未补充的案件将自动关闭。`,
  }),
  materials_supplied: (p) => ({ title: '创作者已补充材料', body: `案件${ref(p)}的创作者已补充材料，请继续办理。` }),
  public_reply: (p) => ({ title: '服务台回复了您的案件', body: `您的案件${ref(p)}有新的回复：${truncate(p.body, 120)}` }),
  creator_reply: (p) => ({ title: '创作者发表了新回复', body: `案件${ref(p)}的创作者发表了新回复：${truncate(p.body, 120)}` }),
  case_assigned: (p) => ({ title: '新案件分派给您', body: `案件${ref(p)}已分派给您承办，请及时处理。` }),
  case_reassigned: (p) => ({ title: '案件已改派', body: `案件${ref(p)}已改由${p.assignee ?? '其他专员'}承办。` }),
  case_escalated: (p) => ({ title: '案件已上报网信办', body: `案件${ref(p)}已上报${p.authority ?? '网信办'}办理。${p.reason ? `上报理由：${p.reason}` : ''}` }),
  escalation_received: (p) => ({ title: '收到新的上报案件', body: `服务台上报了案件${ref(p)}，请签收办理。${p.reason ? `上报理由：${p.reason}` : ''}` }),
  case_returned: (p) => ({ title: '网信办退回了案件', body: `案件${ref(p)}已由网信办退回服务台，办理意见：${p.instructions ?? ''}` }),
  case_resolved: (p) => ({ title: '您的案件已办结', body: `您的案件${ref(p)}已办结：${sentence(truncate(p.summary, 200))}欢迎对本次服务作出评价；7 天内未评价的案件将自动关闭。` }),
  case_reopened: (p) => ({ title: '案件已重新办理', body: `创作者对案件${ref(p)}申请重新办理${p.reason ? `，原因：${sentence(p.reason)}` : '。'}` }),
  case_closed: (p) => ({ title: '您的案件已关闭', body: `您的案件${ref(p)}已关闭：${p.closeReason ?? ''}。` }),
  rating_review: (p) => ({ title: '收到差评，请整改', body: `案件${ref(p)}收到「${p.level ?? ''}」评价，请跟进回访并记录整改情况。` }),
  sla_warning: (p) => ({ title: `${p.clock ?? '办理时限'}即将到期`, body: `案件${ref(p)}的${p.clock ?? '办理时限'}已用去 75%，将于 ${p.dueAt ?? ''} 到期，请尽快处理。` }),
  sla_breach: (p) => ({ title: `${p.clock ?? '办理时限'}已超时`, body: `案件${ref(p)}的${p.clock ?? '办理时限'}已于 ${p.dueAt ?? ''} 到期，已记录超时。` }),
  sla_escalated: (p) => ({
    title: `超时上报：${p.clock ?? '办理时限'}已到期`,
    body: `案件${ref(p)}的${p.clock ?? '办理时限'}已于 ${p.dueAt ?? ''} 到期，系统已上报主管${p.authority ? `并上报${p.authority}` : ''}，请督办。`,
  }),
  programme_progress: (p) => ({ title: p.summary ?? '办理进展', body: `您的${ref(p)}有新进展：${truncate(p.body, 200)}` }),
  appointment_booked: (p) => ({
    title: '预约成功',
    body: `您已预约 ${p.when ?? ''} 在${p.place ?? '服务点'}的现场服务（预约号 ${p.reference ?? ''}），签到码 ${p.code ?? ''}。请按时到场，凭签到码或手机号签到；如需取消请提前在服务台操作。`,
  }),
  appointment_cancelled: (p) => ({ title: '预约已取消', body: `您 ${p.when ?? ''} 在${p.place ?? '服务点'}的预约（${p.reference ?? ''}）已取消。${p.note ?? ''}` }),
  appointment_reminder: (p) => ({ title: '明日预约提醒', body: `您预约了 ${p.when ?? ''} 在${p.place ?? '服务点'}的现场服务（${p.reference ?? ''}），签到码 ${p.code ?? ''}，请按时到场。` }),
  appointment_closed: (p) => ({
    title: '预约时段已关闭',
    body: `很抱歉，您 ${p.when ?? ''} 在${p.place ?? '服务点'}的预约（${p.reference ?? ''}）因${p.note ?? '服务点休息'}已取消，请重新选择其他时段。`,
  }),
  salon_registered: (p) => ({ title: '沙龙报名成功', body: `您已报名「${p.title ?? ''}」（${p.when ?? ''}，${p.place ?? ''}），入场签到码 ${p.code ?? ''}。` }),
  salon_waitlisted: (p) => ({ title: '已加入候补名单', body: `「${p.title ?? ''}」名额已满，您已进入候补名单（第 ${p.note ?? ''} 位）。有人取消时将按顺序递补并通知您。` }),
  salon_promoted: (p) => ({ title: '候补成功，您已获得沙龙名额', body: `您候补的「${p.title ?? ''}」（${p.when ?? ''}，${p.place ?? ''}）已递补成功，入场签到码 ${p.code ?? ''}。` }),
  visit_requested: (p) => ({ title: '收到上门服务申请', body: `案件${ref(p)}申请上门服务：${truncate(p.note, 120)}，请安排专家。` }),
  visit_scheduled: (p) => ({ title: '上门服务已安排', body: `您的案件${ref(p)}已安排上门服务：${p.when ?? ''}，地点 ${p.place ?? ''}，专家 ${p.assignee ?? ''}。请在案件页面确认时间或申请改期。` }),
  visit_confirmed: (p) => ({ title: '创作者已确认上门时间', body: `案件${ref(p)}的创作者已确认 ${p.when ?? ''} 的上门服务。` }),
  visit_reschedule_requested: (p) => ({ title: '创作者申请更改上门时间', body: `案件${ref(p)}的创作者申请更改上门时间：${truncate(p.note, 120)}` }),
  visit_recorded: (p) => ({ title: '上门服务已完成', body: `案件${ref(p)}的上门服务已完成：${truncate(p.summary, 160)}` }),
  rectification_overdue: (p) => ({ title: `差评${p.clock ?? '整改'}已逾期`, body: `案件${ref(p)}的差评${p.clock ?? '整改'}期限已于 ${p.dueAt ?? ''} 届满，尚未完成，已记为逾期，请尽快办理。` }),
  rectification_done: (p) => ({ title: '您的差评已整改', body: `针对您对案件${ref(p)}的评价，服务台已完成整改：${sentence(truncate(p.summary, 200))}欢迎您再次评价。` }),
  rating_appeal: (p) => ({ title: '收到评价申诉', body: `服务台对案件${ref(p)}的「${p.level ?? ''}」评价提出申诉，理由：${sentence(truncate(p.reason, 200))}请市级主管审核。` }),
  appeal_decided: (p) => ({ title: '评价申诉已审核', body: `案件${ref(p)}的评价申诉审核结果：${p.note ?? ''}。理由：${sentence(truncate(p.reason, 200))}` }),
};

/** SMS texts by outbox template id; only what a creator must not miss goes by SMS. */
export const SMS_TEMPLATES: Record<string, (payload: Record<string, unknown>) => string> = {
  registration_code: (p) => `${SIGNATURE}您的注册验证码为 ${p.code}，${p.minutes} 分钟内有效。如非本人操作请忽略。`,
  password_reset_code: (p) => `${SIGNATURE}您正在重置密码，验证码为 ${p.code}，${p.minutes} 分钟内有效。如非本人操作请忽略并尽快修改密码。`,
  materials_requested: (p) => `${SIGNATURE}您的案件 ${p.reference} 需要补充材料，请在 30 天内登录服务台查看清单并补充。`,
  case_rejected: (p) => `${SIGNATURE}您的案件 ${p.reference} 不予受理，请登录服务台查看理由。`,
  case_resolved: (p) => `${SIGNATURE}您的案件 ${p.reference} 已办结，请登录服务台查看结果并评价。`,
  case_closed: (p) => `${SIGNATURE}您的案件 ${p.reference} 已关闭，请登录服务台查看。`,
  appointment_booked: (p) => `${SIGNATURE}您已预约 ${p.when} ${p.place}，签到码 ${p.code}，请按时到场。`,
  appointment_reminder: (p) => `${SIGNATURE}提醒：您预约了 ${p.when} ${p.place}，签到码 ${p.code}。`,
  appointment_closed: (p) => `${SIGNATURE}您 ${p.when} 的预约因${p.note}已取消，请登录服务台重新预约。`,
  salon_promoted: (p) => `${SIGNATURE}您候补的沙龙「${p.title}」已递补成功，${p.when}，签到码 ${p.code}。`,
  visit_scheduled: (p) => `${SIGNATURE}您的案件 ${p.reference} 已安排上门服务：${p.when}，请登录服务台确认。`,
};

export function renderNotice(kind: NotificationKind, params: TemplateParams): RenderedNotice {
  return NOTICE_TEMPLATES[kind](params);
}

/**
 * A staff member's text as one sentence inside a template: ends with exactly one 。 whatever
 * punctuation it came with (no "两个账号。。欢迎").
 */
export function sentence(text: string | undefined): string {
  const body = (text ?? '').trim().replace(/[。．.！!？?；;，,、\s]+$/u, '');
  return body === '' ? '' : /…$/.test(body) ? body : `${body}。`;
}

function truncate(text: string | undefined, max: number): string {
  const chars = [...(text ?? '')];
  return chars.length > max ? `${chars.slice(0, max).join('')}……` : chars.join('');
}
