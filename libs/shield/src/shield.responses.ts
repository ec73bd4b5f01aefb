import { PACKET_PURPOSES, PLATFORM_MEASURES, PLATFORM_RESULTS, REFERRAL_STATUSES, type EvidencePacketView, type LinkGroupView, type PacketPurpose, type PlatformMeasure, type PlatformRequestView, type PlatformResponseStats, type PlatformResponseView, type PlatformResult, type PoliceReferralView, type ReferralStatus, type ShieldCaseView, type ShieldMatch } from '@app/contracts';
import { Field } from '@app/common';

/**
 * What the shield routes answer, as the OpenAPI document (and the web's generated types) shows
 * it. Each class implements the contract view the services return.
 */
class SharedKeyResponse {
  @Field.oneOf(['account', 'url']) kind: 'account' | 'url';
  @Field.text({ example: 'weibo:科圈爆料君' }) key: string;
}

export class ShieldMatchResponse implements ShieldMatch {
  @Field.text({ format: 'uuid' }) caseId: string;
  @Field.text({ example: 'HP-SHD-2026-000124' }) reference: string;
  @Field.text({ example: 'submitted' }) status: string;
  @Field.text({ example: 'huangpu' }) zoneId: string;
  @Field.text() title: string;
  @Field.flag() sameCreator: boolean;
  @Field.nestedList(() => SharedKeyResponse) shared: SharedKeyResponse[];
  @Field.textOrNull({ format: 'uuid' }) groupId: string | null;
}

class GroupMemberResponse {
  @Field.text({ format: 'uuid' }) caseId: string;
  @Field.text() reference: string;
  @Field.text() status: string;
  @Field.text() title: string;
  @Field.textOrNull({ format: 'uuid' }) assigneeId: string | null;
}

export class LinkGroupResponse implements LinkGroupView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ example: 'huangpu' }) zoneId: string;
  @Field.text() note: string;
  @Field.nestedList(() => GroupMemberResponse) members: GroupMemberResponse[];
  @Field.instant() createdAt: string;
}

export class EvidencePacketResponse implements EvidencePacketView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ format: 'uuid' }) caseId: string;
  @Field.oneOf(PACKET_PURPOSES) purpose: PacketPurpose;
  @Field.int() fileCount: number;
  @Field.int({ description: '字节数' }) size: number;
  @Field.text() sha256: string;
  @Field.text() sm3: string;
  @Field.instant() createdAt: string;
}

class PlatformResponseResponse implements PlatformResponseView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.oneOf(PLATFORM_RESULTS) result: PlatformResult;
  @Field.text({ example: '2026-03-05' }) respondedOn: string;
  @Field.text() note: string;
  @Field.instant() recordedAt: string;
}

export class PlatformRequestResponse implements PlatformRequestView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ format: 'uuid' }) caseId: string;
  @Field.text({ example: 'weibo' }) platform: string;
  @Field.texts() accounts: string[];
  @Field.texts() urls: string[];
  @Field.oneOfList(PLATFORM_MEASURES) measures: PlatformMeasure[];
  @Field.text() authorityId: string;
  @Field.textOrNull({ format: 'uuid' }) documentId: string | null;
  @Field.textOrNull() verificationCode: string | null;
  @Field.instant() createdAt: string;
  @Field.nestedList(() => PlatformResponseResponse) responses: PlatformResponseResponse[];
}

class ReferralHistoryResponse {
  @Field.oneOf(REFERRAL_STATUSES) status: ReferralStatus;
  @Field.text() note: string;
  @Field.instant() at: string;
}

export class PoliceReferralResponse implements PoliceReferralView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ format: 'uuid' }) caseId: string;
  @Field.text() policeUnit: string;
  @Field.text() reason: string;
  @Field.text({ example: '2026-03-05' }) referredOn: string;
  @Field.oneOf(REFERRAL_STATUSES) status: ReferralStatus;
  @Field.textOrNull() receiptNo: string | null;
  @Field.nestedList(() => ReferralHistoryResponse) history: ReferralHistoryResponse[];
  @Field.instant() updatedAt: string;
}

class ReachResponse {
  @Field.intOrNull() views: number | null;
  @Field.intOrNull() reposts: number | null;
}

class CaseRefResponse {
  @Field.text({ format: 'uuid' }) caseId: string;
  @Field.text() reference: string;
}

export class ShieldCaseResponse implements ShieldCaseView {
  @Field.text({ format: 'uuid' }) caseId: string;
  @Field.flag() minorInvolved: boolean;
  @Field.nested(() => ReachResponse) reach: ReachResponse;
  @Field.flag({ description: '是否提示移送公安（达到严重诽谤的传播量）' }) referralPrompted: boolean;
  @Field.nestedOrNull(() => LinkGroupResponse) group: LinkGroupResponse | null;
  @Field.nestedOrNull(() => CaseRefResponse) mergedInto: CaseRefResponse | null;
  @Field.nestedList(() => CaseRefResponse) merged: CaseRefResponse[];
  @Field.nestedList(() => EvidencePacketResponse) packets: EvidencePacketResponse[];
  @Field.nestedList(() => PlatformRequestResponse) platformRequests: PlatformRequestResponse[];
  @Field.nestedList(() => PoliceReferralResponse) referrals: PoliceReferralResponse[];
}

export class PlatformResponseStatsResponse implements PlatformResponseStats {
  @Field.text({ example: 'huangpu' }) zoneId: string;
  @Field.text({ example: 'weibo' }) platform: string;
  @Field.int() requests: number;
  @Field.int() deleted: number;
  @Field.int() banned: number;
  @Field.int() notHandled: number;
  @Field.int() pending: number;
}
