import { ApiExtraModels, getSchemaPath, ApiProperty } from '@nestjs/swagger';
import { CASE_ACTIONS, CASE_STATUSES, CHANNELS, CLOSE_REASONS, PRIORITIES, RATING_LEVELS, RATING_SCALE_TEXT, type CaseAction, type CaseStatus, type Channel, type Priority } from '@app/contracts';
import { Field } from '@app/common';
import type { CaseDetail, CaseSummary, PersonRef } from './case-views';
import type { UnreadMarker } from './persistence/case-read.repository';

/**
 * What the case routes answer, as the OpenAPI document (and the web's generated types) shows
 * it. Each class implements the service's view, so a field the service adds or drops without
 * its description here does not compile.
 */
export class PersonRefResponse implements PersonRef {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text() displayName: string;
}

export class UnreadMarkerResponse implements UnreadMarker {
  @Field.oneOf(['reply', 'materials', 'reopen', 'return'], { description: 'reply 创作者回复、materials 补充材料、reopen 申请重新办理、return 网信办退回' }) kind: UnreadMarker['kind'];
  @Field.instant() at: Date;
  @Field.textOrNull({ description: '回复内容或退回意见（前 200 字）' }) text: string | null;
  @Field.int({ description: '未读动态条数' }) count: number;
}

export class CaseReadResponse {
  @Field.instant() readAt: Date;
}

export class CaseSummaryResponse implements CaseSummary {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ example: 'HP-SHD-2026-000123' }) reference: string;
  @Field.text({ example: 'shield' }) programme: string;
  @Field.text({ example: 'cyberviolence' }) category: string;
  @Field.text({ example: 'huangpu' }) zoneId: string;
  @Field.oneOf(CASE_STATUSES) status: CaseStatus;
  @Field.oneOf(PRIORITIES) priority: Priority;
  @Field.oneOf(CHANNELS) channel: Channel;
  @Field.text({ example: '视频评论区遭遇有组织网暴' }) title: string;
  @Field.text({ example: '阿喵UP主' }) creatorName: string;
  @Field.nestedOrNull(() => PersonRefResponse) assignee: PersonRefResponse | null;
  @Field.textOrNull() escalationAuthorityId: string | null;
  @Field.instant() createdAt: Date;
  @Field.instantOrNull() submittedAt: Date | null;
  @Field.instant() updatedAt: Date;
  @Field.instantOrNull({ description: '最早的未到期 SLA 截止时间' }) nextDueAt: Date | null;
  @Field.textOrNull({ enum: ['accept', 'first_response', 'resolve'], description: 'nextDueAt 所属的时限' }) nextDueClock: string | null;
  @Field.instantOrNull({ description: 'nextDueClock 用去 75% 时限的时间（此后列表标黄）' }) nextDueWarnAt: Date | null;
  @Field.flag({ description: '是否已有 SLA 时限超时' }) overdue: boolean;
  @Field.instantOrNull() acceptedAt: Date | null;
  @Field.instantOrNull() resolvedAt: Date | null;
  @Field.textOrNull({ enum: [...CLOSE_REASONS] }) closeReason: string | null;
  @Field.nestedOrNull(() => UnreadMarkerResponse, { required: false, description: '服务台工作人员：上次查看以来的新动态（创作者回复、补充材料、申请重新办理、网信办退回）；其他角色为 null' })
  unread?: UnreadMarkerResponse | null;
}

export class CasePageResponse {
  @Field.nestedList(() => CaseSummaryResponse) items: CaseSummaryResponse[];
  @Field.int() total: number;
  @Field.flag({ description: '搜索命中超过上限（SEARCH_RESULT_LIMIT）时为 true：total 即上限，分页到此为止' }) totalCapped: boolean;
  @Field.int() page: number;
  @Field.int() pageSize: number;
}

class CreatorRefResponse extends PersonRefResponse {
  @Field.textOrNull({ description: '掩码后的手机号，如 138****5678' }) phone: string | null;
}

class EscalationRefResponse {
  @Field.text() authorityId: string;
  @Field.flag() acknowledged: boolean;
}

class MaterialsRequestResponse {
  @Field.texts() items: string[];
  @Field.textOrNull() note: string | null;
}

class RatingResponse {
  @Field.oneOf([...RATING_LEVELS], { description: `评价：${RATING_SCALE_TEXT}` }) level: number;
  @Field.textOrNull() comment: string | null;
}

/** One SLA clock of a case (filled in by the SLA module, which answers it under this name). */
export class SlaClockResponse {
  @Field.oneOf(['accept', 'first_response', 'resolve']) clock: string;
  @Field.text({ example: '受理时限' }) label: string;
  @Field.oneOf(['working', 'continuous'], { description: 'working：工作日 09:00–17:30；continuous：全天候' }) kind: string;
  @Field.int() budgetMs: number;
  @Field.instantOrNull() dueAt: Date | null;
  @Field.instantOrNull() warnAt: Date | null;
  @Field.oneOf(['running', 'paused', 'met', 'breached', 'cancelled']) state: string;
  @Field.intOrNull({ description: '剩余工作时间（毫秒），超时为负；日历无法计算时为 null' }) remainingMs: number | null;
  @Field.instantOrNull() warnedAt: Date | null;
  @Field.instantOrNull() breachedAt: Date | null;
  @Field.instantOrNull() metAt: Date | null;
  @Field.textOrNull({ enum: ['supervisor', 'authority'] }) escalatedTo: string | null;
}

@ApiExtraModels(SlaClockResponse)
export class CaseDetailResponse extends CaseSummaryResponse implements CaseDetail {
  @Field.text() description: string;
  @Field.json({ description: '按项目的 JSON Schema 填写的附加信息' }) intake: Record<string, unknown>;
  @Field.nested(() => CreatorRefResponse) creator: CreatorRefResponse;
  @Field.nestedOrNull(() => EscalationRefResponse) escalation: EscalationRefResponse | null;
  @Field.nestedOrNull(() => MaterialsRequestResponse) materialsRequest: MaterialsRequestResponse | null;
  @Field.textOrNull() rejectionReason: string | null;
  @Field.textOrNull() outcome: string | null;
  @Field.textOrNull() resolutionSummary: string | null;
  @Field.nestedOrNull(() => RatingResponse) rating: RatingResponse | null;
  @Field.instantOrNull() firstResponseAt: Date | null;
  @Field.instantOrNull() closedAt: Date | null;
  @Field.int({ description: '乐观锁版本号，操作时原样带回' }) version: number;
  @ApiProperty({ enum: [...CASE_ACTIONS], isArray: true, description: '当前用户此刻可执行的操作' }) allowedActions: CaseAction[];
  @ApiProperty({ type: 'array', items: { $ref: getSchemaPath(SlaClockResponse) } }) slaClocks: SlaClockResponse[];
}

class TimelineActorResponse {
  @Field.textOrNull({ description: '系统操作时为 null' }) id: string | null;
  @Field.textOrNull() displayName: string | null;
  @Field.textOrNull() role: string | null;
}

export class TimelineEntryResponse {
  @Field.text() id: string;
  @Field.text({ description: 'status_change、assignment、escalation、public_reply、internal_note、attachment、sla_warning、sla_breach 等' }) kind: string;
  @Field.oneOf(['public', 'internal']) visibility: string;
  @Field.instant() at: Date;
  @Field.nestedOrNull(() => TimelineActorResponse) actor: TimelineActorResponse | null;
  @Field.json() data: Record<string, unknown>;
}

export class AgentResponse {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text() displayName: string;
  @Field.text() zoneId: string;
  @Field.texts() skills: string[];
  @Field.int() openCases: number;
}
