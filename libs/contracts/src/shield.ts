/** 盾牌行动 (权益保护): linked cases, evidence packets, platform requests, police referrals. */

/** 最高人民法院、最高人民检察院《关于办理利用信息网络实施诽谤等刑事案件适用法律若干问题的解释》(2013) 第二条. */
export const SERIOUS_DEFAMATION_THRESHOLDS = { views: 5000, reposts: 500 } as const;

export const PLATFORM_RESULTS = ['deleted', 'banned', 'not_handled'] as const;
export type PlatformResult = (typeof PLATFORM_RESULTS)[number];
export const PLATFORM_RESULT_LABELS: Readonly<Record<PlatformResult, string>> = { deleted: '删除', banned: '封禁', not_handled: '未处置' };

export const PLATFORM_MEASURES = ['delete_content', 'ban_account', 'restrict_account', 'preserve_data', 'disclose_info'] as const;
export type PlatformMeasure = (typeof PLATFORM_MEASURES)[number];
export const PLATFORM_MEASURE_LABELS: Readonly<Record<PlatformMeasure, string>> = {
  delete_content: '删除侵权信息',
  ban_account: '关闭（封禁）侵权账号',
  restrict_account: '限制账号功能（禁言、限流）',
  preserve_data: '依法保存相关记录',
  disclose_info: '依法提供侵权账号注册信息',
};

export const PACKET_PURPOSES = ['police', 'court', 'platform'] as const;
export type PacketPurpose = (typeof PACKET_PURPOSES)[number];
export const PACKET_PURPOSE_LABELS: Readonly<Record<PacketPurpose, string>> = { police: '公安机关', court: '人民法院', platform: '网络平台' };

export const REFERRAL_STATUSES = ['referred', 'filed', 'not_filed', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const REFERRAL_STATUS_LABELS: Readonly<Record<ReferralStatus, string>> = { referred: '已移送', filed: '已立案', not_filed: '不予立案', closed: '已办结' };

export interface ShieldMatch {
  caseId: string;
  reference: string;
  status: string;
  zoneId: string;
  title: string;
  /** The same creator: a possible true duplicate (merge) rather than a link. */
  sameCreator: boolean;
  /** Which normalised targets the two cases share. */
  shared: { kind: 'account' | 'url'; key: string }[];
  groupId: string | null;
}

export interface LinkGroupView {
  id: string;
  zoneId: string;
  note: string;
  members: { caseId: string; reference: string; status: string; title: string; assigneeId: string | null }[];
  createdAt: string;
}

export interface EvidencePacketView {
  id: string;
  caseId: string;
  purpose: PacketPurpose;
  fileCount: number;
  size: number;
  sha256: string;
  sm3: string;
  createdAt: string;
}

export interface PlatformResponseView {
  id: string;
  result: PlatformResult;
  respondedOn: string;
  note: string;
  recordedAt: string;
}

export interface PlatformRequestView {
  id: string;
  caseId: string;
  platform: string;
  accounts: string[];
  urls: string[];
  measures: PlatformMeasure[];
  authorityId: string;
  documentId: string | null;
  verificationCode: string | null;
  createdAt: string;
  responses: PlatformResponseView[];
}

export interface PoliceReferralView {
  id: string;
  caseId: string;
  policeUnit: string;
  reason: string;
  referredOn: string;
  status: ReferralStatus;
  receiptNo: string | null;
  history: { status: ReferralStatus; note: string; at: string }[];
  updatedAt: string;
}

/** The staff view of a shield case's own process. */
export interface ShieldCaseView {
  caseId: string;
  minorInvolved: boolean;
  reach: { views: number | null; reposts: number | null };
  /** The reported reach is above the thresholds for serious defamation: the desk should record a referral. */
  referralPrompted: boolean;
  group: LinkGroupView | null;
  mergedInto: { caseId: string; reference: string } | null;
  merged: { caseId: string; reference: string }[];
  packets: EvidencePacketView[];
  platformRequests: PlatformRequestView[];
  referrals: PoliceReferralView[];
}

export interface PlatformResponseStats {
  zoneId: string;
  platform: string;
  requests: number;
  deleted: number;
  banned: number;
  notHandled: number;
  /** Requests without any response yet. */
  pending: number;
}
