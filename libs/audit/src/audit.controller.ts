import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, IsString, Length, Max, Min, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { Authenticated } from '@app/common';
import { AuditEvent } from './audit-event.entity';
import { verifyAuditChain } from './audit-verifier';

class AuditQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) actorId?: string;
  @ApiPropertyOptional({ example: 'auth.login' }) @IsOptional() @IsString() @Length(1, 64) action?: string;
  @ApiPropertyOptional({ example: 'case' }) @IsOptional() @IsString() @Length(1, 32) entityType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 64) entityId?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() from?: Date;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() to?: Date;
  @ApiPropertyOptional({ description: '上一页最后一条的 id（向更早翻页）' }) @IsOptional() @Matches(/^\d{1,18}$/) before?: string;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

/** Only the auditor reads the audit log; nobody can change it through the application. */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('events')
  @Authenticated({ roles: ['auditor'] })
  @ApiOkResponse({
    description: '审计事件，新的在前；nextBefore 用于向更早翻页',
    schema: { example: { items: [{ id: '42', occurredAt: '2026-03-02T01:30:00.000Z', actorId: '2dcfecfa-1b8d-4364-a074-417a26572bc6', actorRole: 'agent', action: 'case.accept', entityType: 'case', entityId: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' }], nextBefore: '42' } },
  })
  async events(@Query() q: AuditQuery) {
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e').orderBy('e.id', 'DESC').limit(q.limit ?? 50);
    if (q.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: q.actorId });
    if (q.action) qb.andWhere('e.action = :action', { action: q.action });
    if (q.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: q.entityType });
    if (q.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: q.entityId });
    if (q.from) qb.andWhere('e.occurred_at >= :from', { from: q.from });
    if (q.to) qb.andWhere('e.occurred_at < :to', { to: q.to });
    if (q.before) qb.andWhere('e.id < :before', { before: q.before });
    const items = await qb.getMany();
    return { items, nextBefore: items.length === (q.limit ?? 50) ? items[items.length - 1].id : null };
  }

  @Get('verify')
  @Authenticated({ roles: ['auditor'] })
  @ApiOkResponse({ schema: { example: { ok: false, checked: 41, firstBroken: { id: '42', reason: 'hash_mismatch' } } } })
  verify() {
    return verifyAuditChain(this.dataSource);
  }
}
