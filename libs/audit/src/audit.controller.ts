import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { Authenticated, IsoInstant } from '@app/common';
import { AuditChainService } from './audit-chain.service';
import { AuditEvent } from './audit-event.entity';
import { AuditEventPageResponse, AuditVerificationResponse } from './audit.responses';

class AuditQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) actorId?: string;
  @ApiPropertyOptional({ example: 'auth.login' }) @IsOptional() @IsString() @Length(1, 64) action?: string;
  @ApiPropertyOptional({ example: 'case' }) @IsOptional() @IsString() @Length(1, 32) entityType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) entityId?: string;
  @ApiPropertyOptional() @IsOptional() @IsoInstant('from') from?: Date;
  @ApiPropertyOptional() @IsOptional() @IsoInstant('to') to?: Date;
  @ApiPropertyOptional({ description: '上一页最后一条的 id（向更早翻页）' }) @IsOptional() @Matches(/^\d{1,18}$/) before?: string;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

/** Only the auditor reads the audit log; nobody can change it through the application. */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly chain: AuditChainService,
  ) {}

  @Get('events')
  @Authenticated({ roles: ['auditor'] })
  @ApiOkResponse({ type: AuditEventPageResponse, description: '审计事件，新的在前；nextBefore 用于向更早翻页' })
  async events(@Query() q: AuditQuery): Promise<AuditEventPageResponse> {
    const qb = this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .leftJoin('audit_links', 'l', 'l.event_id = e.id')
      .addSelect('l.seq', 'link_seq')
      .addSelect('l.prev_hash', 'link_prev_hash')
      .addSelect('l.hash', 'link_hash')
      .orderBy('e.id', 'DESC')
      .limit(q.limit ?? 50);
    if (q.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: q.actorId });
    if (q.action) qb.andWhere('e.action = :action', { action: q.action });
    if (q.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: q.entityType });
    if (q.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: q.entityId });
    if (q.from) qb.andWhere('e.occurred_at >= :from', { from: q.from });
    if (q.to) qb.andWhere('e.occurred_at < :to', { to: q.to });
    if (q.before) qb.andWhere('e.id < :before', { before: q.before });
    const { entities, raw } = await qb.getRawAndEntities();
    // The chain fields of the keyed chain: seq and hashes of the event's link (null until linked).
    const items = entities.map((e, i) => ({
      ...e,
      seq: raw[i].link_seq === null ? null : Number(raw[i].link_seq),
      prevHash: raw[i].link_prev_hash ?? e.prevHash,
      hash: raw[i].link_hash ?? e.hash,
    }));
    return { items, nextBefore: items.length === (q.limit ?? 50) ? items[items.length - 1].id : null };
  }

  @Get('verify')
  @Authenticated({ roles: ['auditor'] })
  @ApiOkResponse({ type: AuditVerificationResponse, description: '先把已提交的审计事件链入，再校验整条密钥链（HMAC-SM3）、链头和最新的外部签名检查点；列出每一处问题。' })
  verify(): Promise<AuditVerificationResponse> {
    return this.chain.verify();
  }
}
