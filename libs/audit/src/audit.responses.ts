import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_PROBLEM_REASONS, type AuditCheckpointView, type AuditProblem, type AuditProblemReason, type AuditVerification } from '@app/contracts';
import { Field } from '@app/common';

/** What the audit routes answer, as the OpenAPI document (and the web's generated types) shows it. */
export class AuditEventResponse {
  @Field.text({ example: '42' }) id: string;
  @Field.instant() occurredAt: Date;
  @Field.textOrNull() actorId: string | null;
  @Field.textOrNull({ example: 'agent' }) actorRole: string | null;
  @Field.textOrNull({ example: 'huangpu' }) actorZone: string | null;
  @Field.text({ example: 'case.accept' }) action: string;
  @Field.text({ example: 'case' }) entityType: string;
  @Field.textOrNull() entityId: string | null;
  @Field.jsonOrNull({ description: '变更前（自由文本只记长度与 SM3 摘要）' }) before: unknown;
  @Field.jsonOrNull({ description: '变更后（自由文本只记长度与 SM3 摘要）' }) after: unknown;
  @Field.textOrNull() ip: string | null;
  @Field.textOrNull() userAgent: string | null;
  @Field.textOrNull() requestId: string | null;
  @Field.intOrNull({ description: '密钥链中的序号；尚未链入时为 null' }) seq: number | null;
  @Field.textOrNull() prevHash: string | null;
  @Field.textOrNull() hash: string | null;
}

export class AuditEventPageResponse {
  @Field.nestedList(() => AuditEventResponse) items: AuditEventResponse[];
  @Field.textOrNull({ description: '向更早翻页时作为 before 传入；没有更早的事件时为 null' }) nextBefore: string | null;
}

class AuditProblemResponse implements AuditProblem {
  @Field.oneOf(AUDIT_PROBLEM_REASONS) reason: AuditProblemReason;
  @Field.intOrNull() seq: number | null;
  @ApiPropertyOptional({ type: 'integer', description: '缺失区间的最后一个序号' }) toSeq?: number;
  @ApiPropertyOptional({ type: String, nullable: true }) eventId?: string | null;
  @ApiPropertyOptional({ type: String, description: '有问题的检查点文件' }) file?: string;
}

class ChainHeadResponse {
  @Field.int() seq: number;
  @Field.text() hash: string;
}

class FirstBrokenResponse {
  @Field.textOrNull() id: string | null;
  @Field.intOrNull() seq: number | null;
  @Field.oneOf(AUDIT_PROBLEM_REASONS) reason: AuditProblemReason;
}

class UnlinkedResponse {
  @Field.int({ description: '已提交但尚未链入的事件数' }) count: number;
  @Field.textOrNull() oldestId: string | null;
  @Field.instantOrNull() oldestAt: string | null;
  @Field.flag({ description: '最早的未链入事件是否已超过告警时限' }) overdue: boolean;
}

class AuditCheckpointResponse implements AuditCheckpointView {
  @Field.int() seq: number;
  @Field.text() hash: string;
  @Field.instant() at: string;
  @Field.text({ example: 'audit-checkpoint-0000000000000040-20261201T080000000Z.json' }) file: string;
}

export class AuditVerificationResponse implements AuditVerification {
  @Field.flag() ok: boolean;
  @Field.int({ description: '校验过的链节数' }) checked: number;
  @Field.nested(() => ChainHeadResponse) head: ChainHeadResponse;
  @Field.nestedList(() => AuditProblemResponse) problems: AuditProblemResponse[];
  @Field.int() problemCount: number;
  @ApiPropertyOptional({ type: () => FirstBrokenResponse, description: '第一处问题（无问题时省略）' }) firstBroken?: FirstBrokenResponse;
  @Field.nested(() => UnlinkedResponse) unlinked: UnlinkedResponse;
  @ApiProperty({ type: () => AuditCheckpointResponse, nullable: true, description: '最新的有效外部签名检查点' }) checkpoint: AuditCheckpointResponse | null;
  @Field.instant() verifiedAt: string;
}
