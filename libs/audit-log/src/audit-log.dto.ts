import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { Field, IsoInstant } from '@app/common';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '@app/contracts';

/** The filters of the audit log, for the page and its export. */
export class AuditFilterQuery {
  @ApiPropertyOptional({ description: '操作人账号 ID（或匿名登录时尝试的登录名）' })
  @IsOptional() @IsString({ message: 'actorId 须为文本' }) @Length(1, 64, { message: 'actorId 长度须为 1–64' })
  actorId?: string;

  @ApiPropertyOptional({ enum: AUDIT_ACTIONS, example: 'auth.login', description: '操作（见 AUDIT_ACTION_LABELS 的中文名称）' })
  @IsOptional() @IsIn(AUDIT_ACTIONS, { message: 'action 须为审计日志记录的操作之一' })
  action?: string;

  @ApiPropertyOptional({ enum: AUDIT_ENTITY_TYPES, example: 'case', description: '对象类型' })
  @IsOptional() @IsIn(AUDIT_ENTITY_TYPES, { message: 'entityType 须为审计日志记录的对象类型之一' })
  entityType?: string;

  @ApiPropertyOptional({ description: '对象 ID' })
  @IsOptional() @IsString({ message: 'entityId 须为文本' }) @Length(1, 64, { message: 'entityId 长度须为 1–64' })
  entityId?: string;

  @ApiPropertyOptional({ example: 'HP-SHD-2026-000123', description: '案件编号：只看该案件的记录（与 entityId 二选一）' })
  @IsOptional() @Matches(/^[A-Z]{2}-[A-Z]{3}-\d{4}-\d{6}$/, { message: 'caseReference 须为案件编号，如 HP-SHD-2026-000123' })
  caseReference?: string;

  @ApiPropertyOptional({ description: '起始时间（含）' })
  @IsOptional() @IsoInstant('from')
  from?: Date;

  @ApiPropertyOptional({ description: '截止时间（不含）' })
  @IsOptional() @IsoInstant('to')
  to?: Date;
}

export class AuditQuery extends AuditFilterQuery {
  @ApiPropertyOptional({ description: '上一页最后一条的 id（向更早翻页）' })
  @IsOptional() @Matches(/^\d{1,18}$/, { message: 'before 须为事件编号' })
  before?: string;

  @ApiPropertyOptional({ default: 50 })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'limit 须为整数' }) @Min(1, { message: 'limit 最小为 1' }) @Max(500, { message: 'limit 最大为 500' })
  limit?: number;
}

const FORMATS = ['csv', 'xlsx'] as const;
export class AuditExportQuery extends AuditFilterQuery {
  @ApiPropertyOptional({ enum: FORMATS, default: 'csv' })
  @IsOptional() @IsIn(FORMATS, { message: 'format 须为 csv 或 xlsx' })
  format?: (typeof FORMATS)[number];
}

export class AuditActorsQuery {
  @ApiProperty({ description: '姓名（显示名）中的文字', example: '李' })
  @IsString({ message: 'q 须为文本' }) @Length(1, 40, { message: 'q 长度须为 1–40' })
  q: string;
}

export class AuditEventResponse {
  @ApiProperty({ example: '42' }) id: string;
  @ApiProperty() occurredAt: Date;
  @ApiProperty({ type: String, nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true, description: '操作人姓名；系统操作为“系统”，匿名为 null', example: '黄浦·李专员' }) actorName: string | null;
  @ApiProperty({ type: String, nullable: true }) actorRole: string | null;
  @ApiProperty({ type: String, nullable: true }) actorZone: string | null;
  @ApiProperty({ example: 'case.accept' }) action: string;
  @ApiProperty({ example: '受理' }) actionLabel: string;
  @ApiProperty({ example: 'case' }) entityType: string;
  @ApiProperty({ example: '案件' }) entityTypeLabel: string;
  @ApiProperty({ type: String, nullable: true }) entityId: string | null;
  @ApiProperty({ type: String, nullable: true, description: '对象的可读名称：案件编号、账号姓名；其他对象为 null', example: 'HP-SHD-2026-000123' }) entityName: string | null;
  @Field.jsonOrNull({ description: '变更前（自由文本只记长度与 SM3 摘要）' }) before: unknown;
  @Field.jsonOrNull({ description: '变更后（自由文本只记长度与 SM3 摘要）' }) after: unknown;
  @ApiProperty({ type: String, nullable: true }) ip: string | null;
  @ApiProperty({ type: String, nullable: true }) userAgent: string | null;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;
  @ApiProperty({ type: Number, nullable: true, description: '在密钥链中的序号；链入前为 null' }) seq: number | null;
  @ApiProperty({ type: String, nullable: true }) prevHash: string | null;
  @ApiProperty({ type: String, nullable: true }) hash: string | null;
}

export class AuditPageResponse {
  @ApiProperty({ type: AuditEventResponse, isArray: true }) items: AuditEventResponse[];
  @ApiProperty({ type: String, nullable: true, description: '向更早翻页时的 before' }) nextBefore: string | null;
}

export class AuditActorResponse {
  @ApiProperty() id: string;
  @ApiProperty({ example: '黄浦·李专员' }) displayName: string;
  @ApiProperty({ type: String, nullable: true, example: 'agent' }) role: string | null;
}
